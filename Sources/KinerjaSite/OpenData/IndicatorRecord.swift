import KinerjaCore

/// What the open data publishes of one indicator in one year: the indicator, its
/// year-to-date scores per period of its frequency (DESIGN §7) and the latest meeting decision.
/// Built once per indicator and written to both `indicators.json` and `indicators.csv`.
struct IndicatorRecord: Sendable {
    let indicator: Indicator
    let scores: [Score]
    let decision: DecisionKind?
    /// The series' earlier years, oldest first (docs/open-data.md, `history`).
    var history: [YearSeries.Year] = []
    /// The year before's score at the same period as each of `scores`; nil when the year
    /// before has no instance of the series (`previous_year`).
    var previous: [Score?] = []
    /// Progress towards the medium-term plan (`medium_term`).
    var mediumTerm: MediumTermProgress?
    /// Whether each of `scores` is provisional at the build date (`provisional`).
    var provisional: [Bool] = []
    /// The latest plan-year month with rows (`data_through`).
    var dataThrough: Period?
    /// The year-end projection of a `sum` indicator at its latest period (`projection`).
    var projection: Projection?

    /// The records of every indicator of `year`, in the year's order. `series`: the content's
    /// years side by side, for `history` and `previous_year`.
    static func all(site: Site, year: YearContent, scorer given: Scorer? = nil, series: YearSeries? = nil,
                    content: Content? = nil, today: SimpleDate? = nil) -> [IndicatorRecord] {
        let scorer = given ?? Scorer(site: site, year: year)
        return year.indicators.map { indicator in
            let scores = scorer.series(indicator)
            var record = IndicatorRecord(indicator: indicator, scores: scores,
                                         decision: year.latestDecision(for: indicator.id)?.decision)
            let months = scorer.reportedMonths(indicator)
            let buildDate = today ?? SimpleDate(year: 9999, month: 12, day: 31)
            record.provisional = scores.map { scorer.standing(indicator, at: $0.period, today: buildDate, months: months).provisional }
            record.dataThrough = scorer.dataThrough(indicator).flatMap { Period(year: year.year, kind: .month, index: $0) }
            record.projection = scores.last.flatMap { scorer.projection(indicator, at: $0.period) }
            if let series {
                record.history = series.history(indicator, before: year.year)
                record.previous = scores.map { series.previousYear(indicator, at: $0.period) }
                if let content { record.mediumTerm = MediumTermProgress.of(indicator, in: year, content: content, series: series) }
            }
            return record
        }
    }
}
