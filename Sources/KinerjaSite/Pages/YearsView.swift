import KinerjaCore

/// Years side by side on an indicator page (docs/site.md): every year's final value, target
/// and capaian of the indicator's series (docs/content.md), as a chart and a table. Nil for an
/// indicator without earlier years.
struct YearsView: Encodable {
    struct Row: Encodable {
        let year: String
        let href: String
        let value: String?
        let target: String?
        let capaian: String?
        let band: String
        let bandId: String
        /// Tercapai / Belum tercapai beside the band (docs/scoring.md, "Verdicts").
        let verdict: VerdictView
        let current: Bool
        /// "sementara, s.d. Oktober 2026" for a year not ended at the build date, or whose rows
        /// do not reach December (docs/scoring.md): its figure is the year so far, not final.
        let provisional: String?
    }

    let chart: HTML
    let rows: [Row]

    init?(_ env: PageEnv, _ year: YearContent, _ indicator: Indicator) throws {
        let series = env.build.series
        let earlier = series.history(indicator, before: year.year)
        guard !earlier.isEmpty else { return nil }
        let years = earlier + [series.final(indicator, in: year)]
        let text = env.values
        let scorer = env.build.scorer(year)
        var scores: [Score] = []
        rows = try years.map { y in
            let band = y.capaian.flatMap(scorer.band(for:))
            if let p = Period(year: y.year, kind: .year, index: 1) {
                scores.append(Score(period: p, value: y.value, target: y.target, capaian: y.capaian,
                                    uncappedCapaian: y.capaian, band: band, rowCount: y.value == nil ? 0 : 1))
            }
            return Row(year: String(y.year), href: env.href(.indicator(y.year, y.indicator.id)),
                       value: text.value(y.value, of: indicator), target: text.target(y.target, of: indicator),
                       capaian: y.capaian.map(env.l.percent), band: try ScoreView.bandLabel(band, env: env),
                       bandId: band.map { PathSegment.safe($0.id) } ?? "none",
                       verdict: try VerdictView(capaian: y.capaian, env: env), current: y.year == year.year,
                       provisional: try Period(year: y.year, kind: .year, index: 1).flatMap {
                           try Standing.label(y.indicator, at: $0, env: env)
                       })
        }
        // Its own element ids: the period chart of the same page uses the indicator's id.
        var charted = env.displayed(indicator)
        charted.id = indicator.id + "-years"
        chart = HTML(raw: Charts.indicatorChart(indicator: charted, scores: scores,
                                                strings: try env.l.chartStrings(periods: scores.map(\.period))))
    }
}
