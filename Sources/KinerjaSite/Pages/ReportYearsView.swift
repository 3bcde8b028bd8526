import KinerjaCore

/// The report's comparison with the year before (docs/site.md): each indicator's value and
/// capaian at the report's period next to the same period of the year before. Nil when no
/// indicator of the year has an instance in the year before.
struct ReportYearsView: Encodable {
    struct Row: Encodable {
        let indicator: Link
        let value: String?
        let capaian: String?
        let previousValue: String?
        let previousCapaian: String?
    }

    let rows: [Row]

    init?(_ env: PageEnv, _ year: YearContent, _ report: Report, order indicators: [Indicator]) {
        let series = env.build.series
        let scorer = env.build.scorer(year)
        let text = env.values
        var any = false
        rows = indicators.map { indicator in
            let now = scorer.score(indicator, at: report.period)
            let before = series.previousYear(indicator, at: report.period)
            if before != nil { any = true }
            return Row(indicator: env.link(indicator.titles, href: env.href(.indicator(year.year, indicator.id))),
                       value: text.value(now.value, of: indicator), capaian: now.capaian.map(env.l.percent),
                       previousValue: text.value(before?.value, of: indicator),
                       previousCapaian: before?.capaian.map(env.l.percent))
        }
        guard any else { return nil }
    }
}
