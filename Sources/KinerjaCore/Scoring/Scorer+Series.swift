extension Scorer {
    /// The plan-year realization rows of `indicator`, ordered by period (file order within
    /// a period).
    public func rows(_ indicator: Indicator) -> [RealizationRow] {
        index.rows(indicator.id).map(index.source(of:))
    }

    /// The periods of the indicator's frequency that contain rows of its own, in order
    /// (a row belongs to the period of the frequency that contains its end).
    public func reportedPeriods(_ indicator: Indicator) -> [Period] {
        guard let kind = indicator.frequency?.periodKind else { return [] }
        var periods: [Period] = []
        for row in index.rows(indicator.id) {
            guard let own = row.period.period(of: kind), own != periods.last else { continue }
            periods.append(own)
        }
        return periods
    }

    /// The last period of the indicator's frequency with rows of its own.
    public func latestPeriod(_ indicator: Indicator) -> Period? {
        guard let kind = indicator.frequency?.periodKind else { return nil }
        return index.rows(indicator.id).last?.period.period(of: kind)
    }

    /// Scores at every period of the indicator's frequency from the first to the last one
    /// that contains rows of its own (indicators.json `periods`). A period in between without
    /// rows of its own repeats the year-to-date figures before it.
    public func series(_ indicator: Indicator) -> [Score] {
        guard let kind = indicator.frequency?.periodKind,
              let first = index.rows(indicator.id).first?.period.period(of: kind),
              let last = latestPeriod(indicator) else { return [] }
        return Period.all(kind, in: index.year)
            .filter { $0.index >= first.index && $0.index <= last.index }
            .map { score(indicator, at: $0) }
    }
}
