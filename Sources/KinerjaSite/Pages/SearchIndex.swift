import KinerjaCore

/// The site's search entries in one language (README, "Search"): every year's plan, area,
/// indicator, OPD, package and report, each with its URL. Written as `search-index.json`
/// at the language's root and listed in full on the search page (`/search/`), so the
/// search needs no server: the optional `assets/search.js` filters that list as one types.
struct SearchIndex: Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case indicator, area, report, opd, package, year
    }

    struct Entry: Sendable {
        let kind: Kind
        let year: Int
        /// The id, code, `kd_rup` or period, as written in the content.
        let id: String
        let title: String
        /// What the entry belongs to: the area of an indicator, the OPD of a package …
        let context: String?
        let href: String
        /// The languages title and context are written in when not the page's, else nil
        /// (the search page puts them as `lang`; docs/site.md, "Languages").
        var titleLang: String? = nil
        var contextLang: String? = nil
    }

    let entries: [Entry]

    /// Entries kind by kind (`Kind` order), newest year first, in content order within a year.
    init(_ env: PageEnv) throws {
        var byKind: [Kind: [Entry]] = [:]
        func add(_ e: Entry) { byKind[e.kind, default: []].append(e) }
        for year in env.content.years.reversed() {
            let y = year.year
            if let plan = year.plan, !plan.title.isEmpty {
                add(Entry(kind: .year, year: y, id: String(y), title: env.plain(plan.titles), context: nil,
                          href: env.href(.year(y)), titleLang: env.otherLanguage(plan.titles)))
            } else {
                add(Entry(kind: .year, year: y, id: String(y), title: try env.text("year.title", ["year": String(y)]),
                          context: nil, href: env.href(.year(y))))
            }
            for area in year.areas {
                add(Entry(kind: .area, year: y, id: area.id, title: env.plain(area.titles), context: nil,
                          href: env.href(.area(y, area.id)), titleLang: env.otherLanguage(area.titles)))
            }
            for indicator in year.indicators {
                let area = indicator.area.flatMap(year.area)
                add(Entry(kind: .indicator, year: y, id: indicator.id, title: env.plain(indicator.titles),
                          context: area.map { env.plain($0.titles) }, href: env.href(.indicator(y, indicator.id)),
                          titleLang: env.otherLanguage(indicator.titles), contextLang: area.flatMap { env.otherLanguage($0.titles) }))
            }
            let opdCodes = Set(year.packages.map(\.kdSatker))
            for opd in env.site.opds where opdCodes.contains(opd.code) {
                let name = env.plain(opd.names), short = env.plain(opd.shorts)
                add(Entry(kind: .opd, year: y, id: opd.code, title: name,
                          context: short.isEmpty || short == name ? nil : short, href: env.href(.opd(y, opd.code)),
                          titleLang: env.otherLanguage(opd.names), contextLang: env.otherLanguage(opd.shorts)))
            }
            for report in year.reports.sorted(by: { $0.period > $1.period }) {
                add(Entry(kind: .report, year: y, id: report.period.description, title: try ReportTitle.text(report, env: env),
                          context: nil, href: env.href(.report(y, report.period))))
            }
            // A package without a page of its own is found on the year's package list.
            let packagesHref = env.href(.packages(y))
            for package in year.packages {
                add(Entry(kind: .package, year: y, id: package.kdRup, title: package.namaPaket,
                          context: env.opdShort(package.kdSatker),
                          href: env.hrefIfBuilt(.package(y, package.kdRup)) ?? packagesHref,
                          titleLang: env.untranslatedLanguage, contextLang: env.opdLang(package.kdSatker)))
            }
        }
        entries = Kind.allCases.flatMap { byKind[$0] ?? [] }
    }

    /// `search-index.json`: `{"lang":"id","entries":[{"kind":…,"year":…,"id":…,"title":…,
    /// "context":…,"url":…}]}` (docs/site.md, "Search").
    func json(lang: String) -> [UInt8] {
        let value = JSONValue.object([
            ("lang", .string(lang)),
            ("entries", .array(entries.map { e in
                .object([
                    ("kind", .string(e.kind.rawValue)),
                    ("year", .integer(e.year)),
                    ("id", .string(e.id)),
                    ("title", .string(e.title)),
                    ("context", .string(e.context)),
                    ("url", .string(e.href)),
                ])
            })),
        ])
        return Array((value.text + "\n").utf8)
    }
}

/// `/search/`: the search form and every entry of the search index, grouped by kind. Works
/// without JavaScript as a complete list; `assets/search.js` filters it as one types.
struct SearchPage: Encodable {
    struct Item: Encodable {
        /// The title, with its `lang` when in another language.
        let title: HTML
        let href: String
        /// "IK-07 · 2026 · Ketepatan Waktu", the context with its `lang`.
        let meta: HTML
        /// Lower-case text the script matches (id, title, context, year).
        let text: String
    }

    struct Group: Encodable {
        let id: String
        let title: String
        let items: [Item]
    }

    let groups: [Group]
    let script: String
    let countTemplate: String

    static func draft(_ env: PageEnv) throws -> PageDraft {
        let layout = try Layout.make(env, route: .search, title: try env.text("search.title"), kind: "search")
        return try env.draft(.search, template: "search", layout: layout, page: try SearchPage(env))
    }

    init(_ env: PageEnv) throws {
        let index = try SearchIndex(env)
        var groups: [Group] = []
        for kind in SearchIndex.Kind.allCases {
            let items = index.entries.filter { $0.kind == kind }.map { e in
                // The id is a code in no language (`translate="no"`), the year a number.
                let parts = (kind == .year ? [] : ["<span translate=\"no\">" + HTMLEscape.escape(e.id) + "</span>"]) + [String(e.year)]
                    + (e.context.map { [PageText.inline($0, written: e.contextLang ?? env.lang, page: env.lang).raw] } ?? [])
                return Item(title: PageText.inline(e.title, written: e.titleLang ?? env.lang, page: env.lang), href: e.href,
                            meta: HTML(raw: parts.joined(separator: " · ")),
                            text: ([e.id, e.title, String(e.year)] + (e.context.map { [$0] } ?? [])).joined(separator: " ").lowercased())
            }
            if !items.isEmpty {
                groups.append(Group(id: "kind-" + kind.rawValue, title: try env.text("search.kind.\(kind.rawValue)"), items: items))
            }
        }
        self.groups = groups
        script = env.build.urls.file("assets/search.js")
        countTemplate = try env.text("search.count", ["count": "{count}"])
    }
}
