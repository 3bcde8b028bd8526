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
    static func table(_ year: YearContent) -> CSVTable {
        var table = CSVTable(fields: fields)
        let rows = year.rows.enumerated().sorted { a, b in
            let ka = (a.element.period, a.element.indicator, a.element.package ?? "")
            let kb = (b.element.period, b.element.indicator, b.element.package ?? "")
            return ka != kb ? ka < kb : a.offset < b.offset
        }
        for (_, row) in rows {
            table.append([
                .text(row.period.description), .text(row.indicator), .text(row.package),
                .number(row.value), .number(row.numerator), .number(row.denominator), .text(row.note),
            ])
        }
        return table
    }
}
