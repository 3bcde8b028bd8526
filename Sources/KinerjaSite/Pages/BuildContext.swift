import KinerjaCore

/// What every page of one build shares: the content, links, scorers and the build date.
struct BuildContext: Sendable {
    let content: Content
    let urls: SiteURLs
    /// The build date: periods that ended before it and have no rows are late.
    let today: SimpleDate
    /// The build time as shown in the footer and feeds (ISO 8601, UTC).
    let timestamp: String
    let scorers: [Int: Scorer]
    let indexes: [Int: YearIndex]
    /// Open-data files of the build (paths and sizes), listed on the data page.
    let dataFiles: [DataFileInfo]
    /// Routes of package pages that exist (packages with a `.md` body), per year.
    let packagePages: Set<Route>
    /// Each language's own name, for the language switch.
    let languageNames: [String: String]

    var site: Site { content.site }

    func scorer(_ year: YearContent) -> Scorer { scorers[year.year] ?? Scorer(site: content.site, year: year) }

    func index(_ year: YearContent) -> YearIndex { indexes[year.year] ?? YearIndex(year, scorer: scorer(year)) }
}

/// One open-data file as listed on the data page.
struct DataFileInfo: Sendable {
    let path: String
    let size: Int
}

/// One language of a build: what a page builder receives.
struct PageEnv: Sendable {
    let build: BuildContext
    let l: Localizer

    var lang: String { l.code }
    var site: Site { build.site }
    var content: Content { build.content }

    func href(_ route: Route) -> String { build.urls.href(route, lang) }

    /// Link to a route, but nil for a package page that is not built.
    func hrefIfBuilt(_ route: Route) -> String? {
        if case .package = route, !build.packagePages.contains(route) { return nil }
        return href(route)
    }

    func text(_ key: String) throws -> String { try l.text(key) }
    func text(_ key: String, _ values: [String: String]) throws -> String { try l.text(key, values) }

    func opdName(_ code: String) -> String { site.opd(code)?.name ?? code }
    func opdShort(_ code: String) -> String {
        guard let opd = site.opd(code) else { return code }
        return opd.short.isEmpty ? opd.name : opd.short
    }
}
