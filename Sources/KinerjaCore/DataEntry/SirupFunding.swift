import Foundation

/// LKPP's RUP-PaketAnggaranPenyedia: one row per funding source of a package (`kd_rup`,
/// `sumber_dana`, `mak`, `pagu`…), given to `kinerja import sirup --funding FILE…`. Joined by
/// `kd_rup` to fill `sumber_dana` and `mak` of packages.csv (docs/data-entry.md).
enum SirupFunding {
    struct Sources: Sendable, Equatable {
        /// Distinct `sumber_dana` values, sorted, joined with `; `.
        var sumberDana: String?
        /// Distinct `mak` values, sorted, joined with `; `.
        var mak: String?
        /// Rows joined.
        var rows: Int
    }

    /// Funding by `kd_rup`; a row without `kd_rup` is KJ011 at its position.
    static func read(_ records: [SirupRecord], into diags: inout DiagnosticBag) -> (byCode: [String: Sources], rows: [String: [SirupRecord]]) {
        var rows: [String: [SirupRecord]] = [:]
        for r in records {
            guard let kd = r.text("kd_rup") else {
                diags.add(.KJ011, at: r.location(of: "kd_rup"), "\(SirupConversion.prefix(r))funding row has no `kd_rup`",
                          hint: "RUP-PaketAnggaranPenyedia rows name their package by `kd_rup`")
                continue
            }
            rows[kd, default: []].append(r)
        }
        var out: [String: Sources] = [:]
        for (kd, rs) in rows {
            out[kd] = Sources(sumberDana: joined(rs.compactMap { $0.text("sumber_dana") }),
                              mak: joined(rs.compactMap { $0.text("mak") }), rows: rs.count)
        }
        return (out, rows)
    }

    /// Distinct values in Unicode order (the order of the rows does not matter), `; `-joined.
    static func joined(_ values: [String]) -> String? {
        let distinct = Array(Set(values)).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return distinct.isEmpty ? nil : distinct.joined(separator: "; ")
    }
}
