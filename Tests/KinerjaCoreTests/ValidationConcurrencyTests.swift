import Testing
@testable import KinerjaCore

/// Realization rows are checked per period on all cores; what a user reads must not depend
/// on that: duplicates across files of one period, the order in which unknown packages get
/// a suggestion, and rows whose period is not their file's.
@Suite struct ValidationConcurrencyTests {
    private static let after = SimpleDate(year: 2027, month: 1, day: 1)

    private func row(_ period: Period, _ package: Int, file: String, line: Int) -> RealizationRow {
        RealizationRow(period: period, indicator: "IK-1", package: String(package), value: 25,
                       positions: ScaleCorpus.location(file, line))
    }

    /// Twelve months, each naming three packages that do not exist (510000mk, one digit off
    /// an existing one) after one that does.
    private func content(extraMarch: Bool = false, foreignRow: Bool = false) -> Content {
        var content = ScaleCorpus.content(packages: 200, rowsPerMonth: 0)
        var realizations: [Realization] = []
        for month in 1...12 {
            guard let period = Period(year: 2026, kind: .month, index: month) else { continue }
            let file = "realizations/\(period).md"
            var rows = [row(period, 50_000_000, file: file, line: 3)]
            for k in 1...3 { rows.append(row(period, 51_000_000 + 10 * month + k, file: file, line: 3 + k)) }
            if foreignRow, month == 5, let march = Period(year: 2026, kind: .month, index: 3) {
                rows.append(row(march, 50_000_000, file: file, line: 9))
            }
            realizations.append(Realization(period: period, rows: rows, positions: ScaleCorpus.location(file, 2)))
        }
        if extraMarch, let march = Period(year: 2026, kind: .month, index: 3) {
            let file = "realizations/2026-03-lagi.md"
            realizations.insert(Realization(period: march, rows: [row(march, 50_000_000, file: file, line: 5)],
                                            positions: ScaleCorpus.location(file, 2)), at: 3)
        }
        content.years[0].realizations = realizations
        return content
    }

    @Test func unknownPackagesGetSuggestionsInFileOrder() {
        let ds = Validator.validate(content(), today: Self.after)
        #expect(ds.count == 36)
        #expect(ds.allSatisfy { $0.rule == .KJ702 })
        // Suggestions are looked for among the first five distinct codes met, in row order:
        // January's three and February's first two.
        let suggested = ds.filter { $0.hint?.hasPrefix("did you mean") == true }.map(\.message)
        #expect(suggested == [51_000_011, 51_000_012, 51_000_013, 51_000_021, 51_000_022].map {
            "realization 2026-\($0 < 51_000_020 ? "01" : "02") references unknown package \($0)"
        })
        #expect(ds.first { $0.message.hasSuffix("51000023") }?.hint == "add the package to packages.csv or packages/51000023.md")
    }

    @Test func duplicateAcrossTwoFilesOfOnePeriodPointsAtTheFirst() {
        let ds = Validator.validate(content(extraMarch: true), today: Self.after).filter { $0.rule == .KJ705 }
        #expect(ds.map(\.location) == [SourceLocation(file: "realizations/2026-03-lagi.md", line: 5, column: 1)])
        #expect(ds.first?.message
            == "duplicate row for package 50000000 and indicator IK-1 in 2026-03: the first is at realizations/2026-03.md:3:1")
    }

    @Test func rowOfAnotherPeriodIsComparedWithThatPeriod() {
        let ds = Validator.validate(content(foreignRow: true), today: Self.after).filter { $0.rule == .KJ705 }
        #expect(ds.map(\.location) == [SourceLocation(file: "realizations/2026-05.md", line: 9, column: 1)])
    }
}
