import KinerjaCore

/// What the open data publishes of one indicator in one year: the indicator, its
/// year-to-date scores per period of its frequency (DESIGN §7) and the latest meeting decision.
/// Built once per indicator and written to both `indicators.json` and `indicators.csv`.
struct IndicatorRecord: Sendable {
    let indicator: Indicator
    let scores: [Score]
    let decision: DecisionKind?

    /// The records of every indicator of `year`, in the year's order.
    static func all(site: Site, year: YearContent, scorer given: Scorer? = nil) -> [IndicatorRecord] {
        let scorer = given ?? Scorer(site: site, year: year)
        return year.indicators.map { indicator in
            IndicatorRecord(indicator: indicator, scores: scorer.series(indicator),
                            decision: year.latestDecision(for: indicator.id)?.decision)
        }
    }
}
