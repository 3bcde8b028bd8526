extension Scorer {
    /// The indicator's score at `period` per OPD, counting the rows of the packages whose
    /// `kd_satker` is that OPD. OPDs in site.yaml order; only OPDs with rows year to date.
    /// Rows without a package or of an unknown package belong to no OPD.
    public func byOPD(_ indicator: Indicator, at period: Period) -> [(opd: OPD, score: Score)] {
        scores(indicator, at: period) { $0.package.flatMap { opdOfPackage[$0] } }
            .map { (opd: site.opds[$0.key], score: $0.score) }
    }

    /// The indicator's score at `period` per package. Packages in content order; only
    /// packages with rows year to date (rows of unknown packages are left out).
    public func byPackage(_ indicator: Indicator, at period: Period) -> [(package: Package, score: Score)] {
        scores(indicator, at: period) { $0.package }
            .map { (package: index.packages[$0.key], score: $0.score) }
    }

    /// The indicator's score at `period` for each group of its year-to-date rows sharing a
    /// `key`, keys ascending; rows whose key is nil are left out.
    private func scores(_ indicator: Indicator, at period: Period,
                        by key: (ScoringRow) -> Int?) -> [(key: Int, score: Score)] {
        let rows = index.rows(indicator.id, through: period)
        let target = target(indicator, at: period)
        // Sort (key, row position) pairs so each group is a run, its rows still in order.
        let keyed = rows.indices
            .compactMap { i in key(rows[i]).map { (key: $0, at: i) } }
            .sorted { ($0.key, $0.at) < ($1.key, $1.at) }
        var result: [(key: Int, score: Score)] = []
        var start = keyed.startIndex
        while start < keyed.endIndex {
            let key = keyed[start].key
            var end = start + 1
            while end < keyed.endIndex, keyed[end].key == key { end += 1 }
            let group = keyed[start..<end].lazy.map { rows[$0.at] }
            result.append((key: key, score: score(indicator, at: period, target: target, rows: group)))
            start = end
        }
        return result
    }
}
