import KinerjaCore

/// `data/<year>/realizations.csv`: every realization row of the year, as reported.
enum RealizationsTable {
    static let fields: [TableField] = [
        TableField("period", .string, "Reporting period of the row: YYYY-MM, YYYY-Qn, YYYY-Sn or YYYY"),
        TableField("indicator", .string, "Indicator id (kode indikator)"),
        TableField("package", .string, "kd_rup of the procurement package; empty for a row of the whole unit"),
        TableField("value", .number, "Reported value; empty for ratio rows"),
        TableField("numerator", .number, "Numerator of a ratio row"),
        TableField("denominator", .number, "Denominator of a ratio row"),
        TableField("note", .string, "Note of the row (keterangan)"),
    ]

    /// Rows ordered by period (end, finer first), then indicator, then package (unit rows
    /// first); rows that tie keep their file order.
    static func table(_ year: YearContent) -> CSVTableWriter {
        var table = CSVTableWriter(fields: fields)
        var periodNames: [Period: String] = [:]
        for (r, i) in order(year.realizations) {
            let row = year.realizations[r].rows[i]
            let period = periodNames[row.period] ?? {
                let name = row.period.description
                periodNames[row.period] = name
                return name
            }()
            table.append([
                .text(period), .text(row.indicator), .text(row.package),
                .number(row.value), .number(row.numerator), .number(row.denominator), .text(row.note),
            ])
        }
        return table
    }

    /// (realization, row) positions of every row, in table order. The rows are not copied,
    /// and the sort keys are taken out once: comparing whole rows (or tuples built from
    /// them) in a sort of 150 000 rows copied every row's strings millions of times.
    static func order(_ realizations: [Realization]) -> [(Int, Int)] {
        var positions: [(Int, Int)] = []
        var periods: [Period] = [], indicators: [Int32] = [], packages: [Int32] = []
        var indicatorSlots = TextRanks(), packageSlots = TextRanks()
        for (r, realization) in realizations.enumerated() {
            for (i, row) in realization.rows.enumerated() {
                positions.append((r, i))
                periods.append(row.period)
                indicators.append(indicatorSlots.slot(row.indicator))
                packages.append(packageSlots.slot(row.package ?? ""))
            }
        }
        let indicatorRank = indicatorSlots.ranks(), packageRank = packageSlots.ranks()
        // Ties keep file order: the position in the flattened list decides last.
        let sorted = positions.indices.sorted { a, b in
            if periods[a] != periods[b] { return periods[a] < periods[b] }
            let x = indicatorRank[Int(indicators[a])], y = indicatorRank[Int(indicators[b])]
            if x != y { return x < y }
            let p = packageRank[Int(packages[a])], q = packageRank[Int(packages[b])]
            if p != q { return p < q }
            return a < b
        }
        return sorted.map { positions[$0] }
    }
}
