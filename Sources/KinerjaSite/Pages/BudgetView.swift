import KinerjaCore

/// Budget absorption and efficiency of an area (docs/site.md, docs/scoring.md "Budget").
struct BudgetView: Encodable {
    let area: Link?
    let pagu: String?
    let realisasi: String?
    let absorption: String?
    let capaian: String?
    let efficiency: String?

    init(_ env: PageEnv, _ f: BudgetLedger.Figures, capaian c: Double?, area: Link? = nil) {
        self.area = area
        pagu = f.pagu.map { env.l.rupiah($0) }
        realisasi = f.realisasi.map { env.l.rupiah($0) }
        absorption = f.absorption.map(env.l.percent)
        capaian = c.map(env.l.percent)
        efficiency = f.efficiency(capaian: c).map { env.l.numbers.number($0, fractionDigits: 2, fixed: true) }
    }

    /// The area page: figures at the latest period with a budget line of the area, against
    /// the area's current capaian (the one the page shows).
    static func area(_ env: PageEnv, _ year: YearContent, _ area: Area, capaian: Double?) -> BudgetView? {
        let ledger = BudgetLedger(year)
        guard let end = ledger.latestEnd(ofArea: area.id),
              let period = Period(year: end.year, kind: .month, index: end.month),
              let f = ledger.area(area.id, at: period) else { return nil }
        return BudgetView(env, f, capaian: capaian)
    }

    /// A report: every area with a budget line by the report's period end.
    static func report(_ env: PageEnv, _ year: YearContent, _ report: Report) -> [BudgetView] {
        let ledger = BudgetLedger(year)
        let scorer = env.build.scorer(year)
        return year.areas.compactMap { a in
            ledger.area(a.id, at: report.period).map {
                BudgetView(env, $0, capaian: scorer.areaCapaian(a.id, at: report.period),
                           area: env.link(a.titles, href: env.href(.area(year.year, a.id))))
            }
        }
    }
}
