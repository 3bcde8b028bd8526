/// Tindak lanjut (docs/content.md, "Follow-up"): KJ806 a follow-up of a recommendation that no
/// earlier report has, KJ807 a final report that leaves an earlier recommendation past its
/// due date without a `done` or `dropped` follow-up.
enum FollowUpRules {
    static func check(_ content: Content, into bag: inout DiagnosticBag) {
        for year in content.years {
            for report in year.reports where !report.followUp.isEmpty || report.status == .final {
                let entries = FollowUpLedger.entries(for: report, in: year, content: content)
                let known = Set(entries.map(\.id))
                for f in report.followUp where !known.contains(f.recommendation) {
                    bag.add(.KJ806, at: f.positions.value("recommendation"),
                            "report \(report.period) follows up recommendation \(f.recommendation), which no earlier report has",
                            hint: "name a recommendation `id` of an earlier report of \(year.year) or of the last report of \(year.year - 1) (without `id`: <period>-R<n>)")
                }
                guard report.status == .final else { continue }
                let end = report.period.endDate
                let overdue = entries.filter { e in
                    guard let due = e.recommendation.due, due <= end else { return false }
                    return e.followUp?.status != .done && e.followUp?.status != .dropped
                }.map(\.id)
                guard !overdue.isEmpty else { continue }
                let p = report.positions
                bag.add(.KJ807, at: p.isWritten("follow_up") ? p.key("follow_up") : p.value("status"),
                        "final report \(report.period): recommendation\(overdue.count == 1 ? "" : "s") \(overdue.joined(separator: ", ")) past due without a done or dropped follow-up",
                        hint: "add `follow_up: [{recommendation: \(overdue[0]), status: done}]` (or in_progress with a note, or dropped)")
            }
        }
    }
}
