/// Planned against reported progress of an action (docs/scoring.md, "Action plans"): the
/// actual progress at a period is the latest `progress` reported in a realization whose
/// period ends on or before the period's end (`status: done` without a number counts 100).
public struct ActionSchedule: Sendable {
    public struct Point: Sendable, Hashable {
        public let period: Period
        public let planned: Double
        public let actual: Double?
        /// The period has ended by the date asked about and the actual is below the plan.
        public let behind: Bool
    }

    /// Reported progress per action id, by realization period, in period order.
    private let reports: [String: [(end: SimpleDate, progress: Double)]]

    public init(_ year: YearContent) {
        var reports: [String: [(end: SimpleDate, progress: Double)]] = [:]
        for r in year.realizations.sorted(by: { $0.period < $1.period }) {
            for a in r.actions {
                guard let p = a.progress ?? (a.status == .done ? 100 : nil) else { continue }
                reports[a.id, default: []].append((r.period.endDate, p))
            }
        }
        self.reports = reports
    }

    /// The latest progress of `action` reported for periods ending on or before `date`.
    public func actual(_ action: Action, through date: SimpleDate) -> Double? {
        reports[action.id]?.last { $0.end <= date }?.progress
    }

    /// Every target period of `action`, planned vs actual; `behind` only for periods that
    /// end on or before `asOf`.
    public func points(_ action: Action, asOf: SimpleDate) -> [Point] {
        action.targets.sorted { $0.key < $1.key }.map { period, planned in
            let actual = period.endDate <= asOf ? self.actual(action, through: period.endDate) : nil
            return Point(period: period, planned: planned, actual: actual,
                         behind: period.endDate <= asOf && (actual ?? 0) < planned)
        }
    }

    /// The last target period of `action` that ends on or before `date`, when behind.
    public func behind(_ action: Action, asOf date: SimpleDate) -> Point? {
        guard let last = points(action, asOf: date).last(where: { $0.period.endDate <= date }), last.behind else { return nil }
        return last
    }
}
