import CommonMark
import KinerjaCore

/// One of the SOP's 17 steps as the year page shows it.
struct SOPStepView: Encodable {
    let number: String
    let title: String
    let done: Bool
    /// "Selesai" / "Belum" — the status as text.
    let status: String
    let when: String?
    /// Who and what: UI text, or content text that carries its `lang` on a page of another
    /// language (docs/site.md, "Languages").
    let by: HTML?
    let detail: HTML?
    let evidence: [Link]
}

/// Derives the state of the SOP's 17 steps (SOP.md) from a year's content: which are done,
/// when, by whom, and links to the evidence. Steps 11–17 recur every period; they count as
/// done once they happened at least once, and show their latest occurrence.
struct SOPChecklist {
    let env: PageEnv
    let facts: YearFacts

    private var year: YearContent { facts.year }
    private var plan: Plan? { year.plan }

    func steps() throws -> [SOPStepView] {
        let y = year.year
        let teamText = try env.text("sop.role.team"), headText = try env.text("sop.role.head"), ownersText = try env.text("sop.role.owners")
        /// Content text (roles, notes, numbers written in the plan) with its `lang`; UI text is `HTML(text:)`.
        func content(_ text: String) -> HTML { env.html(text) }
        let team = HTML(text: teamText), head = HTML(text: headText), owners = HTML(text: ownersText)
        let reports = facts.reports
        let realizations = year.realizations.sorted { $0.period < $1.period }
        let latestRealization = realizations.last
        let reportLinks = try reports.map { Link(label: try ReportTitle.text($0, env: env), href: env.href(.report(y, $0.period))) }
        let actionsReported = year.realizations.flatMap(\.actions)
        let actionsDone = Set(actionsReported.filter { $0.status == .done }.map(\.id))
        let allActions = year.indicators.flatMap(\.actions)
        let attributesComplete = year.indicators.allSatisfy {
            $0.unit != nil && $0.polarity != nil && $0.frequency != nil && $0.aggregation != nil && $0.formula != nil && $0.dataSource != nil
        }
        let presented = reports.filter { $0.presented?.on != nil }
        let meetings = reports.filter { $0.meeting?.on != nil }
        let analysed = reports.filter { CommonMark.hasText($0.body) }
        let opdCount = Set(year.packages.map(\.kdSatker)).count

        var out: [SOPStepView] = []
        func add(_ n: Int, done: Bool, when: SimpleDate? = nil, by: HTML?, detail: HTML? = nil, evidence: [Link] = []) throws {
            out.append(SOPStepView(number: String(n), title: try env.text("sop.step\(n)"), done: done,
                                   status: try env.text(done ? "sop.done" : "sop.open"),
                                   when: when.map(env.l.date), by: by, detail: detail, evidence: evidence))
        }
        let planFallback = Link(label: try env.text("year.plan"), href: env.href(.year(y)))
        let planLink = [plan.flatMap { $0.title.isEmpty ? nil : env.link($0.titles, href: env.href(.year(y))) } ?? planFallback]
        try add(1, done: !(plan?.objectives.isEmpty ?? true) && !year.areas.isEmpty, by: team,
                detail: HTML(text: try env.text("sop.detail.objectives", ["objectives": env.l.integer(plan?.objectives.count ?? 0),
                                                                  "areas": env.l.integer(year.areas.count)])),
                evidence: facts.areas.map { env.link($0.titles, href: env.href(.area(y, $0.id))) })
        try add(2, done: !year.indicators.isEmpty && attributesComplete
                    && year.areas.allSatisfy { a in year.indicators.contains { $0.area == a.id } },
                by: team, detail: HTML(text: try env.text("sop.detail.indicators", ["n": env.l.integer(year.indicators.count)])))
        try add(3, done: !year.indicators.isEmpty && year.indicators.allSatisfy { $0.baseline?.value != nil && $0.target != nil },
                by: team, evidence: year.plan?.revisions.isEmpty == false
                    ? [Link(label: try env.text("nav.changes"), href: env.href(.changes(y)))] : [])
        try add(4, done: !year.indicators.isEmpty && year.indicators.allSatisfy { !$0.actions.isEmpty },
                by: team, detail: HTML(text: try env.text("sop.detail.actions", ["n": env.l.integer(allActions.count)])))
        try add(5, done: plan?.proposedOn != nil, when: plan?.proposedOn, by: team, evidence: planLink)
        if plan?.status == .revision, let request = plan?.revisionRequest {
            try add(6, done: false, when: request.on, by: request.by.map(content) ?? head,
                    detail: HTML(raw: HTML(text: try env.text("sop.detail.revision")).raw + (request.notes.map { ": " + content($0).raw } ?? "")),
                    evidence: planLink)
        } else {
            try add(6, done: plan?.isApproved == true && plan?.approval?.on != nil, when: plan?.approval?.on,
                    by: plan?.approval?.by.map(content) ?? head, detail: plan?.approval?.notes.map(content), evidence: planLink)
        }
        try add(7, done: plan?.circular?.on != nil, when: plan?.circular?.on, by: head, detail: plan?.circular?.number.map(content))
        try add(8, done: plan?.socialization?.invitedOn != nil, when: plan?.socialization?.invitedOn, by: team)
        try add(9, done: plan?.socialization?.heldOn != nil, when: plan?.socialization?.heldOn, by: team,
                detail: try plan?.socialization?.attendees.map { HTML(text: try env.text("sop.detail.attendees", ["n": env.l.integer($0)])) })
        try add(10, done: !year.packages.isEmpty, by: HTML(text: teamText + ", " + ownersText),
                detail: HTML(text: try env.text("sop.detail.packages", ["n": env.l.integer(year.packages.count), "opds": env.l.integer(opdCount)])),
                evidence: [Link(label: try env.text("nav.packages"), href: env.href(.packages(y)))])
        try add(11, done: !actionsReported.isEmpty, when: latestRealization?.reportedOn, by: owners,
                detail: HTML(text: try env.text("sop.detail.actions_done", ["done": env.l.integer(actionsDone.count),
                                                                    "n": env.l.integer(allActions.count)])))
        try add(12, done: latestRealization != nil, when: latestRealization?.reportedOn,
                by: latestRealization?.reportedBy.map(content) ?? owners,
                detail: try latestRealization.map { HTML(text: try env.text("sop.detail.realized", ["period": env.l.period($0.period)])) },
                evidence: [Link(label: try env.text("nav.status"), href: env.href(.status(y)))])
        try add(13, done: latestRealization != nil, by: team,
                evidence: [Link(label: try env.text("nav.data"), href: env.href(.data))])
        try add(14, done: !analysed.isEmpty, by: team,
                detail: HTML(text: try env.text("sop.detail.recommendations",
                                        ["n": env.l.integer(reports.reduce(0) { $0 + $1.recommendations.count })])),
                evidence: Array(reportLinks.prefix(4)))
        try add(15, done: !reports.isEmpty, by: team, detail: HTML(text: try env.text("sop.detail.reports", ["n": env.l.integer(reports.count)])),
                evidence: Array(reportLinks.prefix(4)))
        try add(16, done: !presented.isEmpty, when: presented.compactMap { $0.presented?.on }.max(),
                by: HTML(raw: team.raw + " → " + (presented.first?.presented?.to.map(content) ?? head).raw))
        try add(17, done: !meetings.isEmpty, when: meetings.compactMap { $0.meeting?.on }.max(),
                by: meetings.first?.meeting?.chair.map(content) ?? head,
                detail: HTML(text: try env.text("sop.detail.decisions",
                                        ["n": env.l.integer(meetings.reduce(0) { $0 + ($1.meeting?.decisions.count ?? 0) })])),
                evidence: try meetings.prefix(4).map {
                    Link(label: try ReportTitle.text($0, env: env), href: env.href(.report(y, $0.period)) + "#meeting")
                })
        return out
    }
}
