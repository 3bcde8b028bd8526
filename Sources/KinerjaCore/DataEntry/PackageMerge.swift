/// Merges the packages of a SIRUP export into those of `packages.csv`.
///
/// - SIRUP is the source of the fields it carries; a field the export lacks keeps its value.
/// - An area already in `packages.csv` is kept (manual assignments win); a package without
///   one gets the area map's.
/// - Packages gone from SIRUP stay unless `dropMissing`; even then a package that
///   realization rows name stays, so that no row loses its package.
/// - A package with its own page (`packages/<kd_rup>.md`) is left to that file.
/// - Order: the file's packages in their order, then new ones in the export's order.
public enum PackageMerge {
    public struct Result: Sendable {
        /// The packages to write, in order.
        public var packages: [Package] = []
        public var new: [Package] = []
        public var updated: [Package] = []
        public var unchanged = 0
        /// In `packages.csv` but not in the export.
        public var missing: [Package] = []
        /// Missing and removed (`dropMissing`).
        public var dropped: [Package] = []
        /// Missing, `dropMissing` asked, but named by realization rows: kept.
        public var keptReferenced: [Package] = []
        /// In the export, but described by their own `packages/<kd_rup>.md`: left as they are.
        public var onPage: [Package] = []

        /// Packages written without an area.
        public var withoutArea: [Package] { packages.filter { $0.area == nil } }
    }

    /// - Parameters:
    ///   - existing: the rows of `packages.csv`, in file order.
    ///   - referenced: `kd_rup`s named by realization rows.
    ///   - pages: `kd_rup`s that have a `packages/<kd_rup>.md`.
    public static func merge(existing: [Package], incoming: [SirupEntry], areaMap: AreaMap?, dropMissing: Bool,
                             referenced: Set<String> = [], pages: Set<String> = []) -> Result {
        var result = Result()
        var byCode: [String: SirupEntry] = [:]
        for e in incoming where !pages.contains(e.package.kdRup) { byCode[e.package.kdRup] = e }
        result.onPage = incoming.filter { pages.contains($0.package.kdRup) }.map(\.package)
        var seen = Set<String>()
        for old in existing {
            seen.insert(old.kdRup)
            guard let e = byCode[old.kdRup] else {
                result.missing.append(old)
                if dropMissing && !referenced.contains(old.kdRup) {
                    result.dropped.append(old)
                } else {
                    if dropMissing { result.keptReferenced.append(old) }
                    result.packages.append(old)
                }
                continue
            }
            var p = updated(old, with: e)
            if p.area == nil { p.area = areaMap?.area(for: p) }
            if PackagesFile.cells(p) == PackagesFile.cells(old) { result.unchanged += 1 } else { result.updated.append(p) }
            result.packages.append(p)
        }
        for e in incoming where byCode[e.package.kdRup] != nil && !seen.contains(e.package.kdRup) {
            seen.insert(e.package.kdRup)
            var p = e.package
            p.area = areaMap?.area(for: p)
            result.new.append(p)
            result.packages.append(p)
        }
        return result
    }

    /// `old` with the fields the export carried.
    static func updated(_ old: Package, with e: SirupEntry) -> Package {
        var p = old
        let n = e.package
        for column in e.present {
            switch column {
            case "nama_paket": p.namaPaket = n.namaPaket
            case "kd_satker": p.kdSatker = n.kdSatker
            case "nama_satker": p.namaSatker = n.namaSatker
            case "pagu": p.pagu = n.pagu
            case "metode_pengadaan": p.metodePengadaan = n.metodePengadaan
            case "jenis_pengadaan": p.jenisPengadaan = n.jenisPengadaan
            case "sumber_dana": p.sumberDana = n.sumberDana
            case "status_pdn": p.statusPdn = n.statusPdn
            case "status_ukm": p.statusUkm = n.statusUkm
            case "tgl_awal_pemilihan": p.tglAwalPemilihan = n.tglAwalPemilihan
            default: break
            }
        }
        return p
    }
}
