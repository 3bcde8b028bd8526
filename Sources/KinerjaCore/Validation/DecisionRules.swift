/// SOP step 17: meeting decisions (KJ901–KJ903).
enum DecisionRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        for report in c.year.reports {
            let decisions = report.meeting?.decisions ?? []
            for decision in decisions {
                let p = decision.positions
                guard let indicator = c.indicators[decision.indicator] else {
                    bag.add(.KJ901, at: p.value("indicator"),
                            "meeting decision of report \(report.period) references unknown indicator `\(decision.indicator)`",
                            hint: c.hint(decision.indicator, among: c.indicatorIDs, kind: "indicators"))
                    continue
                }
                if decision.decision == .achieved {
                    let score = c.scorer.score(indicator, at: report.period)
                    if let capaian = score.capaian, capaian < 100 {
                        bag.add(.KJ902, at: p.value("decision"),
                                "decision `achieved` for indicator \(indicator.id), but its capaian at \(report.period) is \(Numbers.percent(capaian)) %",
                                hint: "an indicator is achieved at 100 % capaian or more; decide `continue`, `revise` or `time_elapsed`")
                    }
                }
            }
            if report.status == .final && report.period.kind == .year {
                undecided(report, decisions, c, into: &bag)
            }
        }
    }

    /// KJ903: one warning naming every indicator the final annual report leaves undecided.
    static func undecided(_ report: Report, _ decisions: [Decision], _ c: YearContext, into bag: inout DiagnosticBag) {
        let decided = Set(decisions.map(\.indicator))
        let missing = c.year.indicators.map(\.id).filter { !decided.contains($0) }
        guard !missing.isEmpty else { return }
        let p = report.positions
        let at = p.keys["meeting"] != nil ? p.key("meeting") : p.value("status")
        bag.add(.KJ903, at: at,
                "final annual report \(report.period) has no meeting decision for \(missing.count == 1 ? "indicator" : "indicators") \(missing.joined(separator: ", "))",
                hint: "record the final status of every indicator in `meeting.decisions`: achieved or time_elapsed (SOP step 17)")
    }
}
