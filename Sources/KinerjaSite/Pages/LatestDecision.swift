import KinerjaCore

/// The latest meeting decision on an indicator and the report that holds it: the report
/// with the latest period whose meeting decides on it (the same decision the open data
/// carries); entries without a valid decision kind are skipped.
enum LatestDecision {
    static func find(_ indicator: String, in year: YearContent) -> (report: Report, decision: Decision)? {
        let byPeriod = year.reports.enumerated().sorted { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }
        for (_, report) in byPeriod.reversed() {
            if let d = report.meeting?.decisions.last(where: { $0.indicator == indicator && $0.decision != nil }) {
                return (report, d)
            }
        }
        return nil
    }
}
