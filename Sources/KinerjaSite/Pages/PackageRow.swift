import KinerjaCore

/// A package in a table (packages list, area and OPD pages). The `filter*` fields feed the
/// optional filter script through `data-` attributes.
struct PackageRow: Encodable {
    let kdRup: String
    /// Package name, method and type are SIRUP's texts, never translated: on a page of
    /// another language they carry the default language's `lang` (docs/site.md, "Languages").
    let name: HTML
    let href: String?
    let opd: String
    let opdName: String
    /// The `lang` of the OPD link (its short name and `title`) when not the page's.
    let opdLang: String?
    let opdHref: String
    let method: HTML
    let type: HTML
    let pagu: String
    let area: HTML
    let areaHref: String?
    let filterOPD: String
    let filterArea: String
    let filterMethod: String
    let filterText: String

    init(_ p: Package, year: YearContent, env: PageEnv) {
        kdRup = p.kdRup
        name = env.html(p.namaPaket)
        href = env.hrefIfBuilt(.package(year.year, p.kdRup))
        opd = env.opdShort(p.kdSatker)
        opdName = env.opdName(p.kdSatker)
        opdLang = env.opdLang(p.kdSatker)
        opdHref = env.href(.opd(year.year, p.kdSatker))
        method = env.html(p.metodePengadaan ?? "")
        type = env.html(p.jenisPengadaan ?? "")
        pagu = p.pagu.map(env.l.rupiah) ?? ""
        let area = p.area.flatMap(year.area)
        self.area = area.map { env.html($0.titles) } ?? HTML(text: p.area ?? "")
        areaHref = area.map { env.href(.area(year.year, $0.id)) }
        filterOPD = p.kdSatker
        filterArea = p.area ?? ""
        filterMethod = p.metodePengadaan ?? ""
        filterText = (p.kdRup + " " + p.namaPaket + " " + opdName + " " + opd).lowercased()
    }

    /// Pages that list the packages of one area or OPD show at most this many (the largest
    /// by pagu) and link to the filtered packages list for the rest.
    static let pageLimit = 200

    /// The packages to list on an area or OPD page: all of them, or the largest by pagu.
    static func listed(_ packages: [Package]) -> [Package] {
        guard packages.count > pageLimit else { return packages }
        return Array(packages.sorted { ($0.pagu ?? 0, $1.kdRup) > ($1.pagu ?? 0, $0.kdRup) }.prefix(pageLimit))
    }

    /// "Showing the 200 largest of 3 000 packages — all packages", when the list is cut.
    static func more(total: Int, listParameter: String, value: String, year: Int, env: PageEnv) throws -> Link? {
        guard total > pageLimit else { return nil }
        return Link(label: try env.text("packages.more", ["shown": env.l.integer(pageLimit), "n": env.l.integer(total)]),
                    href: env.href(.packages(year)) + "?" + listParameter + "=" + value.percentEncodedForQuery)
    }

    /// Total pagu of packages, formatted.
    static func total(_ packages: [Package], env: PageEnv) -> String {
        // Exact in Int64; a sum beyond it (only from absurd content) is shown rounded.
        var sum: Int64 = 0
        for p in packages {
            guard let v = p.pagu else { continue }
            let (next, overflow) = sum.addingReportingOverflow(v)
            if overflow { return env.l.rupiah(packages.compactMap(\.pagu).reduce(0.0) { $0 + Double($1) }) }
            sum = next
        }
        return env.l.rupiah(sum)
    }
}

extension String {
    /// Percent-encodes everything but unreserved characters (RFC 3986), for a query value.
    var percentEncodedForQuery: String {
        var out = ""
        for b in utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isASCII, c.isLetter || c.isNumber || c == "-" || c == "." || c == "_" || c == "~" {
                out.append(c)
            } else {
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
            }
        }
        return out
    }
}
