import Foundation
/// Turns SIRUP records into packages, reporting each bad value at its record.
enum SirupConversion {
    enum Outcome {
        case entry(SirupEntry)
        /// Deleted or inactive in SIRUP (`status_delete_rup`, `status_aktif_rup`).
        case inactive
        /// For another fiscal year (`tahun_anggaran`).
        case otherYear(Int)
        case invalid
    }

    /// Columns SIRUP fills; `area` is ours.
    static let sirupColumns = Package.columns.filter { $0 != "area" }
    static let required = PackageLoader.required

    static func convert(_ r: SirupRecord, year: Int, into diags: inout DiagnosticBag) -> Outcome {
        if r.fields["status_delete_rup"]?.flag == true || r.fields["status_aktif_rup"]?.flag == false { return .inactive }
        if let t = r.text("tahun_anggaran"), let y = Int(t), y != year { return .otherYear(y) }
        let prefix = Self.prefix(r)
        let before = diags.items.count
        for name in required where r.text(name) == nil {
            diags.add(.KJ011, at: r.location(of: name), "\(prefix)required field `\(name)` is missing",
                      hint: r.has(name) ? nil : "the export has no `\(name)`; SIRUP's field names are expected")
        }
        // A control character (NUL, escape…) in a text field would be written into
        // packages.csv and break it for every later check (docs/data-entry.md).
        for name in sirupColumns {
            if let t = r.text(name), let bad = t.unicodeScalars.first(where: isControl) {
                diags.add(.KJ004, at: r.location(of: name),
                          "\(prefix)`\(name)` holds the control character U+\(String(format: "%04X", bad.value))",
                          hint: "remove it in SIRUP's export or in the file before importing")
            }
        }
        if let kd = r.text("kd_rup"), !validCode(r.fields["kd_rup"], kd) {
            diags.add(.KJ007, at: r.location(of: "kd_rup"), "\(prefix)`kd_rup`: " + Identifier.problem(kd))
        }
        let pagu = amount(r, prefix: prefix, into: &diags)
        var date: SimpleDate? = nil
        if let t = r.text("tgl_awal_pemilihan") {
            date = SirupDate.parse(t)
            if date == nil {
                diags.add(.KJ008, at: r.location(of: "tgl_awal_pemilihan"),
                          "\(prefix)`tgl_awal_pemilihan`: `\(t.prefix(40))` is not a date",
                          hint: "write dates as YYYY-MM-DD (DD-MM-YYYY and DD/MM/YYYY are read too)")
            }
        }
        guard diags.items.count == before, let kd = r.text("kd_rup"), let nama = r.text("nama_paket"),
              let satker = r.text("kd_satker") else { return .invalid }
        let p = Package(kdRup: kd, namaPaket: nama, kdSatker: satker, namaSatker: r.text("nama_satker"), pagu: pagu,
                        metodePengadaan: r.text("metode_pengadaan"), jenisPengadaan: r.text("jenis_pengadaan"),
                        sumberDana: r.text("sumber_dana"), statusPdn: r.text("status_pdn"), statusUkm: r.text("status_ukm"),
                        tglAwalPemilihan: date, positions: Positions(origin: r.location))
        let present = Set(sirupColumns.filter { r.has($0) })
        return .entry(SirupEntry(package: p, present: present, record: r))
    }

    /// C0 controls other than tab, DEL, C1 controls and bidirectional overrides.
    static func isControl(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u.value != 9) || (0x7F...0x9F).contains(u.value)
            || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
    }

    /// A `kd_rup` must be a valid id; a JSON number must be whole.
    private static func validCode(_ value: SirupValue?, _ text: String) -> Bool {
        if case let .number(v)? = value, v != v.rounded() || v < 0 { return false }
        return Identifier.isValid(text)
    }

    /// `pagu` in rupiah: a JSON number, or a text like `1.250.000.000` or `Rp 1.250.000`.
    private static func amount(_ r: SirupRecord, prefix: String, into diags: inout DiagnosticBag) -> Int64? {
        guard let value = r.fields["pagu"], let text = value.text else { return nil }
        var v: Int64?
        if case let .number(n) = value {
            if n >= 0, n == n.rounded(), n < 9_223_372_036_854_775_808.0 { v = Int64(n) }
        } else {
            var t = text.trimmingCharacters(in: " ")
            if t.hasPrefix("Rp") { t = String(t.dropFirst(2)).trimmingCharacters(in: " ") }
            if case let .amount(n) = Rupiah.parse(t) { v = n }
        }
        guard let amount = v else {
            diags.add(.KJ010, at: r.location(of: "pagu"), "\(prefix)`pagu`: `\(text.prefix(40))` is not an amount in rupiah",
                      hint: "write amounts like 1250000000 or 1.250.000.000")
            return nil
        }
        return amount
    }

    /// How messages name a record: `record 3 (kd_rup 52011234): `, or `kd_rup 52011234: `
    /// for a CSV row (its line is in the position).
    static func prefix(_ r: SirupRecord) -> String {
        switch (r.label, r.text("kd_rup")) {
        case let (label?, kd?): return "\(label) (kd_rup \(kd)): "
        case let (label?, nil): return "\(label): "
        case let (nil, kd?): return "kd_rup \(kd): "
        case (nil, nil): return ""
        }
    }
}
