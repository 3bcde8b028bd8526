import KinerjaCore

/// `/<year>/opd/<code>/`: an OPD's packages and its contribution to each indicator.
struct OPDPage: Encodable {
    struct Contribution: Encodable {
        let indicator: Link
        let period: String
        let value: String?
        let capaian: String?
        let band: String
        let bandId: String
        /// Tercapai / Belum tercapai beside the band (docs/scoring.md, "Verdicts").
        let verdict: VerdictView
        let rows: String
        let overall: String?
    }

    let code: String
    let packages: [PackageRow]
    let morePackages: Link?
    let packageCount: String
    let totalPagu: String
    let contributions: [Contribution]

    static func draft(_ env: PageEnv, _ year: YearContent, _ opd: OPD) throws -> PageDraft {
        let route = Route.opd(year.year, opd.code)
        let layout = try Layout.make(env, route: route, title: opd.name, heading: opd.names, kind: "opd", year: year.year,
                                     crumbs: [Link(label: String(year.year), href: env.href(.year(year.year))),
                                              Link(label: try env.text("nav.packages"), href: env.href(.packages(year.year)))])
        return try env.draft(route, template: "opd", layout: layout, page: try OPDPage(env, year, opd))
    }

    init(_ env: PageEnv, _ year: YearContent, _ opd: OPD) throws {
        let scorer = env.build.scorer(year)
        let text = env.values
        code = opd.code
        let own = env.build.index(year).packagesByOPD[opd.code] ?? []
        packages = PackageRow.listed(own).map { PackageRow($0, year: year, env: env) }
        morePackages = try PackageRow.more(total: own.count, listParameter: "opd", value: opd.code, year: year.year, env: env)
        packageCount = env.l.integer(own.count)
        totalPagu = PackageRow.total(own, env: env)
        contributions = try year.indicators.filter { $0.per == .package }.compactMap { indicator in
            guard let latest = scorer.latestPeriod(indicator),
                  let s = env.build.index(year).score(indicator, at: latest, opd: opd.code) else { return nil }
            let overall = scorer.score(indicator, at: latest)
            return Contribution(indicator: env.link(indicator.titles, href: env.href(.indicator(year.year, indicator.id))),
                                period: env.l.period(latest), value: text.value(s.value, of: indicator),
                                capaian: s.capaian.map(env.l.percent), band: try ScoreView.bandLabel(s.band, env: env),
                                bandId: s.band.map { PathSegment.safe($0.id) } ?? "none",
                                verdict: try VerdictView(capaian: s.capaian, env: env), rows: env.l.integer(s.rowCount),
                                overall: overall.capaian.map(env.l.percent))
        }
    }
}
