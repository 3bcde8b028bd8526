import Foundation

public enum Polarity: String, Sendable, CaseIterable {
    /// Higher is better.
    case positive
    /// Lower is better.
    case negative
}

public enum Aggregation: String, Sendable, CaseIterable {
    case sum, average, last, ratio
}

/// Whether an indicator's realization rows name a package (SOP 12) or the whole unit.
public enum Level: String, Sendable, CaseIterable {
    case package, unit
}

/// Penanggung Jawab Kinerja.
public struct Owner: Sendable, Hashable {
    public var name: String?
    public var role: String?

    public init(name: String? = nil, role: String? = nil) {
        self.name = name
        self.role = role
    }

    /// "name (role)", or whichever is present.
    public var display: String {
        switch (name, role) {
        case let (n?, r?): return "\(n) (\(r))"
        case let (n?, nil): return n
        case let (nil, r?): return r
        default: return ""
        }
    }
}

/// A national standard the indicator is compared with in reports (`standard:`, docs/reports.md).
public struct Standard: Sendable, Hashable {
    public var value: Double
    public var source: String?

    public init(value: Double, source: String? = nil) {
        self.value = value
        self.source = source
    }
}

public struct Baseline: Sendable, Hashable {
    public var value: Double?
    public var year: Int?

    public init(value: Double?, year: Int?) {
        self.value = value
        self.year = year
    }
}

/// A target range `{min: 80, max: 90}` (docs/scoring.md, "Range targets").
public struct TargetRange: Sendable, Hashable {
    public var min: Double
    public var max: Double

    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }
}

/// Rencana aksi (SOP 4).
public struct Action: Sendable, Hashable {
    public var id: String
    /// The title, written once or per language (docs/content.md).
    public var titles: LocalizedText
    /// The title in the default language.
    public var title: String {
        get { titles.text }
        set { titles = LocalizedText(newValue) }
    }
    public var owner: String?
    public var due: SimpleDate?
    /// Percent of the action planned done by the end of each period (docs/content.md,
    /// "Action plans with period targets").
    public var targets: [Period: Double]
    public var positions: Positions

    public init(id: String, title: String, owner: String?, due: SimpleDate?, targets: [Period: Double] = [:],
                positions: Positions) {
        self.id = id
        titles = LocalizedText(title)
        self.owner = owner
        self.due = due
        self.targets = targets
        self.positions = positions
    }
}

/// Indikator kinerja (`<year>/indicators/<id>.md`, SOP 2–4).
public struct Indicator: Sendable {
    public var id: String
    /// The title, written once or per language (docs/content.md).
    public var titles: LocalizedText
    /// The title in the default language.
    public var title: String {
        get { titles.text }
        set { titles = LocalizedText(newValue) }
    }
    public var area: String?
    /// The unit of the values (`hari`, `%`), written once or per language (`{id: hari,
    /// en: days}`, docs/content.md); `unit` is its text in the default language, the one
    /// rules, open data and `kinerja diff` read.
    public var units: LocalizedText?
    public var unit: String? {
        get { units?.text }
        set { units = newValue.map(LocalizedText.init) }
    }
    public var polarity: Polarity?
    public var frequency: Frequency?
    public var aggregation: Aggregation?
    public var per: Level
    /// Ratio only: value = Σnumerator / Σdenominator × scale.
    public var scale: Double
    /// How the value is computed and where the data comes from, each written once or per
    /// language (docs/content.md); `formula` and `dataSource` are the default language's.
    public var formulas: LocalizedText?
    public var dataSources: LocalizedText?
    public var formula: String? {
        get { formulas?.text }
        set { formulas = newValue.map(LocalizedText.init) }
    }
    public var dataSource: String? {
        get { dataSources?.text }
        set { dataSources = newValue.map(LocalizedText.init) }
    }
    public var owner: Owner?
    public var baseline: Baseline?
    /// End-of-year target.
    public var target: Double?
    /// `target: {min, max}` instead of a number (then `target` is nil).
    public var targetRange: TargetRange?
    /// Targets per period of `frequency`.
    public var targets: [Period: Double]
    public var actions: [Action]
    public var body: String
    /// Bodies in other languages (`<id>.en.md`), by language code.
    public var bodies: [String: String] = [:]
    /// The id of this indicator in the year folder before (docs/content.md, "Years side by side").
    public var continues: String?
    /// A national standard to compare with (docs/reports.md).
    public var standard: Standard?
    /// How its rows are computed from SPSE results (`compute:`, docs/data-entry.md).
    public var compute: Compute?
    public var positions: Positions

    public init(id: String, title: String, area: String? = nil, unit: String? = nil, polarity: Polarity? = nil,
                frequency: Frequency? = nil, aggregation: Aggregation? = nil, per: Level = .unit, scale: Double = 100,
                formula: String? = nil, dataSource: String? = nil, owner: Owner? = nil, baseline: Baseline? = nil,
                target: Double? = nil, targets: [Period: Double] = [:], actions: [Action] = [], body: String = "",
                positions: Positions) {
        self.id = id
        titles = LocalizedText(title)
        self.area = area
        units = unit.map(LocalizedText.init)
        self.polarity = polarity
        self.frequency = frequency
        self.aggregation = aggregation
        self.per = per
        self.scale = scale
        formulas = formula.map(LocalizedText.init)
        dataSources = dataSource.map(LocalizedText.init)
        self.owner = owner
        self.baseline = baseline
        self.target = target
        self.targets = targets
        self.actions = actions
        self.body = body
        self.positions = positions
    }

    /// Whether values are percentages (unit `%`).
    public var isPercent: Bool { unit?.trimmingCharacters(in: .whitespaces) == "%" }
}
