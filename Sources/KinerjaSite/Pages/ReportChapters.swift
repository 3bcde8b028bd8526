import KinerjaCore

/// The chapters of a report in the LKjIP shape (docs/reports.md): Bab I Pendahuluan, Bab II
/// Perencanaan Kinerja (annual reports only), Bab III Akuntabilitas Kinerja (A. capaian,
/// B. realisasi anggaran), Bab IV Penutup, Lampiran. Everything is made from the same data as
/// the rest of the site; the template only places it.
struct ReportChapters: Encodable {
    /// A plan Renstra row of Bab II.
    struct PlanRow: Encodable {
        let indicator: Link
        let endTarget: String?
        let renstraTarget: String?
        let target: String?
    }

    /// One cell of the years table of Bab III.A: a year's final value with its capaian (or
    /// "baseline" for the baseline year before the series starts).
    struct YearCell: Encodable {
        let year: String
        let value: String?
        let note: String?
    }

    struct YearsRow: Encodable {
        let indicator: Link
        let cells: [YearCell]
        let target: String?
    }

    struct Column: Encodable {
        let label: String
    }

    /// An indicator with a national `standard:` (Bab III.A).
    struct StandardRow: Encodable {
        let indicator: Link
        let standard: String?
        let source: String?
        let value: String?
        let verdict: String
        let meets: Bool
    }

    struct BudgetTotal: Encodable {
        let pagu: String?
        let realisasi: String?
        let absorption: String?
    }

    /// True for an annual report (period = a year): the full shape with Bab II and the
    /// years table; every other period has the shorter form (docs/reports.md).
    let isAnnual: Bool
    /// Bab I: who reports what, on which basis.
    /// Bab I's opening sentence, the unit's name with its `lang` on another language's page.
    let introduction: HTML
    /// Bab I (annual): the plan body's sections on tasks and functions, organisation and
    /// strategic issues (headings of docs/reports.md).
    let profile: HTML?
    /// Bab II (annual).
    let renstraIntro: String?
    let planRows: [PlanRow]
    let hasPlanRows: Bool
    /// The plan's title and approver inside a UI sentence, each with its `lang`.
    let planIntro: HTML?
    /// "T1. title", the title with its `lang` when in another language.
    let objectives: [HTML]
    let hasObjectives: Bool
    let agreementSummary: HTML?
    /// Bab III.A (annual): years side by side, the baseline year first.
    let yearColumns: [Column]
    let yearsRows: [YearsRow]
    let hasYears: Bool
    let yearsTargetLabel: String
    /// Bab III.A: the indicators with a national standard against it.
    let standards: [StandardRow]
    let hasStandards: Bool
    /// Bab III.A: the report body without its closing sections.
    let narrative: HTML?
    /// Bab III.B: the total of the areas' budget lines.
    let budgetTotal: BudgetTotal?
    /// Bab IV: counted summary and the report body's closing sections.
    let summary: String
    let closing: HTML?
    /// The short form's note that Bab II is only in the annual report.
    let shortFormNote: String?

