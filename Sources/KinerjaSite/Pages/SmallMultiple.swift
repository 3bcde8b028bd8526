import KinerjaCore

/// One indicator as a small multiple: its title, its current capaian and band as text, and a
/// sparkline of its series (value and target per period of its frequency). The text carries
/// the meaning; the sparkline only adds the trend and describes itself in `<desc>`.
struct SmallMultiple: Encodable {
    let id: String
    let title: HTML
    /// The title as plain text, for the link's `title` attribute (the full name of a
    /// truncated one).
    let fullTitle: String
    /// The language of `fullTitle` when not the page's: the link's `lang`, so that its
    /// `title` attribute is read in its language (the code and name inside it are too).
    let titleLang: String?
    let href: String
    /// The period of the current figures, e.g. "Oktober 2026".
    let period: String?
    let capaian: String?
    let band: String
    let bandId: String
    let verdict: VerdictView
    /// "sementara, s.d. Oktober 2026" while the current period is provisional.
    let provisional: String?
    /// Absent when the indicator has no realization yet.
    let spark: HTML?

    init(_ indicator: Indicator, facts: YearFacts, env: PageEnv) throws {
        let y = facts.year.year
        id = indicator.id
        title = env.html(indicator.titles)
        fullTitle = env.plain(indicator.titles)
        titleLang = env.otherLanguage(indicator.titles)
        href = env.href(.indicator(y, indicator.id))
        let series = facts.scorer.series(indicator)
        let current = series.last
        period = current.map { env.l.period($0.period) }
        capaian = current?.capaian.map(env.l.percent)
        band = try ScoreView.bandLabel(current?.band, env: env)
        bandId = current?.band.map { PathSegment.safe($0.id) } ?? "none"
        verdict = try VerdictView(capaian: current?.capaian, env: env)
        provisional = try current.flatMap { try Standing.label(indicator, at: $0.period, env: env) }
        if series.isEmpty {
            spark = nil
        } else {
            let strings = try env.l.chartStrings(periods: series.map(\.period))
            spark = HTML(raw: Charts.smallMultiple(indicator: env.displayed(indicator), scores: series, strings: strings))
        }
    }

    /// The small multiples of an area's indicators, in the area's indicator order.
    static func all(in area: Area, facts: YearFacts, env: PageEnv) throws -> [SmallMultiple] {
        try facts.indicators(in: area).map { try SmallMultiple($0, facts: facts, env: env) }
    }
}
