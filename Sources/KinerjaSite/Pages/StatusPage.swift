import KinerjaCore

/// `/<year>/status/`: per indicator, per owner and per OPD, which periods are reported,
/// late or achieved.
struct StatusPage: Encodable {
    struct Cell: Encodable {
        let period: String
        let state: String
        let stateId: String
        let symbol: String
        let capaian: String?
    }

    struct Row: Encodable {
        let id: String
        let title: HTML
        let href: String
        let owner: String?
        let cells: [Cell]
        let late: String
    }

    struct Group: Encodable {
        let frequency: String
        let headers: [String]
        let rows: [Row]
    }

    struct OwnerRow: Encodable {
        let owner: String
        let indicators: String
        let due: String
        let reported: String
        let late: String
        let achieved: String
        let hasLate: Bool
    }

    struct OPDRow: Encodable {
        let name: String
        /// The name's language when not the page's (`lang` on its link).
        let lang: String?
        let href: String
        let packages: String
        let cells: [Cell]
        let late: String
    }

    struct Legend: Encodable {
        let stateId: String
        let symbol: String
        let label: String
        let description: String
    }

    let today: String
    /// "Keadaan per 31 Oktober 2026" (docs/scoring.md, "Reference date").
    let asOf: String?
    /// "Terlambat: 10 hari setelah periode berakhir tanpa data."
    let grace: String
    let legend: [Legend]
    let groups: [Group]
    let owners: [OwnerRow]
    let hasOPDs: Bool
    let opdHeaders: [String]
    let opds: [OPDRow]

    static func draft(_ env: PageEnv, _ year: YearContent) throws -> PageDraft {
        let route = Route.status(year.year)
        let layout = try Layout.make(env, route: route, title: try env.text("status.title", ["year": String(year.year)]),
                                     kind: "status", year: year.year,
                                     crumbs: [Link(label: String(year.year), href: env.href(.year(year.year)))])
        return try env.draft(route, template: "status", layout: layout, page: try StatusPage(env, year))
    }

    init(_ env: PageEnv, _ year: YearContent) throws {
        let today = env.build.today
        let scorer = env.build.scorer(year)
        self.today = env.l.date(today)
        let graceDays = env.site.reportingGraceDays
        grace = try env.text("status.grace", ["n": env.l.integer(graceDays)])
        asOf = try Standing.asOf(env.build.index(year), env: env)
        legend = try [ReportingState.achieved, .reported, .provisional, .late, .pending].map {
            Legend(stateId: $0.rawValue, symbol: $0.symbol, label: try env.text("status.state.\($0.rawValue)"),
                   description: try env.text("status.explain.\($0.rawValue)"))
        }
        let index = env.build.index(year)
        let periodsByIndicator = index.periodsByIndicator

        func cell(_ p: Period, state: ReportingState, capaian: Double?) throws -> Cell {
            Cell(period: env.l.period(p), state: try env.text("status.state.\(state.rawValue)"), stateId: state.rawValue,
                 symbol: state.symbol, capaian: capaian.map(env.l.percent))
        }

        var groups: [Group] = []
        var perOwner: [String: [ReportingState]] = [:]
        var ownerIndicators: [String: Int] = [:]
        for frequency in Frequency.allCases {
            let indicators = year.indicators.filter { $0.frequency == frequency }
            guard !indicators.isEmpty else { continue }
            let periods = Period.all(frequency.periodKind, in: year.year)
            var rows: [Row] = []
            for indicator in indicators {
                let own = periodsByIndicator[indicator.id] ?? []
                var states: [ReportingState] = []
                var cells: [Cell] = []
                for p in periods {
                    let hasRows = own.contains { p.contains($0) }
                    let score = hasRows ? scorer.score(indicator, at: p) : nil
                    let provisional = hasRows && index.standing(indicator, at: p, today: today).provisional
                    let state = ReportingState.of(period: p, hasRows: hasRows, provisional: provisional,
                                                  achieved: score?.achieved ?? false, today: today, graceDays: graceDays)
                    states.append(state)
                    cells.append(try cell(p, state: state, capaian: score?.capaian))
                }
                let owner = indicator.owner?.display ?? ""
                perOwner[owner, default: []] += states
                ownerIndicators[owner, default: 0] += 1
                rows.append(Row(id: indicator.id, title: env.html(indicator.titles), href: env.href(.indicator(year.year, indicator.id)),
                                owner: indicator.owner?.display, cells: cells,
                                late: env.l.integer(states.filter { $0 == .late }.count)))
            }
            groups.append(Group(frequency: try env.text("frequency.\(frequency.rawValue)"),
                                headers: periods.map(env.l.shortPeriod), rows: rows))
        }
        self.groups = groups

        let noOwner = try env.text("status.no_owner")
        owners = perOwner.keys.sorted().map { owner in
            let states = perOwner[owner] ?? []
            let late = states.filter { $0 == .late }.count
            return OwnerRow(owner: owner.isEmpty ? noOwner : owner, indicators: env.l.integer(ownerIndicators[owner] ?? 0),
                            due: env.l.integer(states.filter { $0 != .pending && $0 != .provisional }.count),
                            reported: env.l.integer(states.filter { $0 == .reported || $0 == .achieved }.count),
                            late: env.l.integer(late), achieved: env.l.integer(states.filter { $0 == .achieved }.count),
                            hasLate: late > 0)
        }

        // Per OPD: the package-level indicators, at the finest frequency among them.
        let packageIndicators = Set(year.indicators.filter { $0.per == .package }.map(\.id))
        let kind = year.indicators.filter { $0.per == .package }.compactMap { $0.frequency?.periodKind }.min()
        var satker: [String: String] = [:]
        for p in year.packages { satker[p.kdRup] = p.kdSatker }
        // The periods of each OPD's package rows, gathered without copying the rows.
        var periodsByOPD: [String: Set<Period>] = [:]
        for realization in year.realizations {
            for row in realization.rows where packageIndicators.contains(row.indicator) {
                guard let package = row.package else { continue }
                periodsByOPD[satker[package] ?? "", default: []].insert(row.period)
            }
        }
        let packagesByOPD = index.packagesByOPD
        if let kind {
            let periods = Period.all(kind, in: year.year)
            opdHeaders = periods.map(env.l.shortPeriod)
            opds = try env.site.opds.filter { packagesByOPD[$0.code] != nil }.map { opd in
                let own = periodsByOPD[opd.code] ?? []
                let states = periods.map { p in
                    ReportingState.of(period: p, hasRows: own.contains { p.contains($0) || $0.contains(p) },
                                      provisional: !(p.endDate < today), achieved: false, today: today, graceDays: graceDays)
                }
                return OPDRow(name: env.plain(opd.names), lang: env.otherLanguage(opd.names), href: env.href(.opd(year.year, opd.code)),
                              packages: env.l.integer(packagesByOPD[opd.code]?.count ?? 0),
                              cells: try zip(periods, states).map { try cell($0, state: $1, capaian: nil) },
                              late: env.l.integer(states.filter { $0 == .late }.count))
            }
        } else {
            opdHeaders = []
            opds = []
        }
        hasOPDs = !opds.isEmpty
    }
}