    init(_ env: PageEnv, _ year: YearContent, _ report: Report, order: [Indicator], budget: [BudgetLedger.Figures]) throws {
        let y = year.year
        let text = env.values
        let scorer = env.build.scorer(year)
        let series = env.build.series
        let site = env.build.site
        func link(_ i: Indicator) -> Link { env.link(i.titles, href: env.href(.indicator(y, i.id))) }
        isAnnual = report.period.kind == .year
        let unit = env.html(site.unit.isEmpty ? site.titles : site.units)
        introduction = try env.text(isAnnual ? "lkjip.intro_annual" : "lkjip.intro_short",
                                    html: ["unit": unit, "period": HTML(text: env.l.period(report.period)),
                                           "indicators": HTML(text: env.l.integer(order.count)),
                                           "areas": HTML(text: env.l.integer(year.areas.count))])
        shortFormNote = isAnnual ? nil : try env.text("lkjip.short_form_note")

        let planBody = ReportSections(year.plan?.body ?? "")
        profile = isAnnual ? env.defaultLanguageBlock(planBody.matching(ReportSections.profileHeadings), topHeading: 4) : nil

        // Bab II
        if isAnnual, let plan = year.plan {
            let renstra = env.build.content.renstra
            renstraIntro = try renstra.map { r in
                try env.text("lkjip.renstra_intro", ["title": r.title ?? r.period.replacingOccurrences(of: "-", with: "–"),
                                                     "period": r.period.replacingOccurrences(of: "-", with: "–")])
            }
            planRows = order.map { i in
                let m = MediumTermProgress.of(i, in: year, content: env.build.content, series: series)
                return PlanRow(indicator: link(i), endTarget: text.value(m?.target, of: i),
                               renstraTarget: text.value(m?.yearTarget, of: i), target: text.target(i.target, of: i))
            }
            hasPlanRows = renstra != nil && !planRows.isEmpty
            var values = ["title": env.html(plan.titles), "year": HTML(text: String(y)),
                          "by": plan.approval?.by.map(env.html) ?? HTML(text: "–"), "on": HTML(text: "–")]
            if let on = plan.approval?.on { values["on"] = HTML(text: env.l.date(on)) }
            planIntro = try env.text(plan.isApproved ? "lkjip.plan_approved" : "lkjip.plan_not_approved", html: values)
            objectives = plan.objectives.map { HTML(raw: HTMLEscape.escape($0.id) + ". " + env.html($0.titles).raw) }
            agreementSummary = plan.isApproved
                ? try env.text("lkjip.agreement_summary", html: ["indicators": HTML(text: env.l.integer(order.count)),
                                                                 "by": plan.approval?.by.map(env.html) ?? HTML(text: "–")])
                : nil
        } else {
            renstraIntro = nil
            planRows = []
            hasPlanRows = false
            planIntro = nil
            objectives = []
            agreementSummary = nil
        }

        hasObjectives = !objectives.isEmpty

        // Bab III.A: years side by side (annual). Columns: the earliest baseline year before
        // the series, every earlier year of the series, the report's year.
        yearsTargetLabel = try env.text("lkjip.year_target", ["year": String(y)])
        if isAnnual {
            struct Line { let indicator: Indicator; let baseline: (year: Int, value: Double)?; let years: [Int: YearCell] }
            var lines: [Line] = []
            var allYears = Set([y])
            for i in order {
                let history = series.history(i, before: y)
                var cells: [Int: YearCell] = [:]
                for h in history {
                    cells[h.year] = YearCell(year: String(h.year), value: text.value(h.value, of: h.indicator),
                                             note: h.capaian.map(env.l.percent))
                    allYears.insert(h.year)
                }
                let now = scorer.score(i, at: report.period)
                cells[y] = YearCell(year: String(y), value: text.value(now.value, of: i), note: now.capaian.map(env.l.percent))
                let first = history.first?.indicator ?? i
                let firstYear = history.first?.year ?? y
                var baseline: (year: Int, value: Double)?
                if let b = first.baseline, let by = b.year, let bv = b.value, by < firstYear { baseline = (by, bv) }
                if let b = baseline {
                    allYears.insert(b.year)
                    cells[b.year] = YearCell(year: String(b.year), value: text.value(b.value, of: first), note: try env.text("lkjip.baseline"))
                }
                lines.append(Line(indicator: i, baseline: baseline, years: cells))
            }
            let years = allYears.sorted()
            yearColumns = years.map { Column(label: String($0)) }
            yearsRows = lines.map { line in
                YearsRow(indicator: link(line.indicator),
                         cells: years.map { line.years[$0] ?? YearCell(year: String($0), value: nil, note: nil) },
                         target: text.target(line.indicator.target, of: line.indicator))
            }
            hasYears = years.count > 1
        } else {
            yearColumns = []
            yearsRows = []
            hasYears = false
        }

        standards = try order.compactMap { i in
            guard let standard = i.standard else { return nil }
            let v = scorer.score(i, at: report.period).value
            let meets = v.map { i.polarity == .negative ? $0 <= standard.value : $0 >= standard.value }
            let verdict = try env.text("lkjip.standard_\(meets.map { $0 ? "met" : "below" } ?? "unmeasured")")
            return StandardRow(indicator: link(i), standard: text.value(standard.value, of: i), source: standard.source,
                               value: text.value(v, of: i), verdict: verdict, meets: meets == true)
        }
        hasStandards = !standards.isEmpty

        let body = ReportSections(report.body)
        narrative = env.defaultLanguageBlock(body.excluding(ReportSections.closingHeadings), topHeading: 5)
        closing = env.defaultLanguageBlock(body.matching(ReportSections.closingHeadings), topHeading: 3)

        // Bab III.B
        if budget.isEmpty {
            budgetTotal = nil
        } else {
            let pagu = budget.compactMap(\.pagu).reduce(Int64(0), +)
            let realisasi = budget.compactMap(\.realisasi).reduce(Int64(0), +)
            let total = BudgetLedger.Figures(pagu: pagu, realisasi: realisasi)
            budgetTotal = BudgetTotal(pagu: env.l.rupiah(pagu), realisasi: env.l.rupiah(realisasi),
                                      absorption: total.absorption.map(env.l.percent))
        }

        // Bab IV
        let scores = order.map { scorer.score($0, at: report.period) }
        let measured = scores.filter { $0.capaian != nil }
        let achieved = measured.filter(\.achieved).count
        summary = try env.text("lkjip.summary", ["period": env.l.period(report.period),
                                                 "measured": env.l.integer(measured.count),
                                                 "total": env.l.integer(order.count),
                                                 "achieved": env.l.integer(achieved),
                                                 "missed": env.l.integer(measured.count - achieved)])
    }
}

