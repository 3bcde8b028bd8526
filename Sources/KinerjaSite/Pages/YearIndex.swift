import KinerjaCore

/// Lookups of one year built once per build, so that no page scans the whole year (a year
/// may hold 12 000 packages and 150 000 realization rows).
struct YearIndex: Sendable {
    let year: YearContent
    let facts: YearFacts
    /// All realization rows of the year, flattened once.
    let rows: [RealizationRow]
    let rowsByIndicator: [String: [RealizationRow]]
    let rowsByPackage: [String: [RealizationRow]]
    let packageByCode: [String: Package]
    let packagesByArea: [String: [Package]]
    let packagesByOPD: [String: [Package]]
    let actionProgress: ActionProgressIndex

    init(_ year: YearContent, scorer: Scorer) {
        self.year = year
        facts = YearFacts(year, scorer: scorer)
        rows = year.rows
        rowsByIndicator = Dictionary(grouping: rows, by: \.indicator)
        rowsByPackage = Dictionary(grouping: rows.filter { $0.package != nil }) { $0.package ?? "" }
        packageByCode = Dictionary(year.packages.map { ($0.kdRup, $0) }, uniquingKeysWith: { first, _ in first })
        packagesByArea = Dictionary(grouping: year.packages) { $0.area ?? "" }
        packagesByOPD = Dictionary(grouping: year.packages, by: \.kdSatker)
        actionProgress = ActionProgressIndex(year)
    }
}
