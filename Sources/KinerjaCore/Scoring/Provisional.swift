/// Whether a period's figures are final (docs/scoring.md, "Provisional periods"): a period
/// that has not ended at the build date, or whose rows do not reach its last month, is
/// provisional; it is shown as such and never counted as achieved or late.
public struct PeriodStanding: Sendable, Hashable {
    /// The period has not ended at the build date, or its last month has no rows.
    public let provisional: Bool
    /// The latest plan-year month (1–12) up to the period's end covered by rows of the
    /// indicator (year-to-date figures rest on it), capped at the build date's month while
    /// the period runs; nil without rows through the period.
    public let throughMonth: Int?

    public init(provisional: Bool, throughMonth: Int?) {
        self.provisional = provisional
        self.throughMonth = throughMonth
    }
}

extension Scorer {
    /// The months (1–12) of the plan year that rows of `indicator` cover (a quarterly row
    /// covers its three months).
    public func reportedMonths(_ indicator: Indicator) -> Set<Int> {
        var months = Set<Int>()
        for row in index.rows(indicator.id) where row.period.year == index.year {
            months.formUnion(row.period.startMonth...row.period.endMonth)
        }
        return months
    }

    /// Whether `period` is provisional for `indicator` at the build date `today`, and through
    /// which month its rows go (docs/scoring.md, "Provisional periods").
    public func standing(_ indicator: Indicator, at period: Period, today: SimpleDate,
                         months: Set<Int>? = nil) -> PeriodStanding {
        let reported = months ?? reportedMonths(indicator)
        let ended = period.endDate < today
        var through = reported.filter { $0 <= period.endMonth }.max()
        // Reported through the period's last month: an indicator reported once a quarter in
        // the quarter's last month is complete; one reported monthly is complete once its
        // last month is in.
        let complete = through == period.endMonth
        if !ended, let t = through, period.year == today.year, today.month < t { through = max(period.startMonth, today.month) }
        return PeriodStanding(provisional: !ended || !complete, throughMonth: through)
    }
}

extension SimpleDate {
    /// Days since 1970-01-01 (H. Hinnant's days-from-civil, the inverse of `init(unixTime:)`).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> SimpleDate { SimpleDate(unixTime: (dayNumber + days) * 86400) }
}
