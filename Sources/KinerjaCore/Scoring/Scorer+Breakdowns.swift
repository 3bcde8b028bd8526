extension Scorer {
    /// The indicator's score at `period` per OPD, counting the rows of the packages whose
    /// `kd_satker` is that OPD. OPDs in site.yaml order; only OPDs with rows year to date.
    /// Rows without a package or of an unknown package belong to no OPD.
    public func byOPD(_ indicator: Indicator, at period: Period) -> [(opd: OPD, score: Score)] {
        let groups = group(index.rows(indicator.id, through: period)) { row in
            row.package.flatMap { index.packages[$0]?.kdSatker }
        }
        return site.opds.compactMap { opd in
            groups[opd.code].map { (opd: opd, score: score(indicator, at: period, rows: $0)) }
        }
    }

    /// The indicator's score at `period` per package. Packages in content order; only
    /// packages with rows year to date (rows of unknown packages are left out).
    public func byPackage(_ indicator: Indicator, at period: Period) -> [(package: Package, score: Score)] {
        let groups = group(index.rows(indicator.id, through: period)) { row in
            row.package.flatMap { index.packages[$0] == nil ? nil : $0 }
        }
        return groups.keys
            .sorted { (index.packageOrder[$0] ?? .max) < (index.packageOrder[$1] ?? .max) }
            .compactMap { kdRup in
                guard let package = index.packages[kdRup], let rows = groups[kdRup] else { return nil }
                return (package: package, score: score(indicator, at: period, rows: rows))
            }
    }

    /// Groups `rows` by `key`, keeping their order; rows whose key is nil are left out.
    private func group(_ rows: ArraySlice<RealizationRow>,
                       by key: (RealizationRow) -> String?) -> [String: [RealizationRow]] {
        var groups: [String: [RealizationRow]] = [:]
        for row in rows {
            if let k = key(row) { groups[k, default: []].append(row) }
        }
        return groups
    }
}
