import KinerjaCore

/// A package in a table (packages list, area and OPD pages). The `filter*` fields feed the
/// optional filter script through `data-` attributes.
struct PackageRow: Encodable {
    let kdRup: String
    let name: String
    let href: String?
    let opd: String
    let opdName: String
    let opdHref: String
    let method: String
    let type: String
    let pagu: String
    let area: String
    let areaHref: String?
    let filterOPD: String
    let filterArea: String
    let filterMethod: String
    let filterText: String

    init(_ p: Package, year: YearContent, env: PageEnv) {
        kdRup = p.kdRup
        name = p.namaPaket
        href = env.hrefIfBuilt(.package(year.year, p.kdRup))
        opd = env.opdShort(p.kdSatker)
        opdName = env.opdName(p.kdSatker)
        opdHref = env.href(.opd(year.year, p.kdSatker))
        method = p.metodePengadaan ?? ""
        type = p.jenisPengadaan ?? ""
        pagu = p.pagu.map(env.l.rupiah) ?? ""
        let area = p.area.flatMap(year.area)
        self.area = area?.title ?? p.area ?? ""
        areaHref = area.map { env.href(.area(year.year, $0.id)) }
        filterOPD = p.kdSatker
        filterArea = p.area ?? ""
        filterMethod = p.metodePengadaan ?? ""
        filterText = (p.kdRup + " " + p.namaPaket + " " + env.opdName(p.kdSatker) + " " + opd).lowercased()
    }

    /// Total pagu of packages, formatted.
    static func total(_ packages: [Package], env: PageEnv) -> String {
        env.l.rupiah(packages.compactMap(\.pagu).reduce(0, +))
    }
}
