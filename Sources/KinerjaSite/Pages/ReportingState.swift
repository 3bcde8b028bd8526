import KinerjaCore

/// The reporting state of one period: reported (and whether achieved), late (the period
/// ended before the build date and has no rows), or not yet due.
enum ReportingState: String {
    case achieved, reported, late, pending

    static func of(period: Period, hasRows: Bool, achieved: Bool, today: SimpleDate) -> ReportingState {
        if hasRows { return achieved ? .achieved : .reported }
        return period.endDate < today ? .late : .pending
    }

    /// A shape that tells the states apart without colour.
    var symbol: String {
        switch self {
        case .achieved: return "✔"
        case .reported: return "●"
        case .late: return "✖"
        case .pending: return "○"
        }
    }
}
