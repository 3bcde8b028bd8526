/// One indicator across year folders (docs/content.md, "Years side by side"): the same id in
/// several years is one series; `continues: OLD-ID` links an indicator to the id it had in
/// the year before. Scores of the earlier years come from their own scorers.
public struct YearSeries: Sendable {
    /// One earlier year of a series: the indicator as written in that year's folder and its
    /// final figures (the score at the last period with rows, DESIGN §6).
    public struct Year: Sendable {
        public let year: Int
        public let indicator: Indicator
        public let value: Double?
        public let target: Double?
        public let capaian: Double?
    }

    private let content: Content
    private let scorers: [Int: Scorer]

    /// `scorers`: the years' scorers when the caller has them; missing ones are made.
    public init(content: Content, scorers: [Int: Scorer] = [:]) {
        self.content = content
        var all = scorers
        for year in content.years where all[year.year] == nil { all[year.year] = Scorer(site: content.site, year: year) }
        self.scorers = all
    }

    /// The id the series of `indicator` has in the folders before its own.
    static func earlierID(of indicator: Indicator) -> String { indicator.continues ?? indicator.id }

    /// The instances of `indicator` in the year folders before `year`, oldest first. A year
    /// without the id is skipped; the search goes on with the same id.
    public func earlier(_ indicator: Indicator, before year: Int) -> [(year: YearContent, indicator: Indicator)] {
        var found: [(year: YearContent, indicator: Indicator)] = []
        var id = Self.earlierID(of: indicator)
        for y in content.years.reversed() where y.year < year {
            guard let match = y.indicator(id) else { continue }
            found.append((y, match))
            id = Self.earlierID(of: match)
        }
        return found.reversed()
    }

    /// The final figures of every earlier year of `indicator`'s series, oldest first.
    public func history(_ indicator: Indicator, before year: Int) -> [Year] {
        earlier(indicator, before: year).map { y, ind in final(ind, in: y) }
    }

    /// The final figures of `indicator` in `year`: its score at the last period with rows;
    /// without rows, no value and the year's `target`.
    public func final(_ indicator: Indicator, in year: YearContent) -> Year {
        let scorer = scorer(year)
        let last = scorer.latestPeriod(indicator).map { scorer.score(indicator, at: $0) }
        return Year(year: year.year, indicator: indicator, value: last?.value,
                    target: last?.target ?? indicator.target, capaian: last?.capaian)
    }

    /// The score of `indicator`'s series in the year before `period`'s, at the same period of
    /// that year (2026-Q1 → 2025-Q1); nil when the year before has no instance of the series.
    public func previousYear(_ indicator: Indicator, at period: Period) -> Score? {
        guard let same = Period(year: period.year - 1, kind: period.kind, index: period.index),
              let last = earlier(indicator, before: period.year).last, last.year.year == period.year - 1 else { return nil }
        return scorer(last.year).score(last.indicator, at: same)
    }

    /// The year-to-date score of `indicator` at `period` in `year`.
    public func score(_ indicator: Indicator, in year: YearContent, at period: Period) -> Score {
        scorer(year).score(indicator, at: period)
    }

    private func scorer(_ year: YearContent) -> Scorer { scorers[year.year] ?? Scorer(site: content.site, year: year) }
}
