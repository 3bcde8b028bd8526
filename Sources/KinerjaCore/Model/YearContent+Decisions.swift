extension YearContent {
    /// The latest meeting decision (SOP 17) on the indicator: the one of the report with the
    /// latest period whose meeting decides on it (the last entry when a meeting lists the
    /// indicator twice). Entries without a valid decision kind are skipped. nil when no
    /// meeting has decided on the indicator.
    public func latestDecision(for indicator: String) -> Decision? {
        let byPeriod = reports.enumerated().sorted { ($0.element.period, $0.offset) < ($1.element.period, $1.offset) }
        for (_, report) in byPeriod.reversed() {
            let decisions = report.meeting?.decisions ?? []
            if let found = decisions.last(where: { $0.indicator == indicator && $0.decision != nil }) {
                return found
            }
        }
        return nil
    }
}
