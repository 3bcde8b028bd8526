import KinerjaCore

/// `/<year>/packages/`: every package of the year in one table. A small optional script
/// filters it; without JavaScript the whole table is shown.
struct PackagesPage: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
        /// The label's language when not the page's (an `<option>` takes `lang`).
        var lang: String? = nil
    }

    let packages: [PackageRow]
    let count: String
    let totalPagu: String
    let opds: [Option]
    let areas: [Option]
    let methods: [Option]

    static func draft(_ env: PageEnv, _ year: YearContent) throws -> PageDraft {
        let route = Route.packages(year.year)
        let layout = try Layout.make(env, route: route, title: try env.text("packages.title", ["year": String(year.year)]),
                                     kind: "packages", year: year.year,
                                     crumbs: [Link(label: String(year.year), href: env.href(.year(year.year)))], script: true)
        return try env.draft(route, template: "packages", layout: layout, page: PackagesPage(env, year))
    }

    init(_ env: PageEnv, _ year: YearContent) {
        let sorted = year.packages.sorted { ($0.kdSatker, $0.kdRup) < ($1.kdSatker, $1.kdRup) }
        packages = sorted.map { PackageRow($0, year: year, env: env) }
        count = env.l.integer(sorted.count)
        totalPagu = PackageRow.total(sorted, env: env)
        let usedOPDs = Set(sorted.map(\.kdSatker))
        opds = usedOPDs.sorted().map { Option(value: $0, label: env.opdName($0), lang: env.opdLang($0)) }
        let usedAreas = Set(sorted.compactMap(\.area))
        areas = usedAreas.sorted().map { id in
            guard let area = year.area(id) else { return Option(value: id, label: id) }
            return Option(value: id, label: env.plain(area.titles), lang: env.otherLanguage(area.titles))
        }
        methods = Set(sorted.compactMap(\.metodePengadaan)).sorted().map { Option(value: $0, label: $0, lang: env.untranslatedLanguage) }
    }
}
