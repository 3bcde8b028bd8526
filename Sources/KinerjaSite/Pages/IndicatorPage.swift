import KinerjaCore

/// `/<year>/indicators/<id>/`: attributes, chart and table of value vs target per period,
/// breakdown by OPD, action plans with their latest progress, revisions, decision, data.
struct IndicatorPage: Encodable {
    struct Attribute: Encodable {
        let label: String
        let value: String
        /// The value's language when it is untranslated content on a page of another language
        /// (unit, formula, data source, owner), else nil.
        var lang: String? = nil
    }

    struct PeriodRow: Encodable {
        let period: String
        let value: String?
        let target: String?
        let capaian: String?
        let band: String
        let bandId: String
        let verdict: VerdictView
        let provisional: String?
        let rows: String
    }

    struct OPDRow: Encodable {
        let name: String
        /// The name's language when not the page's (`lang` on its link).
        let lang: String?
        let href: String
        let value: String?
        let capaian: String?
        let band: String
        let bandId: String
        let verdict: VerdictView
        let rows: String
    }

    struct ActionRow: Encodable {
        let id: String
        let title: HTML
        let owner: String?
        let due: String?
        let status: String
        let statusId: String
        let progress: String?
        let note: String?
        let reported: String?
    }

    struct RevisionRow: Encodable {
        let date: String?
        let field: String
        let from: String?
        let to: String?
        let reason: String?
        let approvedBy: String?
    }

    struct DecisionView: Encodable {
        let decision: String
        let decisionId: String
        let note: String?
        let report: Link
    }

    let id: String
    let area: Link?
    /// "Keadaan per 31 Oktober 2026" (docs/scoring.md, "Reference date").
    let asOf: String?
    let current: ScoreView?
    let projection: String?
    let projectionStatus: String?
    let onTrack: Bool
    let attributes: [Attribute]
    let chart: HTML
    let periods: [PeriodRow]
    /// Earlier years of the series (docs/site.md, "Years side by side").
    let years: YearsView?
    /// Progress towards the medium-term plan (docs/site.md).
    let mediumTerm: MediumTermView?
    /// Planned vs reported progress of the actions with period targets (docs/site.md).
    let schedule: ActionScheduleView
    let opds: [OPDRow]
    let hasOPDs: Bool
    let actions: [ActionRow]
    let revisions: [RevisionRow]
    let decision: DecisionView?
    let body: HTML?
    let downloads: [Link]

    static func draft(_ env: PageEnv, _ year: YearContent, _ indicator: Indicator) throws -> PageDraft {
        let route = Route.indicator(year.year, indicator.id)
        var crumbs = [Link(label: String(year.year), href: env.href(.year(year.year)))]
        if let area = indicator.area.flatMap(year.area) {
            crumbs.append(env.link(area.titles, href: env.href(.area(year.year, area.id))))
        }
        let layout = try Layout.make(env, route: route, title: indicator.title, heading: indicator.titles, kind: "indicator", year: year.year, crumbs: crumbs)
        return try env.draft(route, template: "indicator", layout: layout, page: try IndicatorPage(env, year, indicator))
    }

