/// The realization rows and packages of one plan year, indexed once so that scoring is linear
/// in the rows of the indicator at hand.
struct RowIndex: Sendable {
    let year: Int
    /// Rows of the plan year per indicator id, ordered by period (end month, finer first),
    /// file order among rows of the same period. Rows of other years are left out.
    private let rowsByIndicator: [String: [RealizationRow]]
    /// Packages by `kd_rup` (the first one wins on a duplicate, rule KJ603).
    let packages: [String: Package]
    /// Position of each `kd_rup` in the year's package list.
    let packageOrder: [String: Int]

    init(_ content: YearContent) {
        year = content.year
        var grouped: [String: [(offset: Int, row: RealizationRow)]] = [:]
        var offset = 0
        for realization in content.realizations {
            for row in realization.rows where row.period.year == content.year {
                grouped[row.indicator, default: []].append((offset, row))
                offset += 1
            }
        }
        rowsByIndicator = grouped.mapValues { rows in
            rows.sorted { ($0.row.period, $0.offset) < ($1.row.period, $1.offset) }.map(\.row)
        }
        var packages: [String: Package] = [:]
        var order: [String: Int] = [:]
        for (position, package) in content.packages.enumerated() where packages[package.kdRup] == nil {
            packages[package.kdRup] = package
            order[package.kdRup] = position
        }
        self.packages = packages
        packageOrder = order
    }

    /// All plan-year rows of the indicator, ordered by period.
    func rows(_ indicator: String) -> [RealizationRow] {
        rowsByIndicator[indicator] ?? []
    }

    /// rows(P) of DESIGN §6: the plan-year rows of the indicator whose period ends on or
    /// before the end of `period`.
    func rows(_ indicator: String, through period: Period) -> ArraySlice<RealizationRow> {
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
}
