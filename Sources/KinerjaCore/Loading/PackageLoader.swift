import Foundation

enum PackageLoader {
    static let required = ["kd_rup", "nama_paket", "kd_satker", "pagu", "metode_pengadaan"]

    /// A `packages/<kd_rup>.md` file.
    static func loadMarkdown(_ path: String, display: String) -> (Package?, [Diagnostic]) {
        let file = MarkdownFile.load(path, display: display)
        guard let f = file.fields else { return (nil, file.doc.diags.items) }
        let doc = file.doc
        let kd: String?
        if f.has("kd_rup") { kd = f.id("kd_rup") } else { kd = file.entityID(f) }
        guard let kdRup = kd else { return (nil, doc.diags.items) }
        var p = Package(kdRup: kdRup, namaPaket: f.string("nama_paket", required: true, what: "a package") ?? kdRup,
                        kdSatker: f.string("kd_satker", required: true, what: "a package") ?? "",
                        positions: f.positions)
        p.namaSatker = f.string("nama_satker")
        if let n = f.node("pagu", required: true, what: "a package") {
            if case let .scalar(s) = n {
                let parsed = Rupiah.parse(s.string)
                if case let .amount(v) = parsed { p.pagu = v }
                if let (rule, message) = Rupiah.problem(parsed, text: s.string) {
                    doc.diags.add(rule, at: f.valueLocation("pagu"), message, hint: "write whole rupiah like 1250000000 or 1.250.000.000")
                }
            } else {
                doc.diags.add(.KJ004, at: f.valueLocation("pagu"), "`pagu` must be an amount in rupiah")
            }
        }
        p.metodePengadaan = f.string("metode_pengadaan", required: true, what: "a package")
        p.jenisPengadaan = f.string("jenis_pengadaan")
        p.sumberDana = f.string("sumber_dana")
        p.statusPdn = f.string("status_pdn")
        p.statusUkm = f.string("status_ukm")
        p.tglAwalPemilihan = f.date("tgl_awal_pemilihan")
        p.area = f.string("area")
        f.warnUnknown(ContentSchema.package.names, what: "a package")
        p.body = file.body
        p.positions = f.positions
        p.sourceHash = file.sourceHash
        p.frontMatterHash = file.frontMatterHash
        return (p, doc.diags.items)
    }

    /// `packages.csv`.
    static func loadCSV(_ path: String, display: String) -> ([Package], [Diagnostic]) {
        var diags = DiagnosticBag()
        guard let source = SourceText.read(path: path, display: display, limit: Limits.maxCSVBytes, into: &diags),
              let table = CSVFile.table(source, into: &diags) else { return ([], diags.items) }
        for name in required where table.index(of: name) == nil {
            diags.add(.KJ011, at: SourceLocation(file: display, line: table.headerLine, column: 1),
                      "packages.csv has no column `\(name)`",
                      hint: Suggestion.hint(name, in: table.header).map { "a column is named like it: \($0)" })
        }
        for (i, h) in table.header.enumerated() where !Package.columns.contains(h.lowercased()) {
            if let near = Suggestion.nearest(h, in: Package.columns) {
                diags.add(.KJ005, at: SourceLocation(file: display, line: table.headerLine, column: table.headerColumns[i]),
                          "unknown column `\(h)` in packages.csv", hint: "did you mean `\(near)`?")
            }
        }
        var out: [Package] = []
        out.reserveCapacity(table.rows.count)
        for row in table.rows {
            guard let r = CSVFile.RowView(row: row, table: table, file: display, diags: &diags) else { continue }
            var missing = false
            for name in required where table.index(of: name) != nil && r.text(name) == nil {
                diags.add(.KJ011, at: r.location(name), "package row has no `\(name)`")
                missing = true
            }
            guard !missing, let kd = r.text("kd_rup") else { continue }
            guard Identifier.isValid(kd) else {
                diags.add(.KJ007, at: r.location("kd_rup"), Identifier.problem(kd))
                continue
            }
            var p = Package(kdRup: kd, namaPaket: r.text("nama_paket") ?? kd, kdSatker: r.text("kd_satker") ?? "",
                            positions: r.positions)
            p.namaSatker = r.text("nama_satker")
            if let t = r.text("pagu") {
                let parsed = Rupiah.parse(t)
                if case let .amount(v) = parsed { p.pagu = v }
                if let (rule, message) = Rupiah.problem(parsed, text: t) {
                    // A cell that is not a number stays KJ010, like every other CSV number.
                    diags.add(rule == .KJ004 ? .KJ010 : rule, at: r.location("pagu"), message,
                              hint: "write whole rupiah like 1250000000 or 1.250.000.000")
                }
            }
            p.metodePengadaan = r.text("metode_pengadaan")
            p.jenisPengadaan = r.text("jenis_pengadaan")
            p.sumberDana = r.text("sumber_dana")
            p.statusPdn = r.text("status_pdn")
            p.statusUkm = r.text("status_ukm")
            if let t = r.text("tgl_awal_pemilihan") {
                if let d = SimpleDate(t) { p.tglAwalPemilihan = d } else {
                    diags.add(.KJ008, at: r.location("tgl_awal_pemilihan"), "`tgl_awal_pemilihan`: `\(t)` is not a valid date",
                              hint: "write dates as YYYY-MM-DD")
                }
            }
            p.area = r.text("area")
            out.append(p)
        }
        return (out, diags.items)
    }
}
