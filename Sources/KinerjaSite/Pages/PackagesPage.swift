import KinerjaCore

/// `/<year>/packages/`: every package of the year in one table. A small optional script
/// filters it; without JavaScript the whole table is shown.
struct PackagesPage: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
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
        opds = usedOPDs.sorted().map { Option(value: $0, label: env.opdName($0)) }
        let usedAreas = Set(sorted.compactMap(\.area))
        areas = usedAreas.sorted().map { Option(value: $0, label: year.area($0)?.title ?? $0) }
        methods = Set(sorted.compactMap(\.metodePengadaan)).sorted().map { Option(value: $0, label: $0) }
    }
}
