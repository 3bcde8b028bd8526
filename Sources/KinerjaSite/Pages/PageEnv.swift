import KinerjaCore

/// One language of a build: what a page builder receives.
struct PageEnv: Sendable {
    let build: BuildContext
    let l: Localizer
    /// The layout's parts that are the same on every page of this language.
    var layoutParts = Memo<Int?, Layout.Parts>()
    /// Links to each indicator page, with the indicator's unit.
    var indicatorLinks = Memo<IndicatorKey, IndicatorLink>()

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

struct IndicatorKey: Hashable, Sendable {
    let year: Int
    let id: String
}

struct IndicatorLink: Sendable {
    let link: Link
    let unit: String?
}