    init(_ env: PageEnv, _ year: YearContent, _ indicator: Indicator) throws {
        let scorer = env.build.scorer(year)
        let text = env.values
        let y = year.year
        id = indicator.id
        area = indicator.area.flatMap(year.area).map { env.link($0.titles, href: env.href(.area(y, $0.id))) }
        let series = scorer.series(indicator)
        let latest = series.last
        current = try latest.map { try ScoreView($0, indicator: indicator, env: env) }
        asOf = try Standing.asOf(env.build.index(year), env: env)

        if let latest, let p = scorer.projection(indicator, at: latest.period) {
            projection = try env.text("indicator.projection", [
                "value": text.value(p.yearEndValue, of: indicator) ?? "",
                "target": text.value(p.target, of: indicator) ?? "",
                "months": env.l.integer(p.months),
            ])
            projectionStatus = try env.text(p.onTrack ? "indicator.on_track" : "indicator.off_track")
            onTrack = p.onTrack
        } else {
            projection = nil
            projectionStatus = nil
            onTrack = false
        }

        attributes = try Self.attributes(indicator, env: env)
        let periodsOfFrequency = indicator.frequency.map { Period.all($0.periodKind, in: y) } ?? []
        chart = HTML(raw: Charts.indicatorChart(indicator: env.displayed(indicator), scores: series,
                                                strings: try env.l.chartStrings(periods: periodsOfFrequency)))
        periods = try series.map { s in
            PeriodRow(period: env.l.period(s.period), value: text.value(s.value, of: indicator),
                      target: text.target(s.target, of: indicator), capaian: s.capaian.map(env.l.percent),
                      band: try ScoreView.bandLabel(s.band, env: env), bandId: s.band.map { PathSegment.safe($0.id) } ?? "none",
                      verdict: try VerdictView(capaian: s.capaian, env: env),
                      provisional: try Standing.label(indicator, at: s.period, env: env),
                      rows: env.l.integer(s.rowCount))
        }

        years = try YearsView(env, year, indicator)
        mediumTerm = try MediumTermView.page(env, year, indicator)
        schedule = ActionScheduleView(env, year, indicator)

        if indicator.per == .package, let latest {
            opds = try scorer.byOPD(indicator, at: latest.period).map { opd, s in
                OPDRow(name: env.plain(opd.names), lang: env.otherLanguage(opd.names), href: env.href(.opd(y, opd.code)),
                       value: text.value(s.value, of: indicator),
                       capaian: s.capaian.map(env.l.percent), band: try ScoreView.bandLabel(s.band, env: env),
                       bandId: s.band.map { PathSegment.safe($0.id) } ?? "none",
                       verdict: try VerdictView(capaian: s.capaian, env: env), rows: env.l.integer(s.rowCount))
            }
        } else {
            opds = []
        }
        hasOPDs = !opds.isEmpty

        let progress = env.build.index(year).actionProgress
        actions = try indicator.actions.map { a in
            let p = progress.latest[a.id]
            let status = p?.progress.status?.rawValue ?? "none"
            return ActionRow(id: a.id, title: env.html(a.titles), owner: a.owner, due: a.due.map(env.l.date),
                             status: try env.text("action.status.\(status)"), statusId: status,
                             progress: p?.progress.progress.map { env.l.numbers.percent($0, fractionDigits: 0) },
                             note: p?.progress.note, reported: p.map { env.l.period($0.period) })
        }

        revisions = try (year.plan?.revisions ?? []).filter { $0.indicator == indicator.id }
            .sorted { ($0.on?.description ?? "") < ($1.on?.description ?? "") }
            .map { r in
                RevisionRow(date: r.on.map(env.l.date), field: try RevisionField.label(r.field, env: env),
                            from: text.value(r.from, of: indicator), to: text.value(r.to, of: indicator),
                            reason: r.reason, approvedBy: r.approvedBy)
            }

        decision = try LatestDecision.find(indicator.id, in: year).map { found in
            let kind = found.decision.decision?.rawValue ?? "none"
            return DecisionView(decision: try env.text("decision.\(kind)"), decisionId: kind, note: found.decision.note,
                                report: Link(label: try ReportTitle.text(found.report, env: env),
                                             href: env.href(.report(y, found.report.period)) + "#meeting"))
        }
        body = env.body(indicator.body, indicator.bodies, topHeading: 3)
        // The indicator's own files first ("Unduh data indikator IK-07 (JSON)"), then the year's.
        let files = env.build.dataFiles.filter { $0.year == y }
        downloads = try files.filter { $0.indicator == indicator.id }.map {
            Link(label: try env.text("indicator.download", ["id": indicator.id, "format": $0.format]),
                 href: env.build.urls.file($0.path))
        } + files.filter { $0.indicator == nil }.map {
            // A file name is in no language: `translate="no"` (docs/site.md, "Languages").
            Link(label: $0.name, text: HTML(raw: "<span translate=\"no\">" + HTMLEscape.escape($0.name) + "</span>"),
                 href: env.build.urls.file($0.path))
        }
    }

    private static func attributes(_ i: Indicator, env: PageEnv) throws -> [Attribute] {
        let text = env.values
        var out: [Attribute] = []
        func add(_ key: String, _ value: String?, content: Bool = false) throws {
            guard let value, !value.isEmpty else { return }
            out.append(Attribute(label: try env.text("attribute.\(key)"), value: value,
                                 lang: content ? env.untranslatedLanguage : nil))
        }
        /// A text written once or per language: in the page's language when it has one.
        func add(_ key: String, _ value: LocalizedText?) throws {
            guard let value, !env.plain(value).isEmpty else { return }
            out.append(Attribute(label: try env.text("attribute.\(key)"), value: env.plain(value),
                                 lang: env.otherLanguage(value)))
        }
        try add("id", i.id)
        try add("unit", i.units)
        try add("polarity", try i.polarity.map { try env.text("polarity.\($0.rawValue)") })
        try add("frequency", try i.frequency.map { try env.text("frequency.\($0.rawValue)") })
        try add("aggregation", try i.aggregation.map { try env.text("aggregation.\($0.rawValue)") })
        if i.aggregation == .ratio { try add("scale", env.l.number(i.scale)) }
        try add("per", try env.text("per.\(i.per.rawValue)"))
        try add("formula", i.formulas)
        try add("data_source", i.dataSources)
        try add("owner", i.owner?.display, content: true)
        if let b = i.baseline, let v = b.value {
            try add("baseline", (text.value(v, of: i) ?? "") + (b.year.map { " (\($0))" } ?? ""))
        }
        try add("target", text.target(i.target, of: i))
        let targets = i.targets.keys.sorted().map { p in "\(env.l.period(p)): \(text.value(i.targets[p], of: i) ?? "")" }
        try add("targets", targets.isEmpty ? nil : targets.joined(separator: "; "))
        return out
    }
}
