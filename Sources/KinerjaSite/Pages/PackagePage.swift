import KinerjaCore

/// `/<year>/packages/<kd_rup>/`: built only for packages with a `.md` file — narrative and
/// the values reported for the package.
struct PackagePage: Encodable {
    struct Attribute: Encodable {
        let label: String
        /// The value, inside `<span lang>` when it is untranslated content on a page of
        /// another language (docs/site.md, "Languages").
        let value: HTML
        let href: String?
    }

    /// One reported row, formatted like the indicator page: the value in the indicator's unit
    /// (a ratio row as its ratio, `91,7 %`, with its parts under it, `Rp4.388.615.000 dari
    /// Rp4.785.703.000`), the target of the period and the package's capaian against it.
    struct ValueRow: Encodable {
        let period: String
        let indicator: Link
        let value: String?
        /// The numerator and denominator of a ratio row, in words.
        let parts: String?
        let target: String?
        let capaian: String?
        let band: String
        let bandId: String
        /// Tercapai / Belum tercapai beside the band (docs/scoring.md, "Verdicts").
        let verdict: VerdictView
        /// The row's note, untranslated content (with its `lang` on a page of another language).
        let note: HTML?
    }

    let attributes: [Attribute]
    let body: HTML?
    let values: [ValueRow]

    static func draft(_ env: PageEnv, _ year: YearContent, _ package: Package) throws -> PageDraft {
        let route = Route.package(year.year, package.kdRup)
        let layout = try Layout.make(env, route: route, title: package.namaPaket, heading: LocalizedText(package.namaPaket), kind: "package", year: year.year,
                                     crumbs: [Link(label: String(year.year), href: env.href(.year(year.year))),
                                              Link(label: try env.text("nav.packages"), href: env.href(.packages(year.year)))])
        return try env.draft(route, template: "package", layout: layout, page: try PackagePage(env, year, package))
    }

    init(_ env: PageEnv, _ year: YearContent, _ p: Package) throws {
        var attributes: [Attribute] = []
        func add(_ key: String, _ value: HTML?, href: String? = nil) throws {
            guard let value, !value.raw.isEmpty else { return }
            attributes.append(Attribute(label: try env.text("package.\(key)"), value: value, href: href))
        }
        /// A value in the page's own language or none (codes, rupiah, dates).
        func neutral(_ text: String?) -> HTML? { text.map(HTML.init(text:)) }
        /// SIRUP's texts, in the default language.
        func content(_ text: String?) -> HTML? { text.map(env.html) }
        try add("kd_rup", neutral(p.kdRup))
        try add("opd", env.opdHTML(p.kdSatker), href: env.href(.opd(year.year, p.kdSatker)))
        try add("method", content(p.metodePengadaan))
        try add("type", content(p.jenisPengadaan))
        try add("pagu", neutral(p.pagu.map(env.l.rupiah)))
        try add("source", content(p.sumberDana))
        try add("pdn", content(p.statusPdn))
        try add("ukm", content(p.statusUkm))
        try add("start", neutral(p.tglAwalPemilihan.map(env.l.date)))
        let area = p.area.flatMap(year.area)
        try add("area", area.map { env.html($0.titles) } ?? neutral(p.area), href: area.map { env.href(.area(year.year, $0.id)) })
        self.attributes = attributes
        body = p.body.flatMap { env.body($0, [:], topHeading: 3) }
        let text = env.values
        let scorer = env.build.scorer(year)
        values = try env.build.index(year).rows(ofPackage: p.kdRup).map { row in
            // Every package page of a language links the same few indicators.
            let indicator = env.indicatorLinks.value(IndicatorKey(year: year.year, id: row.indicator)) {
                let found = year.indicator(row.indicator)
                return IndicatorLink(link: env.link(found?.titles, or: row.indicator,
                                                href: env.href(.indicator(year.year, row.indicator))),
                                     unit: env.values.unit(of: found))
            }
            return try ValueRow(env, row: row, link: indicator, of: year.indicator(row.indicator),
                                package: p.kdRup, scorer: scorer, text: text)
        }
    }
}

extension PackagePage.ValueRow {
    init(_ env: PageEnv, row: RealizationRow, link: IndicatorLink, of indicator: Indicator?, package: String,
         scorer: Scorer, text: ValueText) throws {
        period = env.l.period(row.period)
        self.indicator = link.link
        note = row.note.map(env.html)
        // The package's own score for this period: only this row, against the period's target.
        // A `sum` indicator adds packages up to the unit's total, so one package is not
        // measured against the unit's target (docs/site.md, "Package pages").
        let score = indicator.map { ind in scorer.score(ind, at: row.period, package: package) }
        let measured = indicator.map { $0.aggregation != .sum } ?? false
        if let v = row.value {
            value = text.value(v, unit: link.unit)
        } else {
            value = text.value(score?.value, unit: link.unit)
        }
        if let n = row.numerator, let d = row.denominator {
            let money = indicator.map(Self.partsAreMoney) ?? false
            let format: (Double) -> String = money ? env.l.rupiah : { env.l.number($0) }
            parts = try env.text("package.ratio_parts", ["numerator": format(n), "denominator": format(d)])
        } else {
            parts = nil
        }
        if measured, let indicator, let score {
            target = text.target(score.target, of: indicator)
            capaian = score.capaian.map(env.l.percent)
            band = try ScoreView.bandLabel(score.band, env: env)
            bandId = score.band.map { PathSegment.safe($0.id) } ?? "none"
            verdict = try VerdictView(capaian: score.capaian, env: env)
        } else {
            target = nil
            capaian = nil
            band = try ScoreView.bandLabel(nil, env: env)
            bandId = "none"
            verdict = try VerdictView(.none, env: env)
        }
    }

    /// Whether the numerator and denominator of the indicator's ratio rows are amounts of
    /// money: its formula speaks of `pagu`, `nilai` (contract value) or `Rp` (docs/site.md).
    static func partsAreMoney(_ indicator: Indicator) -> Bool {
        guard indicator.aggregation == .ratio, let formula = indicator.formula?.lowercased() else { return false }
        return ["pagu", "nilai", "rp"].contains { word in
            formula.split(whereSeparator: { !$0.isLetter }).contains { $0 == word }
        }
    }
}
