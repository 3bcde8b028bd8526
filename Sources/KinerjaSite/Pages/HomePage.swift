import KinerjaCore

/// `/`: the publisher and its latest year at a glance.
struct HomePage: Encodable {
    struct Milestone: Encodable {
        let label: String
        let done: Bool
        let status: String
        let when: String?
        let detail: HTML?
    }

    let hasYear: Bool
    let yearTitle: String?
    let yearHref: String?
    let asOf: String?
    let planStatus: String?
    let objectives: [Link]
    let areas: [AreaCard]
    let bands: [BandCount]
    /// Every indicator of the year counted by verdict, and the weakest (docs/scoring.md).
    let summary: VerdictSummary?
    let milestones: [Milestone]
    let latestReport: ReportLink?
    let otherYears: [Link]

    static func draft(_ env: PageEnv) throws -> PageDraft {
        let page = try HomePage(env)
        let layout = try Layout.make(env, route: .home, title: env.site.title, kind: "home")
        return try env.draft(.home, template: "home", layout: layout, page: page)
    }

    init(_ env: PageEnv) throws {
        guard let year = env.content.latestYear else {
            hasYear = false
            yearTitle = nil; yearHref = nil; asOf = nil; planStatus = nil
            objectives = []; areas = []; bands = []; summary = nil; milestones = []; latestReport = nil; otherYears = []
            return
        }
        let facts = env.build.index(year).facts
        let y = year.year
        hasYear = true
        yearTitle = try env.text("common.fiscal_year", ["year": String(y)])
        yearHref = env.href(.year(y))
        asOf = try Standing.asOf(env.build.index(year), env: env)
        planStatus = try year.plan.map { try env.text("plan.status.\($0.status.rawValue)") }
        objectives = (year.plan?.objectives ?? []).map { env.link($0.titles, href: env.href(.year(y)) + "#objective-\(PathSegment.safe($0.id))") }
        areas = try facts.areas.map { try AreaCard($0, facts: facts, env: env, sparklines: true) }
        bands = try BandCount.all(facts, env: env)
        summary = try VerdictSummary(year.indicators, facts: facts, env: env)
        let steps = try SOPChecklist(env: env, facts: facts).steps()
        milestones = [6, 7, 9, 15, 17].compactMap { n in steps.first { $0.number == String(n) } }.map {
            Milestone(label: $0.title, done: $0.done, status: $0.status, when: $0.when, detail: $0.detail)
        }
        latestReport = try facts.reports.first.map { try ReportLink($0, year: y, env: env) }
        otherYears = env.content.years.reversed().dropFirst().map {
            Link(label: String($0.year), href: env.href(.year($0.year)))
        }
    }
}
