import KinerjaCore

/// `/<year>/`: the plan — objectives → areas → indicators —, its status and the SOP's 17
/// steps as a checklist.
struct YearPage: Encodable {
    struct AreaBlock: Encodable {
        let area: AreaCard
        let indicators: [IndicatorSummary]
    }

    struct ObjectiveBlock: Encodable {
        let id: String
        let anchor: String
        let title: HTML
        let areas: [AreaBlock]
    }

    let year: String
    let status: String
    let statusId: String
    let approved: Bool
    /// "disetujui 15 Januari 2026 oleh Kepala UKPBJ", the role with its `lang` on a page of
    /// another language.
    let approval: HTML?
    let body: HTML?
    let inputs: [String]
    let hasInputs: Bool
    let asOf: String?
    let objectives: [ObjectiveBlock]
    let otherAreas: [AreaBlock]
    let steps: [SOPStepView]
    let stepsDone: String
    let links: [Link]
    let reports: [ReportLink]

    static func draft(_ env: PageEnv, _ year: YearContent) throws -> PageDraft {
        let route = Route.year(year.year)
        let title = year.plan.map { $0.title.isEmpty ? "" : $0.title } ?? ""
        let layout = try Layout.make(env, route: route, title: title.isEmpty ? try env.text("year.title", ["year": String(year.year)]) : title,
                                     heading: title.isEmpty ? nil : year.plan?.titles, kind: "year", year: year.year)
        return try env.draft(route, template: "year", layout: layout, page: try YearPage(env, year))
    }

    init(_ env: PageEnv, _ year: YearContent) throws {
        let facts = env.build.index(year).facts
        let y = year.year
        let plan = year.plan
        self.year = String(y)
        status = try env.text("plan.status.\(plan?.status.rawValue ?? "draft")")
        statusId = plan?.status.rawValue ?? "draft"
        approved = plan?.isApproved == true
        approval = try plan?.approval.flatMap { a in
            guard let on = a.on else { return nil }
            return try env.text("year.approved_on", html: ["date": HTML(text: env.l.date(on)),
                                                           "by": env.html(a.by ?? "")])
        }
        body = plan.flatMap { env.body($0.body, $0.bodies, topHeading: 2) }
        inputs = plan?.inputs ?? []
        hasInputs = !inputs.isEmpty
        asOf = try Standing.asOf(env.build.index(year), env: env)
        func block(_ area: Area) throws -> AreaBlock {
            AreaBlock(area: try AreaCard(area, facts: facts, env: env),
                      indicators: try facts.indicators(in: area).map { try IndicatorSummary($0, facts: facts, env: env) })
        }
        let objectiveIds = Set((plan?.objectives ?? []).map(\.id))
        objectives = try (plan?.objectives ?? []).map { o in
            ObjectiveBlock(id: o.id, anchor: "objective-" + PathSegment.safe(o.id), title: env.html(o.titles),
                           areas: try facts.areas.filter { $0.objective == o.id }.map(block))
        }
        otherAreas = try facts.areas.filter { !objectiveIds.contains($0.objective ?? "") }.map(block)
        steps = try SOPChecklist(env: env, facts: facts).steps()
        stepsDone = try env.text("sop.progress", ["done": env.l.integer(steps.filter(\.done).count), "n": env.l.integer(steps.count)])
        links = [
            Link(label: try env.text("nav.status"), href: env.href(.status(y))),
            Link(label: try env.text("nav.packages"), href: env.href(.packages(y))),
            Link(label: try env.text("nav.changes"), href: env.href(.changes(y))),
        ]
        reports = try facts.reports.map { try ReportLink($0, year: y, env: env) }
    }
}
