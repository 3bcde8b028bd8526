import KinerjaCore

/// An indicator in a list: title, link, owner and current score.
struct IndicatorSummary: Encodable {
    let id: String
    let title: HTML
    let href: String
    let owner: String?
    let target: String?
    let score: ScoreView?
    /// The kind of the current period ("Bulanan", "Triwulanan"): lists of indicators of
    /// several frequencies say which kind each latest period is.
    let periodKind: String?

    init(_ indicator: Indicator, facts: YearFacts, env: PageEnv) throws {
        id = indicator.id
        title = env.html(indicator.titles)
        href = env.href(.indicator(facts.year.year, indicator.id))
        owner = indicator.owner?.display
        target = env.values.target(indicator.target, of: indicator)
        score = try facts.current[indicator.id].map { try ScoreView($0, indicator: indicator, env: env) }
        periodKind = try facts.current[indicator.id].map { try env.text("period_kind.\(String(describing: $0.period.kind))") }
    }
}

/// An area with its current capaian and, on the home page, a sparkline per indicator.
struct AreaCard: Encodable {
    let id: String
    let title: HTML
    let href: String
    let objective: HTML?
    let indicatorCount: String
    let score: CapaianView
    /// Met / not met / no data counts and the weakest indicator (docs/scoring.md).
    let summary: VerdictSummary
    /// Empty unless asked for (the year page lists the indicators in a table instead).
    let multiples: [SmallMultiple]

    init(_ area: Area, facts: YearFacts, env: PageEnv, sparklines: Bool = false) throws {
        id = area.id
        title = env.html(area.titles)
        href = env.href(.area(facts.year.year, area.id))
        objective = area.objective.flatMap { id in facts.year.plan?.objectives.first { $0.id == id }.map { env.html($0.titles) } }
        indicatorCount = try env.text("area.indicator_count", ["n": env.l.integer(facts.indicators(in: area).count)])
        summary = try VerdictSummary(facts.indicators(in: area), facts: facts, env: env)
        score = try CapaianView(facts.areaCapaian(area), scorer: facts.scorer, env: env, verdict: summary.verdict)
        multiples = sparklines ? try SmallMultiple.all(in: area, facts: facts, env: env) : []
    }
}

/// A band and how many indicators currently sit in it.
struct BandCount: Encodable {
    let band: String
    let bandId: String
    let count: String

    static func all(_ facts: YearFacts, env: PageEnv) throws -> [BandCount] {
        var counts = env.site.bands.map { band in
            BandCount(band: band.label(env.lang), bandId: PathSegment.safe(band.id),
                      count: env.l.integer(facts.current.values.filter { $0.band?.id == band.id }.count))
        }
        let unscored = facts.year.indicators.filter { facts.current[$0.id]?.band == nil }.count
        counts.append(BandCount(band: try env.text("band.none"), bandId: "none", count: env.l.integer(unscored)))
        return counts
    }
}

/// A report in a list.
struct ReportLink: Encodable {
    let title: String
    let href: String
    let period: String
    let status: String
    let isFinal: Bool
    let presented: String?
    let year: String

    init(_ report: Report, year: Int, env: PageEnv) throws {
        title = try ReportTitle.text(report, env: env)
        href = env.href(.report(year, report.period))
        period = env.l.period(report.period)
        status = try env.text("report.status.\(report.status.rawValue)")
        isFinal = report.status == .final
        presented = report.presented?.on.map(env.l.date)
        self.year = String(year)
    }
}
