import KinerjaCore

/// The reporting state of one period on the status page (docs/site.md): reported (and
/// whether achieved) once the period is final; provisional while it runs or has months
/// without rows; late when it ended more than `reporting_grace_days` before the build date
/// without rows; else not yet due.
enum ReportingState: String {
    case achieved, reported, provisional, late, pending

    static func of(period: Period, hasRows: Bool, provisional: Bool, achieved: Bool, today: SimpleDate,
                   graceDays: Int) -> ReportingState {
        if hasRows {
            if provisional { return .provisional }
            return achieved ? .achieved : .reported
        }
        return isOverdue(period, today: today, graceDays: graceDays) ? .late : .pending
    }

    /// Whether `period` ended more than `graceDays` days before `today`.
    static func isOverdue(_ period: Period, today: SimpleDate, graceDays: Int) -> Bool {
        period.endDate.adding(days: graceDays) < today
    }

    /// A shape that tells the states apart without colour.
    var symbol: String {
        switch self {
        case .achieved: return "✔"
        case .reported: return "●"
        case .provisional: return "◐"
        case .late: return "✖"
        case .pending: return "○"
        }
    }
}
