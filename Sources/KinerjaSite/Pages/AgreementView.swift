import KinerjaCore

/// The Perjanjian Kinerja appendix of an annual report (docs/site.md): the plan's indicators
/// with their year targets, by area, and the signatory roles of `approval`. Only for annual
/// reports of an approved plan.
struct AgreementView: Encodable {
    struct Row: Encodable {
        let number: String
        /// Area and indicator titles in the page's language when written in it, else with
        /// their `lang` (docs/site.md, "Languages").
        let area: HTML
        let indicator: HTML
        let unit: String?
        let target: String?
    }

    /// The opening sentence, the unit's name with its `lang` on another language's page.
    let intro: HTML
    let rows: [Row]
    /// The signatory roles, content text (with its `lang` on a page of another language).
    let preparedBy: HTML?
    let approvedBy: HTML?
    let approvedOn: String?

    init?(_ env: PageEnv, _ year: YearContent, _ report: Report, order: [Indicator]) throws {
        guard report.period.kind == .year, let plan = year.plan, plan.status == .approved else { return nil }
        let text = env.values
        intro = try env.text("agreement.intro", html: ["unit": env.html(env.build.site.units),
                                                       "year": HTML(raw: String(year.year))])
        rows = order.enumerated().map { n, i in
            Row(number: env.l.integer(n + 1), area: i.area.flatMap(year.area).map { env.html($0.titles) } ?? HTML(raw: ""),
                indicator: env.html(i.titles),
                unit: text.unit(of: i), target: text.target(i.target, of: i))
        }
        preparedBy = report.preparedBy.map(env.html)
        approvedBy = plan.approval?.by.map(env.html)
        approvedOn = plan.approval?.on.map(env.l.date)
    }
}
