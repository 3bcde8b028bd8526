extension Scorer {
    /// For `sum` indicators: the year-end value projected linearly from the year-to-date value
    /// at `period` (value × 12 / months elapsed), compared with the year-end target per
    /// polarity. nil for other aggregations, without a value, target or polarity, or before
    /// any month has elapsed.
    public func projection(_ indicator: Indicator, at period: Period) -> Projection? {
        guard indicator.aggregation == .sum, let polarity = indicator.polarity,
              let value = score(indicator, at: period).value,
              let year = Period(year: index.year, kind: .year, index: 1),
              let target = target(indicator, at: year) else { return nil }
        let months = period.monthsElapsed(in: index.year)
        guard months > 0 else { return nil }
        let yearEnd = value * 12 / Double(months)
        let onTrack = polarity == .positive ? yearEnd >= target : yearEnd <= target
        return Projection(yearEndValue: yearEnd, target: target, onTrack: onTrack)
    }
}
