import KinerjaCore

/// `/<year>/areas/<id>/`: the area's narrative, a small multiple per indicator, its indicators
/// against target, its packages.
struct AreaPage: Encodable {
    let score: CapaianView
    /// "Keadaan per 31 Oktober 2026" (docs/scoring.md, "Reference date").
    let asOf: String?
    /// Met / not met / no data counts and the weakest indicator (docs/scoring.md).
    let summary: VerdictSummary
    let objective: String?
    let body: HTML?
    let indicators: [IndicatorSummary]
    /// One sparkline per indicator, with its current capaian and band as text.
    let multiples: [SmallMultiple]
    let packages: [PackageRow]
    let morePackages: Link?
    let packageCount: String
    let totalPagu: String
    /// Budget absorption and efficiency (docs/site.md).
    let budget: BudgetView?

    static func draft(_ env: PageEnv, _ year: YearContent, _ area: Area) throws -> PageDraft {
        let route = Route.area(year.year, area.id)
        let layout = try Layout.make(env, route: route, title: area.title, kind: "area", year: year.year,
                                     crumbs: [Link(label: String(year.year), href: env.href(.year(year.year)))])
        return try env.draft(route, template: "area", layout: layout, page: try AreaPage(env, year, area))
    }

    init(_ env: PageEnv, _ year: YearContent, _ area: Area) throws {
        let facts = env.build.index(year).facts
        summary = try VerdictSummary(facts.indicators(in: area), facts: facts, env: env)
        score = try CapaianView(facts.areaCapaian(area), scorer: facts.scorer, env: env, verdict: summary.verdict)
        asOf = try Standing.asOf(env.build.index(year), env: env)
        objective = area.objective.flatMap { id in year.plan?.objectives.first { $0.id == id }?.title }
        body = Markdown.html(area.body, topHeading: 2)
        indicators = try facts.indicators(in: area).map { try IndicatorSummary($0, facts: facts, env: env) }
        multiples = try SmallMultiple.all(in: area, facts: facts, env: env)
        let own = env.build.index(year).packagesByArea[area.id] ?? []
        packages = PackageRow.listed(own).map { PackageRow($0, year: year, env: env) }
        morePackages = try PackageRow.more(total: own.count, listParameter: "area", value: area.id, year: year.year, env: env)
        packageCount = env.l.integer(own.count)
        totalPagu = PackageRow.total(own, env: env)
        budget = BudgetView.area(env, year, area, capaian: facts.areaCapaian(area))
    }
}
