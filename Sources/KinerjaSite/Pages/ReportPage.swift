import KinerjaCore

/// `/<year>/reports/<period>/`: an archived report — every indicator as of the period's end,
/// the analysis, recommendations, presentation and meeting decisions. Prints on A4.
struct ReportPage: Encodable {
    struct SnapshotRow: Encodable {
        let indicator: Link
        /// The area's title, with its `lang` when in another language.
        let area: HTML
        let value: String?
        let target: String?
        let capaian: String?
        let band: String
        let bandId: String
        /// Capaian ≥ 100 at a final period (a provisional period is never counted achieved).
        let achieved: Bool
        let verdict: VerdictView
        /// "sementara, s.d. Oktober 2026" while the report's period is provisional.
        let provisional: String?
        /// For an indicator reported in finer periods than the report's: which target the
        /// report uses and why the indicator page's rows differ ("target Triwulan III 2026:
        /// 92 %; baris bulanan memakai target bulannya").
        let targetBasis: String?
    }

    struct AreaRow: Encodable {
        /// The area's title, with its `lang` when in another language.
        let title: HTML
        let score: CapaianView
    }

    struct RecommendationView: Encodable {
        let indicator: Link?
        let text: String
        let id: String
        let owner: String?
        let due: String?
    }

    struct DecisionRow: Encodable {
        let indicator: Link
        let decision: String
        let decisionId: String
        let note: String?
    }

    struct MeetingView: Encodable {
        let date: String?
        let chair: String?
        let decisions: [DecisionRow]
    }

    let period: String
    let periodEnd: String
    /// "Target di laporan ini adalah target Triwulan III 2026 …" (docs/site.md).
    let targetNote: String
    let status: String
    let isFinal: Bool
    let preparedBy: String?
    let areas: [AreaRow]
    let snapshot: [SnapshotRow]
    /// The same period of the year before (docs/site.md).
    let yearOnYear: ReportYearsView?
    /// Progress towards the medium-term plan at the report's period (docs/site.md).
    let mediumTerm: [MediumTermView]
    let hasMediumTerm: Bool
    let mediumTermIntro: String?
    let analysis: HTML?
    let recommendations: [RecommendationView]
    /// Causes and solutions per indicator, follow-up of earlier recommendations (docs/site.md).
    let structured: ReportFollowUpView
    /// Actions behind their period target at the report's period.
    let actionsBehind: ActionScheduleView
    /// Every action's progress at the report's period (Bab III.A, docs/reports.md).
    let actionProgress: ActionScheduleView
    /// Budget absorption and efficiency per area at the report's period.
    let budget: [BudgetView]
    let hasBudget: Bool
    /// Lampiran Perjanjian Kinerja of an annual report (docs/site.md).
    let agreement: AgreementView?
    let presented: String?
    let meeting: MeetingView?
    /// The LKjIP chapters (docs/reports.md): annual reports in full, others in the short form.
    let lkjip: ReportChapters

    static func draft(_ env: PageEnv, _ year: YearContent, _ report: Report) throws -> PageDraft {
        let route = Route.report(year.year, report.period)
        let layout = try Layout.make(env, route: route, title: try ReportTitle.text(report, env: env), kind: "report",
                                     year: year.year,
                                     crumbs: [Link(label: String(year.year), href: env.href(.year(year.year))),
                                              Link(label: try env.text("nav.reports"), href: env.href(.reports))])
        return try env.draft(route, template: "report", layout: layout, page: try ReportPage(env, year, report))
    }

