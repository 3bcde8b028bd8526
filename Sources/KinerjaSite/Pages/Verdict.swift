import KinerjaCore

/// "Is the goal met?" in words and a shape beside every rating (docs/scoring.md, "Verdicts"):
/// met when capaian ≥ 100 % (a range target: within the range), not met below, no data
/// without a capaian. Colour is never the only signal: the text and the glyph carry it.
struct VerdictView: Encodable, Sendable {
    enum Kind: String, Sendable { case met, notMet = "not-met", none }

    /// `met`, `not-met` or `none` (CSS class suffix).
    let id: String
    /// ✓, ✗ or –.
    let symbol: String
    /// "Tercapai", "Belum tercapai", "Belum ada data".
    let text: String

    init(_ kind: Kind, env: PageEnv) throws {
        id = kind.rawValue
        switch kind {
        case .met: symbol = "✓"; text = try env.text("verdict.met")
        case .notMet: symbol = "✗"; text = try env.text("verdict.not_met")
        case .none: symbol = "–"; text = try env.text("verdict.none")
        }
    }

    static func kind(_ capaian: Double?) -> Kind {
        guard let capaian else { return .none }
        return capaian >= 100 ? .met : .notMet
    }

    init(capaian: Double?, env: PageEnv) throws { try self.init(Self.kind(capaian), env: env) }
}

/// Where a page's figures stand: the reference date and whether a period is provisional
/// (docs/scoring.md, "Reference date" and "Provisional periods").
enum Standing {
    /// The reference date of a year's figures: the end of the latest period with realization
    /// rows, but never later than the build date; nil without rows.
    static func referenceDate(_ index: YearIndex, today: SimpleDate) -> SimpleDate? {
        guard let latest = index.periodsByIndicator.values.compactMap({ $0.max() }).max() else { return nil }
        return min(latest.endDate, today)
    }

    /// "keadaan per 31 Oktober 2026", or nil without rows.
    static func asOf(_ index: YearIndex, env: PageEnv) throws -> String? {
        try referenceDate(index, today: env.build.today).map { try env.text("common.as_of", ["date": env.l.date($0)]) }
    }

    /// Whether `period` is provisional for `indicator` at the build date.
    static func of(_ indicator: Indicator, at period: Period, env: PageEnv) -> PeriodStanding? {
        guard let index = env.build.indexes[period.year] else { return nil }
        return index.standing(indicator, at: period, today: env.build.today)
    }

    /// "sementara, s.d. Oktober 2026" for a provisional period, else nil.
    static func label(_ standing: PeriodStanding?, year: Int, env: PageEnv) throws -> String? {
        guard let standing, standing.provisional else { return nil }
        guard let m = standing.throughMonth, let month = Period(year: year, kind: .month, index: m) else {
            return try env.text("provisional.plain")
        }
        return try env.text("provisional.through", ["month": env.l.period(month)])
    }

    static func label(_ indicator: Indicator, at period: Period, env: PageEnv) throws -> String? {
        try label(of(indicator, at: period, env: env), year: period.year, env: env)
    }
}

/// How an area (or the whole year) stands: its indicators counted by verdict and the
/// weakest named (docs/scoring.md, "Area summary"), so a failing indicator is never hidden
/// behind a capped mean.
struct VerdictSummary: Encodable {
    struct Weakest: Encodable {
        let id: String
        let title: String
        let href: String
        let capaian: String
    }

    let met: String
    let notMet: String
    let noData: String
    /// "2 tercapai · 1 belum tercapai · 0 belum ada data".
    let counts: String
    let weakest: Weakest?
    /// "Terlemah: IK-07 Rata-rata waktu pemilihan penyedia (64,3 %)", the title inside
    /// `<span lang>` when it is not in the page's language.
    let weakestText: HTML?
    /// Met only when every indicator with data is met; not met when any is not.
    let verdict: VerdictView

    init(_ indicators: [Indicator], facts: YearFacts, env: PageEnv) throws {
        var met = 0, notMet = 0, none = 0
        var weakest: (Indicator, Double)?
        for indicator in indicators {
            let capaian = facts.current[indicator.id]?.capaian
            switch VerdictView.kind(capaian) {
            case .met: met += 1
            case .notMet: notMet += 1
            case .none: none += 1
            }
            if let c = capaian, weakest.map({ c < $0.1 }) ?? true { weakest = (indicator, c) }
        }
        self.met = env.l.integer(met)
        self.notMet = env.l.integer(notMet)
        noData = env.l.integer(none)
        counts = try env.text("summary.counts", ["met": self.met, "not_met": self.notMet, "none": noData])
        self.weakest = weakest.map { i, c in
            Weakest(id: i.id, title: env.plain(i.titles), href: env.href(.indicator(facts.year.year, i.id)), capaian: env.l.percent(c))
        }
        weakestText = try weakest.map { i, c in
            try env.text("summary.weakest", html: ["id": HTML(text: i.id), "title": env.html(i.titles),
                                                   "capaian": HTML(text: env.l.percent(c))])
        }
        verdict = try VerdictView(met + notMet == 0 ? .none : notMet > 0 ? .notMet : .met, env: env)
    }
}
