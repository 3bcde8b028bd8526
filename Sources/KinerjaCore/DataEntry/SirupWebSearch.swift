import Foundation

/// The shape of SIRUP's web search (sirup.lkpp.go.id, "Cari Paket"): `id`, `paket`, `pagu`,
/// `metode`, `idSatker`, `satker`, `isPDN`, `isUMK`, `pemilihan: "January 2026"`. Recognised by
/// its keys and mapped to SIRUP's field names, so such a file imports like the
/// RUP-PaketPenyedia-Terumumkan export (docs/data-entry.md).
enum SirupWebSearch {
    /// Web-search key (lower case, as records keep them) → SIRUP field name, in the order
    /// the hint names them.
    static let mapping: [(from: String, to: String)] = [
        ("id", "kd_rup"), ("paket", "nama_paket"), ("pagu", "pagu"), ("metode", "metode_pengadaan"),
        ("jenis", "jenis_pengadaan"), ("sumberdana", "sumber_dana"),
        ("idsatker", "kd_satker"), ("satker", "nama_satker"), ("ispdn", "status_pdn"), ("isumk", "status_ukm"),
        ("pemilihan", "tgl_awal_pemilihan"),
    ]

    /// The keys' spelling in the export, for the hint.
    static let shown: [String: String] = [
        "id": "id", "paket": "paket", "pagu": "pagu", "metode": "metode", "jenis": "jenis", "sumberdana": "sumberDana",
        "idsatker": "idSatker", "satker": "satker", "ispdn": "isPDN", "isumk": "isUMK", "pemilihan": "pemilihan",
    ]

    /// A record is in the web-search shape when it has `paket` and `id` (or `idSatker`) and
    /// none of SIRUP's own `kd_rup` and `nama_paket`.
    static func isWebSearch(_ r: SirupRecord) -> Bool {
        r.has("paket") && (r.has("id") || r.has("idsatker")) && !r.has("kd_rup") && !r.has("nama_paket")
    }

    /// The records with web-search keys renamed; the hint naming the mapping when any record
    /// of `display` had the shape.
    static func normalize(_ records: [SirupRecord], display: String) -> ([SirupRecord], String?) {
        var count = 0
        var used: Set<String> = []
        let out = records.map { r -> SirupRecord in
            guard isWebSearch(r) else { return r }
            count += 1
            var m = r
            for (from, to) in mapping {
                guard let v = r.fields[from] else { continue }
                used.insert(from)
                m.fields[from] = nil
                m.fields[to] = to == "tgl_awal_pemilihan" ? monthStart(v) : v
                if let at = r.fieldLocations[from] {
                    m.fieldLocations[from] = nil
                    m.fieldLocations[to] = at
                }
            }
            return m
        }
        guard count > 0 else { return (records, nil) }
        let pairs = mapping.filter { used.contains($0.from) }.map { "\(shown[$0.from] ?? $0.from) → \($0.to)" }
        let hint = "\(display): \(count) \(count == 1 ? "record" : "records") in the shape of SIRUP's web search, read as "
            + pairs.joined(separator: ", ")
            + (used.contains("pemilihan") ? " (a month's name and year → its first day)" : "")
        return (out, hint)
    }

    /// `January 2026` (or `Januari 2026`) → `2026-01-01`; anything else is kept, for the
    /// date check to report.
    static func monthStart(_ v: SirupValue) -> SirupValue {
        guard let t = v.text else { return v }
        let parts = t.split(separator: " ").filter { !$0.isEmpty }
        guard parts.count == 2, let year = Int(parts[1]), (1900...2999).contains(year),
              let month = month(String(parts[0]).lowercased()) else { return v }
        return .text(String(format: "%04d-%02d-01", year, month))
    }

    static func month(_ name: String) -> Int? {
        let english = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]
        let indonesian = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                          "september", "oktober", "november", "desember"]
        if let i = english.firstIndex(of: name) ?? indonesian.firstIndex(of: name) { return i + 1 }
        if name.count >= 3, let i = english.firstIndex(where: { $0.hasPrefix(name) }) { return i + 1 }
        return nil
    }
}
