/// Progress of an indicator towards its medium-term end target (docs/scoring.md,
/// "Medium-term progress"): the capaian formula of the indicator's polarity applied to the
/// year's final value against the end target, clamped to 0…`achievement_cap`.
public struct MediumTermProgress: Sendable, Hashable {
    /// "2021-2026"
    public let period: String
    public let endYear: Int
    public let target: Double?
    /// The plan's target for the year itself, when it gives one.
    public let yearTarget: Double?
    /// The year's final value (YearSeries.final).
    public let value: Double?
    public let progress: Double?

    /// The progress of `indicator` in `year` (at `period`, or with the year's final value),
    /// or nil when there is no plan, the year lies
    /// outside its period, or the plan has no entry for the indicator's series.
    public static func of(_ indicator: Indicator, in year: YearContent, content: Content,
                          series: YearSeries, at period: Period? = nil) -> MediumTermProgress? {
        guard let plan = content.renstra, year.year >= plan.startYear, year.year <= plan.endYear else { return nil }
        let ids = [indicator.id] + series.earlier(indicator, before: year.year).reversed().map(\.indicator.id)
        guard let entry = ids.lazy.compactMap(plan.target(for:)).first else { return nil }
        let value = period.map { series.score(indicator, in: year, at: $0).value } ?? series.final(indicator, in: year).value
        var progress: Double?
        if let value, let target = entry.target, let polarity = indicator.polarity,
           let c = Achievement.capaian(value: value, target: target, polarity: polarity) {
            progress = Achievement.clamp(c, cap: content.site.achievementCap)
        }
        return MediumTermProgress(period: plan.period, endYear: plan.endYear, target: entry.target,
                                  yearTarget: entry.targets[year.year], value: value, progress: progress)
    }
}
