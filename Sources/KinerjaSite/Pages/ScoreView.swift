import KinerjaCore

/// How one score (an indicator at a period) is shown: formatted numbers, the band as text
/// and as a CSS class, and a progress bar. Colour is never the only signal: the band label
/// and the capaian figure are always given.
struct ScoreView: Encodable {
    let period: String
    let value: String?
    let target: String?
    let capaian: String?
    /// The band's label ("Sangat tinggi"), or "not assessed".
    let band: String
    /// CSS class suffix: the band id, or `none`.
    let bandId: String
    /// Capaian ≥ 100 and the period is final (a provisional period is never counted achieved).
    let achieved: Bool
    /// Met / not met / no data, in text and a glyph (docs/scoring.md, "Verdicts").
    let verdict: VerdictView
    /// "sementara, s.d. Oktober 2026" while the period is provisional, else nil.
    let provisional: String?
    let hasValue: Bool
    let rows: String
    let bar: HTML

    init(_ score: Score, indicator: Indicator, env: PageEnv) throws {
        let text = env.values
        period = env.l.period(score.period)
        value = text.value(score.value, of: indicator)
        target = text.target(score.target, of: indicator)
        capaian = score.capaian.map(env.l.percent)
        band = try Self.bandLabel(score.band, env: env)
        bandId = score.band.map { PathSegment.safe($0.id) } ?? "none"
        provisional = try Standing.label(indicator, at: score.period, env: env)
        achieved = score.achieved && provisional == nil
        verdict = try VerdictView(capaian: score.capaian, env: env)
        hasValue = score.value != nil
        rows = env.l.integer(score.rowCount)
        bar = Self.bar(score.capaian, env: env)
    }

    static func bandLabel(_ band: Band?, env: PageEnv) throws -> String {
        guard let band else { return try env.text("band.none") }
        return band.label(env.lang)
    }

    /// The bar is drawn without a label of its own: the capaian figure and the band are
    /// always written next to it, so the bar only adds the picture.
    static func bar(_ capaian: Double?, env: PageEnv) -> HTML {
        HTML(raw: Charts.progressBar(capaian: capaian, cap: env.site.achievementCap, label: "",
                                     mark: env.l.numbers.percent(100, fractionDigits: 0)))
    }
}

/// An aggregate capaian (area, OPD) shown like a score.
struct CapaianView: Encodable {
    let capaian: String?
    let band: String
    let bandId: String
    let verdict: VerdictView
    let bar: HTML

    /// `verdict`: the aggregate's own verdict when given (an area's comes from its
    /// indicators, docs/scoring.md "Area summary"), else capaian ≥ 100.
    init(_ capaian: Double?, scorer: Scorer, env: PageEnv, verdict: VerdictView? = nil) throws {
        self.verdict = try verdict ?? VerdictView(capaian: capaian, env: env)
        let band = capaian.flatMap(scorer.band(for:))
        self.capaian = capaian.map(env.l.percent)
        self.band = try ScoreView.bandLabel(band, env: env)
        bandId = band.map { PathSegment.safe($0.id) } ?? "none"
        bar = ScoreView.bar(capaian, env: env)
    }
}
