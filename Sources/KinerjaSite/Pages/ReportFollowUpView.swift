import KinerjaCore

/// A report's structured analysis (docs/site.md): causes and solutions per indicator, and
/// the follow-up (tindak lanjut) of every recommendation of the earlier reports
/// (docs/content.md, "Follow-up").
struct ReportFollowUpView: Encodable {
    struct AnalysisRow: Encodable {
        let indicator: Link
        let causes: String?
        let solutions: String?
    }

    struct FollowUpRow: Encodable {
        let id: String
        let report: Link
        let indicator: Link?
        let text: String
        let owner: String?
        let due: String?
        let status: String
        let statusId: String
        let note: String?
        let followedIn: String?
    }

    let analysis: [AnalysisRow]
    let hasAnalysis: Bool
    let followUps: [FollowUpRow]
    let hasFollowUps: Bool

    init(_ env: PageEnv, _ year: YearContent, _ report: Report) throws {
        func indicatorLink(_ id: String, in y: YearContent) -> Link {
            env.link(y.indicator(id)?.titles, or: id, href: env.href(.indicator(y.year, id)))
        }
        analysis = report.analysis.map {
            AnalysisRow(indicator: indicatorLink($0.indicator, in: year), causes: $0.causes, solutions: $0.solutions)
        }
        hasAnalysis = !analysis.isEmpty
        let content = env.build.content
        followUps = try FollowUpLedger.entries(for: report, in: year, content: content).map { e in
            let from = content.year(e.report.period.year) ?? year
            let status = e.followUp?.status?.rawValue ?? "open"
            return FollowUpRow(id: e.id,
                               report: Link(label: try ReportTitle.text(e.report, env: env),
                                            href: env.href(.report(e.report.period.year, e.report.period))),
                               indicator: e.recommendation.indicator.map { indicatorLink($0, in: from) },
                               text: e.recommendation.text, owner: e.recommendation.owner,
                               due: e.recommendation.due.map(env.l.date),
                               status: try env.text("follow_up.status.\(status)"), statusId: status,
                               note: e.followUp?.note,
                               followedIn: e.followedIn.map { env.l.period($0.period) })
        }
        hasFollowUps = !followUps.isEmpty
    }
}
