import Foundation

enum ReportLoader {
    static let known = ContentSchema.report.names

    static func load(_ path: String, display: String, year: Int) -> (Report?, [Diagnostic]) {
        let file = MarkdownFile.load(path, display: display)
        guard let f = file.fields else { return (nil, file.doc.diags.items) }
        let doc = file.doc
        guard let period = file.period(f, year: year) else { return (nil, doc.diags.items) }
        var report = Report(period: period, status: f.choice("status", ReportStatus.self) ?? .draft,
                            preparedBy: f.string("prepared_by"), positions: f.positions)
        if let p = f.mapping("presented") {
            p.warnUnknown(ContentSchema.report.names(of: "presented"), what: "`presented`")
            report.presented = Presentation(on: p.date("on", required: true, what: "`presented`"), to: p.string("to"))
        }
        for (_, r) in f.mappings("recommendations", what: "a recommendation") {
            r.warnUnknown(ContentSchema.report.names(of: "recommendations"), what: "a recommendation")
            guard let text = r.string("text", required: true, what: "a recommendation") else { continue }
            report.recommendations.append(Recommendation(indicator: r.string("indicator"), text: text, id: r.id("id"),
                                                         owner: r.string("owner"), due: r.date("due"), positions: r.positions))
        }
        for (_, a) in f.mappings("analysis", what: "an indicator's analysis") {
            a.warnUnknown(["indicator", "causes", "solutions"], what: "an indicator's analysis")
            guard let ind = a.string("indicator", required: true, what: "an indicator's analysis") else { continue }
            report.analysis.append(IndicatorAnalysis(indicator: ind, causes: a.string("causes"), solutions: a.string("solutions"),
                                                     positions: a.positions))
        }
        for (_, u) in f.mappings("follow_up", what: "a follow-up") {
            u.warnUnknown(["recommendation", "status", "note"], what: "a follow-up")
            guard let rec = u.string("recommendation", required: true, what: "a follow-up") else { continue }
            report.followUp.append(FollowUp(recommendation: rec,
                                            status: u.choice("status", FollowUpStatus.self, required: true, what: "a follow-up"),
                                            note: u.string("note"), positions: u.positions))
        }
        if let m = f.mapping("meeting") {
            m.warnUnknown(ContentSchema.report.names(of: "meeting"), what: "`meeting`")
            var meeting = Meeting(on: m.date("on"), chair: m.string("chair"), decisions: [])
            for (_, d) in m.mappings("decisions", what: "a decision") {
                d.warnUnknown(ContentSchema.report.names(of: "meeting.decisions"), what: "a decision")
                guard let ind = d.string("indicator", required: true, what: "a decision") else { continue }
                meeting.decisions.append(Decision(indicator: ind,
                                                  decision: d.choice("decision", DecisionKind.self, required: true, what: "a decision"),
                                                  note: d.string("note"), positions: d.positions))
            }
            report.meeting = meeting
        }
        f.warnUnknown(known, what: "a report")
        report.body = file.body
        report.positions = f.positions
        return (report, doc.diags.items)
    }
}
