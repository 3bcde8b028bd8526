/// The Template Data Kinerja (SOP 11): the rows performance owners fill for one period.
///
/// Columns: the six the realization loader reads (`package,indicator,value,numerator,
/// denominator,note`), then context columns it ignores (names, OPD, unit, target, which
/// cells to fill, period).
///
/// Rows: one per `per: unit` indicator, then one per package × `per: package` indicator of
/// the package's area. An indicator is listed when its frequency is not finer than the
/// period (a realization may be finer than an indicator's frequency, never coarser — KJ704):
/// a monthly template lists every indicator, a quarterly one leaves out monthly indicators,
/// an annual one lists only annual indicators. An indicator with `compute:` is left out: its
/// rows come from `kinerja import spse` (docs/data-entry.md), not from its owner.
public enum DataTemplate {
    /// Columns the realization loader reads.
    public static let dataColumns = RealizationLoader.csvColumns
    /// Read-only columns for the people filling the template; the loader ignores them.
    public static let contextColumns = ["nama_paket", "opd", "judul_indikator", "satuan", "target", "isi_kolom", "periode"]
    public static var header: [String] { dataColumns + contextColumns }

    /// Indicators listed for `period`, in the year's order.
    public static func indicators(of year: YearContent, for period: Period) -> [Indicator] {
        year.indicators.filter { ind in
            guard let f = ind.frequency else { return true }
            return f.periodKind >= period.kind
        }
    }

    /// - Parameter opd: only this OPD's packages, and no `per: unit` rows (those belong to
    ///   the unit, not to an OPD).
    public static func table(year: YearContent, site: Site, period: Period, opd: String? = nil) -> DataTable {
        let listed = indicators(of: year, for: period).filter { $0.compute == nil }
        let scorer = Scorer(site: site, year: year)
        var table = DataTable(header: header)
        if opd == nil {
            for ind in listed where ind.per == .unit {
                table.rows.append(row(package: nil, indicator: ind, site: site, period: period, scorer: scorer))
            }
        }
        let byArea = Dictionary(grouping: listed.filter { $0.per == .package }) { $0.area ?? "" }
        let packages = year.packages
            .filter { opd == nil || $0.kdSatker == opd }
            .sorted { $0.kdSatker != $1.kdSatker ? $0.kdSatker < $1.kdSatker : $0.kdRup.numericAwareLess($1.kdRup) }
        for pkg in packages {
            guard let area = pkg.area else { continue }
            for ind in byArea[area] ?? [] {
                table.rows.append(row(package: pkg, indicator: ind, site: site, period: period, scorer: scorer))
            }
        }
        return table
    }

    /// What to fill for an indicator: numerator and denominator for ratios, else value.
    public static func cellsToFill(_ indicator: Indicator) -> String {
        indicator.aggregation == .ratio ? "numerator & denominator" : "value"
    }

    /// The target shown: DESIGN §6's target at the period of the indicator's frequency that
    /// holds `period` (a quarterly indicator in a March template shows its Q1 target).
    static func target(of indicator: Indicator, at period: Period, scorer: Scorer) -> Double? {
        let own = indicator.frequency.flatMap { period.enclosing($0.periodKind) } ?? period
        return scorer.target(indicator, at: own)
    }

    static func row(package: Package?, indicator: Indicator, site: Site, period: Period,
                    scorer: Scorer) -> [DataTable.Cell] {
        func text(_ s: String?) -> DataTable.Cell { s.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
        // Shown to two decimals at most: it is context, not data.
        let target = target(of: indicator, at: period, scorer: scorer).map { DataTable.Cell.number(($0 * 100).rounded() / 100) } ?? .empty
        return [
            text(package?.kdRup), .text(indicator.id), .empty, .empty, .empty, .empty,
            text(package?.namaPaket), text(package.map { site.opd($0.kdSatker)?.short ?? $0.kdSatker }),
            .text(indicator.title), text(indicator.unit), target, .text(cellsToFill(indicator)), .text(period.description),
        ]
    }
}
