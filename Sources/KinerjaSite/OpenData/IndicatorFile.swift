import KinerjaCore

/// `data/<year>/indicators/<id>.json` (docs/open-data.md): one indicator with its metadata and
/// periods exactly as in `indicators.json`, and every realization row of it as reported.
/// The CSV twin (`<id>.csv`) is the indicator's rows of `indicators.csv`.
enum IndicatorFile {
    static func document(year: Int, generated: String, record: IndicatorRecord, rows: [RealizationRow]) -> JSONValue {
        .object([
            ("year", .integer(year)),
            ("generated", .string(generated)),
            ("indicator", IndicatorsJSON.indicator(record)),
            ("rows", .array(rows.map(row))),
        ])
    }

    /// A realization row: the columns of `realizations.csv` except the indicator.
    static func row(_ r: RealizationRow) -> JSONValue {
        .object([
            ("period", .string(r.period.description)),
            ("package", .string(r.package)),
            ("value", .number(r.value)),
            ("numerator", .number(r.numerator)),
            ("denominator", .number(r.denominator)),
            ("note", .string(r.note)),
        ])
    }

    /// The year's realization rows per indicator id, in `realizations.csv` order.
    static func rows(_ year: YearContent) -> [String: [RealizationRow]] {
        var out: [String: [RealizationRow]] = [:]
        for (r, i) in RealizationsTable.order(year.realizations) {
            let row = year.realizations[r].rows[i]
            out[row.indicator, default: []].append(row)
        }
        return out
    }
}
