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
    /// A UI string as HTML with HTML values: content inside it keeps its `lang`.
    func text(_ key: String, html values: [String: HTML]) throws -> HTML { try l.html(key, values) }

    /// An OPD's name in the page's language when it has one (else the default language's),
    /// or its code when `site.yaml` does not list it.
    func opdName(_ code: String) -> String { site.opd(code).map { plain($0.names) } ?? code }
    /// An OPD's short name (its name when it has none), like `opdName`.
    func opdShort(_ code: String) -> String {
        guard let opd = site.opd(code) else { return code }
        let short = plain(opd.shorts)
        return short.isEmpty ? plain(opd.names) : short
    }
    /// The language an OPD's name is shown in on this page when that is not the page's own
    /// (for a `lang` attribute beside a name in a `title` or an `<option>`), else nil.
    func opdLang(_ code: String) -> String? { site.opd(code).flatMap { otherLanguage($0.names) } }
    /// The OPD's name as HTML, with its `lang` when in another language.
    func opdHTML(_ code: String) -> HTML {
        guard let opd = site.opd(code) else { return HTML(text: code) }
        return html(opd.names)
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
