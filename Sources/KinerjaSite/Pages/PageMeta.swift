import Foundation
import KinerjaCore

/// What a page says about itself to search engines and link previews (docs/site.md, "Meta
/// description and Open Graph"): a description made from the page's own content, at most
/// `maxLength` characters, and the Open Graph tags.
struct PageMeta: Encodable {
    struct Alternate: Encodable { let locale: String }

    let description: String
    /// The description's language when it is not the page's, else nil: a description made
    /// of content text only ("{title} — {site}.") that is untranslated (docs/site.md).
    let descriptionLang: String?
    let ogTitle: String
    /// The title's language when not the page's (`Layout.titleLang`).
    let titleLang: String?
    let ogType: String
    /// Absolute URL of the page; nil when the base URL has no host (og:url must be absolute).
    let ogURL: String?
    let ogLocale: String
    let ogAlternates: [Alternate]
    let ogSiteName: String

    static let maxLength = 160

    static func make(_ env: PageEnv, route: Route, title: String, titleLang: String? = nil,
                     description given: String?) throws -> PageMeta {
        let site = env.site
        let urls = env.build.urls
        let (text, contentOnly) = try given.map { ($0, false) } ?? description(env, route: route, title: title)
        // A description of content only ("{title} — {site}.") has no words of the page's
        // language: when title and site are both in another language, so is the description.
        var descriptionLang: String? = nil
        if contentOnly, let titleLang, env.otherLanguage(site.titles) == titleLang {
            descriptionLang = titleLang
        }
        return PageMeta(
            description: shortened(text),
            descriptionLang: descriptionLang,
            ogTitle: title,
            titleLang: titleLang,
            ogType: { if case .report = route { return "article" } else { return "website" } }(),
            ogURL: urls.origin == nil ? nil : urls.absolute(route, env.lang),
            ogLocale: locale(env.lang),
            ogAlternates: site.languages.filter { $0 != env.lang }.map { Alternate(locale: locale($0)) },
            ogSiteName: env.plain(site.titles))
    }

    /// `id` → `id_ID`, `en` → `en_US`.
    static func locale(_ lang: String) -> String {
        switch lang {
        case "id": return "id_ID"
        case "en": return "en_US"
        default: return lang
        }
    }

    /// The description of a page from its content: an indicator's latest capaian, an area's
    /// summary, a year's counts …; other pages say their title and the publisher. `contentOnly`:
    /// the text is made of content alone, without a UI sentence around it.
    static func description(_ env: PageEnv, route: Route, title: String) throws -> (text: String, contentOnly: Bool) {
        let site = env.plain(env.site.titles)
        let l = env.l
        switch route {
        case .home:
            guard let year = env.content.latestYear else { return (site, true) }
            return (try env.text("meta.home", ["site": site, "year": String(year.year),
                                              "areas": l.integer(year.areas.count), "indicators": l.integer(year.indicators.count)]), false)
        case .year(let y):
            guard let year = env.content.year(y) else { break }
            return (try env.text("meta.year", ["site": site, "year": String(y),
                                              "objectives": l.integer(year.plan?.objectives.count ?? 0),
                                              "areas": l.integer(year.areas.count), "indicators": l.integer(year.indicators.count)]), false)
        case let .indicator(y, id):
            guard let year = env.content.year(y), let indicator = year.indicator(id) else { break }
            let facts = env.build.index(year).facts
            if let score = facts.current[id], let capaian = score.capaian {
                return (try env.text("meta.indicator", ["id": id, "title": env.plain(indicator.titles), "site": site,
                                                       "capaian": l.percent(capaian), "period": l.period(score.period)]), false)
            }
            return (try env.text("meta.indicator_nodata", ["id": id, "title": env.plain(indicator.titles), "site": site, "year": String(y)]), false)
        case let .area(y, id):
            guard let year = env.content.year(y), let area = year.area(id) else { break }
            let index = env.build.index(year)
            var values = ["title": env.plain(area.titles), "year": String(y),
                          "indicators": l.integer(index.facts.indicators(in: area).count),
                          "packages": l.integer(index.packagesByArea[id]?.count ?? 0)]
            if let capaian = index.facts.areaCapaian(area) {
                values["capaian"] = l.percent(capaian)
                return (try env.text("meta.area", values), false)
            }
            return (try env.text("meta.area_nodata", values), false)
        case .report:
            return (try env.text("meta.report", ["title": title, "site": site]), false)
        default:
            break
        }
        return (try env.text("meta.page", ["title": title, "site": site]), true)
    }

    /// At most `maxLength` characters, cut at a space with "…" when longer.
    static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        guard flat.count > maxLength else { return flat }
        let cut = flat.prefix(maxLength - 1)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<end].trimmingCharacters(in: .init(charactersIn: " ,.;:—-")) + "…"
    }
}

/// Links to the same page in the other years (docs/site.md, "Year switch"): a year's
/// equivalent of an area, indicator, OPD, package or report when it has one, else that
/// year's plan page (or package list).
struct YearSwitch: Encodable {
    struct Item: Encodable {
        let label: String
        let href: String
        let current: Bool
    }

    let items: [Item]

    static func make(_ env: PageEnv, route: Route) -> YearSwitch? {
        guard let year = route.year, env.content.years.count > 1 else { return nil }
        let items = env.content.years.reversed().map { other in
            Item(label: String(other.year), href: env.href(equivalent(route, in: other, env: env)),
                 current: other.year == year)
        }
        return YearSwitch(items: items)
    }

    /// The page of `other` that corresponds to `route`.
    static func equivalent(_ route: Route, in other: YearContent, env: PageEnv) -> Route {
        let y = other.year
        switch route {
        case .year: return .year(y)
        case .status: return .status(y)
        case .changes: return .changes(y)
        case .packages: return .packages(y)
        case let .area(_, id): return other.area(id) == nil ? .year(y) : .area(y, id)
        case let .indicator(_, id): return other.indicator(id) == nil ? .year(y) : .indicator(y, id)
        case let .opd(_, code):
            return other.packages.contains(where: { $0.kdSatker == code }) ? .opd(y, code) : .year(y)
        case let .package(_, kd):
            let candidate = Route.package(y, kd)
            return env.build.packagePages.contains(candidate) ? candidate : .packages(y)
        case let .report(_, p):
            if let same = Period(year: y, kind: p.kind, index: p.index), other.reports.contains(where: { $0.period == same }) {
                return .report(y, same)
            }
            return .year(y)
        default: return .year(y)
        }
    }
}

extension Route {
    /// The fiscal year a page belongs to, or nil for pages of the whole site.
    var year: Int? {
        switch self {
        case .year(let y), .status(let y), .changes(let y), .packages(let y): return y
        case .area(let y, _), .indicator(let y, _), .opd(let y, _), .package(let y, _): return y
        case .report(let y, _): return y
        default: return nil
        }
    }
}

/// The licence line of the footer and the data page.
struct LicenseView: Encodable {
    let name: String
    /// "Creative Commons Attribution 4.0 (CC-BY-4.0)", or the identifier alone.
    let label: String
    let href: String?
    /// The words before the licence's link ("Data terbuka berlisensi").
    let footer: String

    init(_ env: PageEnv) throws {
        let license = License(env.site.license)
        name = license.name
        label = license.title.map { "\($0) (\(license.name))" } ?? license.name
        href = license.path
        footer = try env.text("license.footer")
    }
}
