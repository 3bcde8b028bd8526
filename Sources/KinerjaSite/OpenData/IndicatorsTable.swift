import KinerjaCore

/// `data/<year>/indicators.csv`: one row per indicator × period of `indicators.json`.
enum IndicatorsTable {
    static let fields: [TableField] = [
        TableField("indicator", .string, "Indicator id (kode indikator)"),
        TableField("title", .string, "Indicator title (nama indikator)"),
        TableField("area", .string, "Strategic area id (area strategis)"),
        TableField("unit", .string, "Unit of the values (satuan)"),
        TableField("polarity", .string, "positive: higher is better; negative: lower is better"),
        TableField("period", .string, "Period: YYYY-MM (month), YYYY-Qn (quarter), YYYY-Sn (semester) or YYYY (year)"),
        TableField("value", .number, "Year-to-date value as of the end of the period (realisasi)"),
        TableField("target", .number, "Target for the period"),
        TableField("capaian", .number, "Achievement in percent, capped at the site's achievement cap, rounded to 2 decimals"),
        TableField("band", .string, "Rating band id of the achievement (predikat)"),
    ]

    static func table(_ records: [IndicatorRecord]) -> CSVTableWriter {
        var table = CSVTableWriter(fields: fields)
        for record in records {
            let i = record.indicator
            for score in record.scores {
                table.append([
                    .text(i.id), .text(i.title), .text(i.area), .text(i.unit), .text(i.polarity?.rawValue),
                    .text(score.period.description), .number(score.value), .number(score.target),
                    .number(score.capaian.map(DataNumber.capaian)), .text(score.band?.id),
                ])
            }
        }
        return table
    }
}