/// A Markdown body split at its second-level headings (`## …`), so that a report's closing
/// sections go to Bab IV and a plan's profile sections to Bab I (docs/reports.md). Lines in
/// fenced code blocks are never headings.
struct ReportSections {
    struct Section {
        let heading: String
        let text: String
    }

    /// Text before the first heading.
    let lead: String
    let sections: [Section]

    /// Headings (lower-cased prefixes) of the report body's sections that make Bab IV Penutup.
    static let closingHeadings = ["penutup", "kesimpulan", "simpulan", "arah", "closing", "conclusion", "outlook"]
    /// Headings (lower-cased prefixes) of the plan body's sections that make Bab I's profile.
    static let profileHeadings = ["tugas", "kedudukan", "organisasi", "struktur organisasi", "isu strategis",
                                  "permasalahan utama", "tasks", "organisation", "organization", "strategic issues"]

    init(_ body: String) {
        var lead: [Substring] = []
        var sections: [(String, [Substring])] = []
        var fence = false
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence.toggle() }
            if !fence, line.hasPrefix("## ") {
                sections.append((String(line.dropFirst(3)).trimmingSpaces, [line]))
            } else if sections.isEmpty {
                lead.append(line)
            } else {
                sections[sections.count - 1].1.append(line)
            }
        }
        self.lead = lead.joined(separator: "\n")
        self.sections = sections.map { Section(heading: $0.0, text: $0.1.joined(separator: "\n")) }
    }

    private static func matches(_ heading: String, _ prefixes: [String]) -> Bool {
        let h = heading.lowercased()
        return prefixes.contains { h.hasPrefix($0) }
    }

    /// The sections whose heading starts with one of `prefixes`, in order.
    func matching(_ prefixes: [String]) -> String {
        sections.filter { Self.matches($0.heading, prefixes) }.map(\.text).joined(separator: "\n\n")
    }

    /// The lead and every other section.
    func excluding(_ prefixes: [String]) -> String {
        ([lead] + sections.filter { !Self.matches($0.heading, prefixes) }.map(\.text)).joined(separator: "\n\n")
    }
}
