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

    /// The records of every indicator of `year`, in the year's order. `series`: the content's
    /// years side by side, for `history` and `previous_year`.
    static func all(site: Site, year: YearContent, scorer given: Scorer? = nil, series: YearSeries? = nil,
                    content: Content? = nil) -> [IndicatorRecord] {
        let scorer = given ?? Scorer(site: site, year: year)
        return year.indicators.map { indicator in
            let scores = scorer.series(indicator)
            var record = IndicatorRecord(indicator: indicator, scores: scores,
                                         decision: year.latestDecision(for: indicator.id)?.decision)
            if let series {
                record.history = series.history(indicator, before: year.year)
                record.previous = scores.map { series.previousYear(indicator, at: $0.period) }
                if let content { record.mediumTerm = MediumTermProgress.of(indicator, in: year, content: content, series: series) }
            }
            return record
        }
    }
}
