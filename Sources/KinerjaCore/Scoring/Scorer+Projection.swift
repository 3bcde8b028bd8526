extension Scorer {
    /// For `sum` indicators: the year-end value projected linearly from the year-to-date value
    /// at `period` over the months that have data (value × 12 / months through the latest
    /// month with rows up to the end of `period`), compared with the year-end target per
    /// polarity (README, "Projection"). nil for other aggregations, without a value, target
    /// or polarity, or without rows through `period`.
    public func projection(_ indicator: Indicator, at period: Period) -> Projection? {
        guard indicator.aggregation == .sum, let polarity = indicator.polarity,
              let value = score(indicator, at: period).value,
              let year = Period(year: index.year, kind: .year, index: 1),
              let target = target(indicator, at: year),
              let months = index.rows(indicator.id, through: period).last?.period.endMonth,
              months > 0 else { return nil }
        let yearEnd = value * 12 / Double(months)
        let onTrack = polarity == .positive ? yearEnd >= target : yearEnd <= target
        return Projection(yearEndValue: yearEnd, target: target, onTrack: onTrack, months: months)
    }

    /// The latest plan-year month (1–12) with rows of `indicator`; nil without rows
    /// (indicators.json `data_through`, docs/open-data.md).
    public func dataThrough(_ indicator: Indicator) -> Int? {
        index.rows(indicator.id).last?.period.endMonth
    }
}
