import KinerjaCore

/// The Perjanjian Kinerja appendix of an annual report (docs/site.md): the plan's indicators
/// with their year targets, by area, and the signatory roles of `approval`. Only for annual
/// reports of an approved plan.
struct AgreementView: Encodable {
    struct Row: Encodable {
        let number: String
        let area: String
        let indicator: String
        let unit: String?
        let target: String?
    }

    let intro: String
    let rows: [Row]
    let preparedBy: String?
    let approvedBy: String?
    let approvedOn: String?

    init?(_ env: PageEnv, _ year: YearContent, _ report: Report, order: [Indicator]) throws {
        guard report.period.kind == .year, let plan = year.plan, plan.status == .approved else { return nil }
        let text = ValueText(l: env.l)
        intro = try env.text("agreement.intro", ["unit": env.build.site.unit, "year": String(year.year)])
        rows = order.enumerated().map { n, i in
            Row(number: env.l.integer(n + 1), area: i.area.flatMap(year.area)?.title ?? "", indicator: i.title,
                unit: i.unit, target: text.target(i.target, of: i))
        }
        preparedBy = report.preparedBy
        approvedBy = plan.approval?.by
        approvedOn = plan.approval?.on.map(env.l.date)
    }
}
