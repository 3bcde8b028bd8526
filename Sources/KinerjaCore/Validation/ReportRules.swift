/// SOP steps 13–16: reports (KJ801–KJ805).
enum ReportRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        let realized = c.year.realizations.map(\.period)
        for report in c.year.reports {
            let p = report.positions
            if !realized.contains(where: { overlaps($0, report.period) }) {
                bag.add(.KJ801, at: p.value("period"), "report \(report.period) has no realizations for its period",
                        hint: "add realizations for \(report.period) in \(c.year.folder)/realizations/")
            }
            if let on = report.presented?.on, on <= report.period.endDate {
                bag.add(.KJ804, at: p.value("presented.on"),
                        "report \(report.period) was presented on \(on), before its period ended on \(report.period.endDate)",
                        hint: "a report is presented after its period (SOP step 16); check the date or the period")
            }
            guard report.status == .final else { continue }
            if report.body.isBlank {
                bag.add(.KJ802, at: p.value("status"), "final report \(report.period) has no analysis (its body is empty)",
                        hint: "write the analysis and its recommendations below the front-matter (SOP step 14)")
            }
            if report.presented == nil && !p.isWritten("presented") {
                bag.add(.KJ805, at: p.value("status"), "final report \(report.period) has no `presented`",
                        hint: "record the presentation: `presented: {on: YYYY-MM-DD, to: Kepala UKPBJ}` (SOP step 16)")
            }
            recommendations(report, c, into: &bag)
        }
    }

    /// KJ803: every indicator below 100 % capaian at the report's period has a recommendation.
    static func recommendations(_ report: Report, _ c: YearContext, into bag: inout DiagnosticBag) {
        let recommended = Set(report.recommendations.compactMap(\.indicator))
        let at = report.positions.keys["recommendations"] != nil
            ? report.positions.key("recommendations") : report.positions.value("status")
        for indicator in c.year.indicators where !recommended.contains(indicator.id) {
            let score = c.scorer.score(indicator, at: report.period)
            guard let capaian = score.capaian, capaian < 100 else { continue }
            bag.add(.KJ803, at: at,
                    "indicator \(indicator.id) is at \(Numbers.percent(capaian)) % capaian in final report \(report.period) but has no recommendation",
                    hint: "add `{indicator: \(indicator.id), text: …}` to `recommendations` (SOP step 14)")
        }
    }

    /// Whether two periods share a month.
    static func overlaps(_ a: Period, _ b: Period) -> Bool {
        a.year == b.year && a.startMonth <= b.endMonth && b.startMonth <= a.endMonth
    }
}
