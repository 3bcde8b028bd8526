import KinerjaCore

/// The frame of every page: head, header, navigation, language switch, breadcrumbs, footer.
struct Layout: Encodable {
    struct LanguageLink: Encodable {
        let code: String
        let name: String
        let href: String
        let current: Bool
    }

    let lang: String
    /// The page's own title (the `<h1>`).
    let title: String
    /// The `<title>` of the document: page title and publisher.
    let documentTitle: String
    let description: String
    let siteTitle: String
    let unit: String
    let shortName: String
    let homeHref: String
    let canonical: String
    let stylesheet: String
    let script: String?
    /// Makes folder links open `index.html` when the site is read from disk (`file://`).
    let offlineScript: String
    let feed: String
    let dataHref: String
    let reportsHref: String
    let nav: [Link]
    let languages: [LanguageLink]
    /// Whether the site has more than one language (the switch is shown).
    let multilingual: Bool
    let breadcrumbs: [Link]
    let hasBreadcrumbs: Bool
    let generated: String
    let bodyClass: String

    /// - Parameters:
    ///   - year: the year the page belongs to (navigation points into it), else the latest.
    ///   - crumbs: the trail between home and this page (home and the page itself are added).
    static func make(_ env: PageEnv, route: Route, title: String, kind: String, year: Int? = nil,
                     crumbs: [Link] = [], description: String? = nil, script: Bool = false) throws -> Layout {
        let site = env.site
        let urls = env.build.urls
        let navYear = year ?? env.content.latestYear?.year
        var nav = [Link(label: try env.text("nav.home"), href: env.href(.home), current: route == .home)]
        if let y = navYear {
            nav.append(Link(label: try env.text("nav.plan", ["year": String(y)]), href: env.href(.year(y)), current: route == .year(y)))
            nav.append(Link(label: try env.text("nav.status"), href: env.href(.status(y)), current: route == .status(y)))
            nav.append(Link(label: try env.text("nav.packages"), href: env.href(.packages(y)), current: route == .packages(y)))
        }
        nav.append(Link(label: try env.text("nav.reports"), href: env.href(.reports), current: route == .reports))
        nav.append(Link(label: try env.text("nav.data"), href: env.href(.data), current: route == .data))

        let languages = site.languages.map { code in
            LanguageLink(code: code, name: env.build.languageNames[code] ?? code,
                         href: urls.href(route == .notFound ? .home : route, code), current: code == env.lang)
        }
        var trail: [Link] = []
        if route != .home {
            trail.append(Link(label: try env.text("nav.home"), href: env.href(.home)))
            trail += crumbs
            trail.append(Link(label: title, href: env.href(route), current: true))
        }
        let publisher = site.shortName.isEmpty ? site.title : site.shortName
        return Layout(
            lang: env.lang,
            title: title,
            documentTitle: route == .home ? site.title : "\(title) · \(publisher)",
            description: description ?? site.title,
            siteTitle: site.title,
            unit: site.unit,
            shortName: publisher,
            homeHref: env.href(.home),
            canonical: urls.absolute(route, env.lang),
            stylesheet: urls.file("assets/site.css"),
            script: script ? urls.file("assets/filter.js") : nil,
            offlineScript: urls.file("assets/offline.js"),
            feed: env.href(.feed),
            dataHref: env.href(.data),
            reportsHref: env.href(.reports),
            nav: nav,
            languages: languages,
            multilingual: languages.count > 1,
            breadcrumbs: trail,
            hasBreadcrumbs: !trail.isEmpty,
            generated: try env.text("footer.generated", ["date": env.l.date(env.build.today)]),
            bodyClass: kind)
    }
}
