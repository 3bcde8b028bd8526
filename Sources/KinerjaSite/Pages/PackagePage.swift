import KinerjaCore

/// `/<year>/packages/<kd_rup>/`: built only for packages with a `.md` file — narrative and
/// the values reported for the package.
struct PackagePage: Encodable {
    struct Attribute: Encodable {
        let label: String
        let value: String
        let href: String?
    }

    struct ValueRow: Encodable {
        let period: String
        let indicator: Link
        let value: String?
        let note: String?
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
        func add(_ key: String, _ value: String?, href: String? = nil) throws {
            guard let value, !value.isEmpty else { return }
            attributes.append(Attribute(label: try env.text("package.\(key)"), value: value, href: href))
        }
        try add("kd_rup", p.kdRup)
        try add("opd", env.opdName(p.kdSatker), href: env.href(.opd(year.year, p.kdSatker)))
        try add("method", p.metodePengadaan)
        try add("type", p.jenisPengadaan)
        try add("pagu", p.pagu.map(env.l.rupiah))
        try add("source", p.sumberDana)
        try add("pdn", p.statusPdn)
        try add("ukm", p.statusUkm)
        try add("start", p.tglAwalPemilihan.map(env.l.date))
        let area = p.area.flatMap(year.area)
        try add("area", area?.title ?? p.area, href: area.map { env.href(.area(year.year, $0.id)) })
        self.attributes = attributes
        body = p.body.flatMap { env.body($0, [:], topHeading: 3) }
        let text = ValueText(l: env.l)
        values = env.build.index(year).rows(ofPackage: p.kdRup).map { row in
            // Every package page of a language links the same few indicators.
            let indicator = env.indicatorLinks.value(IndicatorKey(year: year.year, id: row.indicator)) {
                let found = year.indicator(row.indicator)
                return IndicatorLink(link: Link(label: found?.title ?? row.indicator,
                                                href: env.href(.indicator(year.year, row.indicator))),
                                     unit: found?.unit)
            }
            let value: String?
            if let v = row.value {
                value = text.value(v, unit: indicator.unit)
            } else if let n = row.numerator, let d = row.denominator {
                value = env.l.number(n) + " / " + env.l.number(d)
            } else {
                value = nil
            }
            return ValueRow(period: env.l.period(row.period), indicator: indicator.link, value: value, note: row.note)
        }
    }
}
