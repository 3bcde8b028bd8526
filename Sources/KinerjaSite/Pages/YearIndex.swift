import KinerjaCore

/// Lookups of one year built once per build, so that no page scans the whole year (a year
/// may hold 12 000 packages and 150 000 realization rows).
struct YearIndex: Sendable {
    let year: YearContent
    let facts: YearFacts
    /// The periods for which each indicator has rows.
    let periodsByIndicator: [String: Set<Period>]
    let packageByCode: [String: Package]
    let packagesByArea: [String: [Package]]
    let packagesByOPD: [String: [Package]]
    let actionProgress: ActionProgressIndex
    /// Where each package's rows are (the rows themselves are not copied: a year of 150 000
    /// rows would be held once more for every grouping).
    private let rowRefsByPackage: [String: [RowRef]]

    private struct RowRef: Sendable {
        let realization: Int32
        let row: Int32
    }

    init(_ year: YearContent, scorer: Scorer) {
        self.year = year
        facts = YearFacts(year, scorer: scorer)
        var periods: [String: Set<Period>] = [:]
        var refs: [String: [RowRef]] = [:]
        for (r, realization) in year.realizations.enumerated() {
            for (i, row) in realization.rows.enumerated() {
                periods[row.indicator, default: []].insert(row.period)
                if let package = row.package {
                    refs[package, default: []].append(RowRef(realization: Int32(r), row: Int32(i)))
                }
            }
        }
        periodsByIndicator = periods
        rowRefsByPackage = refs
        packageByCode = Dictionary(year.packages.map { ($0.kdRup, $0) }, uniquingKeysWith: { first, _ in first })
        packagesByArea = Dictionary(grouping: year.packages) { $0.area ?? "" }
        packagesByOPD = Dictionary(grouping: year.packages, by: \.kdSatker)
        actionProgress = ActionProgressIndex(year)
    }

    /// The realization rows naming `package`, by period then indicator (file order among
    /// equals). Only row positions are sorted: each row is copied once.
    func rows(ofPackage package: String) -> [RealizationRow] {
        let realizations = year.realizations
        let refs = (rowRefsByPackage[package] ?? []).sorted { a, b in
            let x = realizations[Int(a.realization)].rows[Int(a.row)]
            let y = realizations[Int(b.realization)].rows[Int(b.row)]
            if x.period != y.period { return x.period < y.period }
            return x.indicator < y.indicator
        }
        return refs.map { realizations[Int($0.realization)].rows[Int($0.row)] }
    }
}