    init(_ env: PageEnv, _ year: YearContent, _ report: Report) throws {
        let scorer = env.build.scorer(year)
        let text = env.values
        let y = year.year
        let facts = env.build.index(year).facts
        func indicatorLink(_ id: String) -> Link {
            env.link(year.indicator(id)?.titles, or: id, href: env.href(.indicator(y, id)))
        }
        period = env.l.period(report.period)
        periodEnd = try env.text("report.as_of", ["date": env.l.date(min(report.period.endDate, env.build.today))])
        targetNote = try env.text("report.target_note", ["period": env.l.period(report.period)])
        status = try env.text("report.status.\(report.status.rawValue)")
        isFinal = report.status == .final
        preparedBy = report.preparedBy
        areas = try facts.areas.map { area in
            // An area is met only when each of its indicators with data is (docs/scoring.md).
            let kinds = facts.indicators(in: area).map { VerdictView.kind(scorer.score($0, at: report.period).capaian) }
            let verdict: VerdictView.Kind = kinds.contains(.notMet) ? .notMet : kinds.contains(.met) ? .met : .none
            return AreaRow(title: env.html(area.titles), score: try CapaianView(scorer.areaCapaian(area.id, at: report.period), scorer: scorer,
                                                                     env: env, verdict: VerdictView(verdict, env: env)))
        }
        let areaOrder = Dictionary(facts.areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = year.indicators.sorted { (areaOrder[$0.area ?? ""] ?? .max, $0.id) < (areaOrder[$1.area ?? ""] ?? .max, $1.id) }
        yearOnYear = ReportYearsView(env, year, report, order: ordered)
        mediumTerm = try MediumTermView.report(env, year, report, order: ordered)
        hasMediumTerm = !mediumTerm.isEmpty
        mediumTermIntro = mediumTerm.first?.intro
        snapshot = try ordered
            .map { indicator in
                let s = scorer.score(indicator, at: report.period)
                let provisional = try Standing.label(indicator, at: report.period, env: env)
                var basis: String?
                if let kind = indicator.frequency?.periodKind, kind < report.period.kind, let t = text.target(s.target, of: indicator) {
                    basis = try env.text("report.target_basis.\(String(describing: kind))",
                                         ["period": env.l.period(report.period), "target": t])
                }
                return SnapshotRow(indicator: indicatorLink(indicator.id),
                                   area: indicator.area.flatMap(year.area).map { env.html($0.titles) } ?? HTML(raw: ""),
                                   value: text.value(s.value, of: indicator), target: text.target(s.target, of: indicator),
                                   capaian: s.capaian.map(env.l.percent), band: try ScoreView.bandLabel(s.band, env: env),
                                   bandId: s.band.map { PathSegment.safe($0.id) } ?? "none",
                                   achieved: s.achieved && provisional == nil, verdict: try VerdictView(capaian: s.capaian, env: env),
                                   provisional: provisional, targetBasis: basis)
            }
        analysis = env.body(report.body, report.bodies, topHeading: 3)
        recommendations = report.recommendations.enumerated().map { n, r in
            RecommendationView(indicator: r.indicator.map(indicatorLink), text: r.text, id: report.recommendationID(n),
                               owner: r.owner, due: r.due.map(env.l.date))
        }
        structured = try ReportFollowUpView(env, year, report)
        actionsBehind = ActionScheduleView(env, year, behindAt: report)
        actionProgress = ActionScheduleView(env, year, progressAt: report)
        budget = BudgetView.report(env, year, report)
        hasBudget = !budget.isEmpty
        let ledger = BudgetLedger(year)
        lkjip = try ReportChapters(env, year, report, order: ordered,
                                   budget: year.areas.compactMap { ledger.area($0.id, at: report.period) })
        agreement = try AgreementView(env, year, report, order: ordered)
        presented = try report.presented.flatMap { p in
            guard let on = p.on else { return nil }
            return try env.text("report.presented_to", ["date": env.l.date(on), "to": p.to ?? ""])
        }
        meeting = try report.meeting.map { m in
            MeetingView(date: m.on.map(env.l.date), chair: m.chair, decisions: try m.decisions.map { d in
                let kind = d.decision?.rawValue ?? "none"
                return DecisionRow(indicator: indicatorLink(d.indicator), decision: try env.text("decision.\(kind)"),
                                   decisionId: kind, note: d.note)
            })
        }
    }
}
