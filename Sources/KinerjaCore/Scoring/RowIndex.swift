/// The realization rows and packages of one plan year, indexed once so that scoring is linear
/// in the rows of the indicator at hand.
struct RowIndex: Sendable {
    let year: Int
    /// The year's packages, in content order.
    let packages: [Package]
    private let realizations: [Realization]
    /// Rows of the plan year per indicator id, ordered by period (end month, finer first),
    /// file order among rows of the same period. Rows of other years are left out.
    private let rowsByIndicator: [String: [ScoringRow]]

    init(_ content: YearContent) {
        year = content.year
        packages = content.packages
        realizations = content.realizations
        var positions: [String: Int] = [:]
        for (position, package) in content.packages.enumerated() where positions[package.kdRup] == nil {
            positions[package.kdRup] = position   // the first wins on a duplicate (rule KJ603)
        }
        var grouped: [String: [ScoringRow]] = [:]
        for (r, realization) in content.realizations.enumerated() {
            for (i, row) in realization.rows.enumerated() where row.period.year == content.year {
                grouped[row.indicator, default: []].append(
                    ScoringRow(period: row.period, value: row.value, numerator: row.numerator,
                               denominator: row.denominator, package: row.package.flatMap { positions[$0] },
                               realization: r, row: i))
            }
        }
        // Rows usually arrive in order already (realization files by period): sorted only
        // when they are not (sorting 150 000 rows moved every one of them).
        func inOrder(_ a: ScoringRow, _ b: ScoringRow) -> Bool {
            (a.period, a.realization, a.row) < (b.period, b.realization, b.row)
        }
        rowsByIndicator = grouped.mapValues { rows in
            zip(rows, rows.dropFirst()).allSatisfy { !inOrder($1, $0) } ? rows : rows.sorted(by: inOrder)
        }
        // The same rows by the `package` written in them, then by indicator, in the same order.
        var byPackage: [String: [String: [ScoringRow]]] = [:]
        for (indicator, rows) in rowsByIndicator {
            for row in rows {
                guard let package = content.realizations[row.realization].rows[row.row].package else { continue }
                byPackage[package, default: [:]][indicator, default: []].append(row)
            }
        }
        rowsByPackage = byPackage
    }

    /// Rows of the plan year per `package` as written in them, then per indicator id, in
    /// the order of `rows(_:)`.
    private let rowsByPackage: [String: [String: [ScoringRow]]]

    /// The plan-year rows of `indicator` that name `package` and lie in `period`, in the
    /// order of `rows(_:)`: what `rows(_:through:)` filtered to them gives, without a scan
    /// of the indicator's other rows.
    func rows(_ indicator: String, package: String, in period: Period) -> [ScoringRow] {
        (rowsByPackage[package]?[indicator] ?? []).filter { $0.period == period }
    }

    /// All plan-year rows of the indicator, ordered by period.
    func rows(_ indicator: String) -> [ScoringRow] {
        rowsByIndicator[indicator] ?? []
    }

    /// rows(P) of DESIGN §6: the plan-year rows of the indicator whose period ends on or
    /// before the end of `period`.
    func rows(_ indicator: String, through period: Period) -> ArraySlice<ScoringRow> {
        let all = rows(indicator)
        let months = period.monthsElapsed(in: year)
        // Rows are ordered by end month: find the first one ending after `months`.
        var low = all.startIndex, high = all.endIndex
        while low < high {
            let mid = (low + high) / 2
            if all[mid].period.endMonth <= months { low = mid + 1 } else { high = mid }
        }
        return all[..<low]
    }

    /// The realization row `row` was made from.
    func source(of row: ScoringRow) -> RealizationRow {
        realizations[row.realization].rows[row.row]
    }
}
