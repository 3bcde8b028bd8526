/// Tindak lanjut across reports (docs/content.md, "Follow-up"): the recommendations a
/// report follows up are those of the earlier reports of its year and of the last report of
/// the year before; each has the status of the latest follow-up up to the report.
public struct FollowUpLedger: Sendable {
    public struct Entry: Sendable {
        public let id: String
        public let report: Report
        public let recommendation: Recommendation
        /// The latest follow-up up to the report asked about, and the report that gave it.
        public let followUp: FollowUp?
        public let followedIn: Report?
    }

    /// Reports in order: end date, then finer periods first (2025-Q4 before 2025).
    static func ordered(_ reports: [Report]) -> [Report] {
        reports.sorted { ($0.period.endDate, $0.period.kind) < ($1.period.endDate, $1.period.kind) }
    }

    /// The reports whose recommendations `report` (of `year`) follows up, in order.
    public static func earlier(than report: Report, in year: YearContent, content: Content) -> [Report] {
        let own = ordered(year.reports)
        let before = own.prefix { $0.period != report.period }
        let previous = content.year(year.year - 1).flatMap { ordered($0.reports).last }
        return (previous.map { [$0] } ?? []) + before
    }

    /// Every recommendation `report` follows up, with its status as of `report`.
    public static func entries(for report: Report, in year: YearContent, content: Content) -> [Entry] {
        let earlier = earlier(than: report, in: year, content: content)
        let through = earlier + [report]
        return earlier.flatMap { r in
            r.recommendations.indices.map { n in
                let id = r.recommendationID(n)
                var latest: (FollowUp, Report)?
                for later in through where later.period != r.period {
                    if let f = later.followUp.last(where: { $0.recommendation == id }) { latest = (f, later) }
                }
                return Entry(id: id, report: r, recommendation: r.recommendations[n],
                             followUp: latest?.0, followedIn: latest?.1)
            }
        }
    }
}
