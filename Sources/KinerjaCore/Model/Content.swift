/// Everything of one fiscal year (`<year>/`).
public struct YearContent: Sendable {
    public var year: Int
    /// Path of the year folder, as shown in diagnostics.
    public var folder: String
    public var plan: Plan?
    public var areas: [Area]
    public var indicators: [Indicator]
    public var packages: [Package]
    public var realizations: [Realization]
    public var reports: [Report]

    public init(year: Int, folder: String, plan: Plan? = nil, areas: [Area] = [], indicators: [Indicator] = [],
                packages: [Package] = [], realizations: [Realization] = [], reports: [Report] = []) {
        self.year = year
        self.folder = folder
        self.plan = plan
        self.areas = areas
        self.indicators = indicators
        self.packages = packages
        self.realizations = realizations
        self.reports = reports
    }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }

    /// All realization rows of the year, in file order.
    public var rows: [RealizationRow] { realizations.flatMap(\.rows) }
}

/// A whole content tree (`content/`).
public struct Content: Sendable {
    /// Path of the content folder, as shown in diagnostics.
    public var root: String
    public var site: Site
    /// Years in ascending order.
    public var years: [YearContent]
    /// `renstra.yaml`, the medium-term plan (docs/content.md), when there is one.
    public var renstra: MediumTermPlan?

    public init(root: String, site: Site, years: [YearContent], renstra: MediumTermPlan? = nil) {
        self.root = root
        self.site = site
        self.years = years
        self.renstra = renstra
    }

    public func year(_ y: Int) -> YearContent? { years.first { $0.year == y } }
    public var latestYear: YearContent? { years.last }
}
