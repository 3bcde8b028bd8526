import KinerjaCore

/// `data/<year>/budget.csv`: every budget line of the year's realizations (docs/open-data.md)
/// with its absorption and, for an area, the efficiency (docs/scoring.md "Budget").
enum BudgetTable {
    static let fields: [TableField] = [
        TableField("period", .string, "Realization period of the line; figures are year to date as of its end"),
        TableField("area", .string, "Strategic area id, for an area's line"),
        TableField("action", .string, "Action id (rencana aksi), for an action's line"),
        TableField("pagu", .integer, "Budget ceiling in rupiah"),
        TableField("realisasi", .integer, "Budget spent in rupiah, year to date"),
        TableField("absorption", .number, "realisasi / pagu × 100, rounded to 2 decimals"),
        TableField("efficiency", .number, "Area lines: the area's capaian at the period / absorption, rounded to 2 decimals"),
    ]

    static func table(_ year: YearContent, scorer: Scorer) -> CSVTableWriter {
        var table = CSVTableWriter(fields: fields)
        for r in year.realizations.sorted(by: { $0.period < $1.period }) {
            for line in r.budget {
                let f = BudgetLedger.Figures(pagu: line.pagu, realisasi: line.realisasi)
                let efficiency = line.area.flatMap { f.efficiency(capaian: scorer.areaCapaian($0, at: r.period)) }
                table.append([
                    .text(r.period.description), .text(line.area), .text(line.action),
                    .number(line.pagu.map(Double.init)), .number(line.realisasi.map(Double.init)),
                    .number(f.absorption.map(DataNumber.capaian)), .number(efficiency.map(DataNumber.capaian)),
                ])
            }
        }
        return table
    }
}
