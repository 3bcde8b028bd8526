import KinerjaCore

/// Figures of one year that several pages show: each indicator's current score (at the
/// latest period of its frequency that has rows of its own) and each area's current capaian
/// (the mean of its indicators' current capaian).
struct YearFacts: Sendable {
    let year: YearContent
    let scorer: Scorer
    /// Current score per indicator id; absent when the indicator has no rows yet.
    let current: [String: Score]
    /// The latest realization period of the year.
    let asOf: Period?

    init(_ year: YearContent, scorer: Scorer) {
        self.year = year
        self.scorer = scorer
        var current: [String: Score] = [:]
        for indicator in year.indicators {
            if let p = scorer.latestPeriod(indicator) { current[indicator.id] = scorer.score(indicator, at: p) }
        }
        self.current = current
        asOf = year.realizations.map(\.period).max()
    }

    func indicators(in area: Area) -> [Indicator] { year.indicators.filter { $0.area == area.id } }

    func areaCapaian(_ area: Area) -> Double? {
        let values = indicators(in: area).compactMap { current[$0.id]?.capaian }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Areas in their `order`, then by id.
    var areas: [Area] { year.areas.sorted { ($0.order, $0.id) < ($1.order, $1.id) } }

    /// Reports newest first.
    var reports: [Report] { year.reports.sorted { $0.period > $1.period } }
}
