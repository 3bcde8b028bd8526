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
    /// The page's own title, as text.
    let title: String
    /// The page's own title as the `<h1>` shows it (with its `lang` when in another language).
    let heading: HTML
    /// The `<title>` of the document: page title and publisher.
    let documentTitle: String
    /// The language the title is written in when it is not the page's (an untranslated
    /// content title on a page of another language), else nil: the `lang` of `<title>`.
    let titleLang: String?
    /// The default language on a page of another language, else nil: templates put it as
    /// `lang` on elements that hold content text that is never translated (owners, formulas,
    /// notes, analysis; docs/site.md, "Languages").
    let contentLang: String?
    let description: String
    let siteTitle: HTML
    let unit: HTML
    let shortName: HTML
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
    /// The unit and `generated` as the inside of a CSS string (`CSSString`), for the running
    /// header of printed pages (`@page` margin boxes in head.mustache; docs/site.md, "Print").
    let printUnit: String
    let printGenerated: String
    let bodyClass: String
    /// Meta description and Open Graph tags (docs/site.md).
    let meta: PageMeta
    /// Links to the other years' pages, on pages of a year (docs/site.md, "Year switch").
    let yearSwitch: YearSwitch?
    let license: LicenseView
    /// The search page, where the header's search form leads.
    let searchHref: String

    /// - Parameters:
    ///   - year: the year the page belongs to (navigation points into it), else the latest.
    ///   - crumbs: the trail between home and this page (home and the page itself are added).
    ///   - heading: the title when it is content (written once or per language); else `title`.
    static func make(_ env: PageEnv, route: Route, title: String, heading: LocalizedText? = nil, kind: String, year: Int? = nil,
                     crumbs: [Link] = [], description: String? = nil, script: Bool = false) throws -> Layout {
        let title = heading.map(env.plain) ?? title
        let headingHTML = heading.map(env.html) ?? HTML(text: title)
        let titleLang = route == .home ? env.otherLanguage(env.site.titles) : heading.flatMap(env.otherLanguage)
        let site = env.site
        let urls = env.build.urls
        let navYear = year ?? env.content.latestYear?.year
        let common = try env.layoutParts.value(navYear) { try Parts(env, navYear: navYear) }
        let nav = common.nav.map { Link(label: $0.label, href: $0.href, current: $0.route == route) }

        let languages = site.languages.map { code in
            LanguageLink(code: code, name: env.build.languageNames[code] ?? code,
                         href: urls.href(route == .notFound ? .home : route, code), current: code == env.lang)
        }
        var trail: [Link] = []
        if route != .home {
            trail.append(Link(label: common.homeLabel, href: common.homeHref))
            trail += crumbs
            trail.append(Link(label: title, text: headingHTML, href: env.href(route), current: true))
        }
        let publisher = env.plain(common.publisher)
        let siteTitle = env.plain(site.titles)
        let meta = try PageMeta.make(env, route: route, title: route == .home ? siteTitle : title, titleLang: titleLang,
                                     description: description)
        return Layout(
            lang: env.lang,
            title: title,
            heading: headingHTML,
            documentTitle: route == .home ? siteTitle : "\(title) · \(publisher)",
            titleLang: titleLang,
            contentLang: env.untranslatedLanguage,
            description: meta.description,
            siteTitle: env.html(site.titles),
            unit: env.html(site.units),
            shortName: env.html(common.publisher),
            homeHref: common.homeHref,
            canonical: urls.absolute(route, env.lang),
            stylesheet: common.stylesheet,
            script: script ? common.filterScript : nil,
            offlineScript: common.offlineScript,
            feed: common.feed,
            dataHref: common.dataHref,
            reportsHref: common.reportsHref,
            nav: nav,
            languages: languages,
            multilingual: languages.count > 1,
            breadcrumbs: trail,
            hasBreadcrumbs: !trail.isEmpty,
            generated: common.generated,
            printUnit: common.printUnit,
            printGenerated: common.printGenerated,
            bodyClass: kind,
            meta: meta,
            yearSwitch: YearSwitch.make(env, route: route),
            license: common.license,
            searchHref: common.searchHref)
    }

    /// What the layouts of one language and navigation year share: made once, not per page.
    struct Parts: Sendable {
        let nav: [(route: Route, label: String, href: String)]
        let homeLabel: String
        let homeHref: String
        let publisher: LocalizedText
        let stylesheet: String
        let filterScript: String
        let offlineScript: String
        let feed: String
        let dataHref: String
        let reportsHref: String
        let generated: String
        let license: LicenseView
        let searchHref: String
        let printUnit: String
        let printGenerated: String

        init(_ env: PageEnv, navYear: Int?) throws {
            let urls = env.build.urls
            var nav: [(Route, String, String)] = [(.home, try env.text("nav.home"), env.href(.home))]
            if let y = navYear {
                nav.append((.year(y), try env.text("nav.plan", ["year": String(y)]), env.href(.year(y))))
                nav.append((.status(y), try env.text("nav.status"), env.href(.status(y))))
                nav.append((.packages(y), try env.text("nav.packages"), env.href(.packages(y))))
            }
            nav.append((.reports, try env.text("nav.reports"), env.href(.reports)))
            nav.append((.data, try env.text("nav.data"), env.href(.data)))
            self.nav = nav.map { (route: $0.0, label: $0.1, href: $0.2) }
            homeLabel = try env.text("nav.home")
            homeHref = env.href(.home)
            publisher = env.site.shortName.isEmpty ? env.site.titles : env.site.shortNames
            stylesheet = urls.file("assets/site.css")
            filterScript = urls.file("assets/filter.js")
            offlineScript = urls.file("assets/offline.js")
            feed = env.href(.feed)
            dataHref = env.href(.data)
            reportsHref = env.href(.reports)
            generated = try env.text("footer.generated", ["date": env.l.date(env.build.today)])
            license = try LicenseView(env)
            searchHref = env.href(.search)
            printUnit = CSSString.inside(env.site.unit)
            printGenerated = CSSString.inside(generated)
        }
    }
}

/// Text for inside a double-quoted CSS string: letters, digits and spaces as they are, every
/// other character as a six-digit hex escape and a space (`\00002C `), so no text can end the string, the
/// rule or the `<style>` element; HTML escaping leaves the result unchanged.
enum CSSString {
    static func inside(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                // CSS takes one space after a hex escape as its end: always write it.
                out += "\\" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex + " "
            }
        }
        return out
    }
}
