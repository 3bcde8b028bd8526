import Testing
@testable import KinerjaCore

/// The benchmark corpus's shape in memory (DESIGN §9): 12 000 packages, 150 000 rows.
/// The rules must stay linear; these tests assert the exact result at that size.
enum ScaleCorpus {
    static let year = 2026

    static func location(_ file: String, _ line: Int) -> Positions {
        Positions(origin: SourceLocation(file: file, line: line, column: 1))
    }

    static func content(packages: Int = 12_000, rowsPerMonth: Int = 12_500, unknownPackageEvery: Int = 0) -> Content {
        let site = Site(title: "Skala", opds: [OPD(code: "1.01.01", name: "Dinas", short: "D")],
                        positions: location("site.yaml", 1))
        var plan = Plan(year: year, status: .approved, approval: Signoff(by: "Kepala UKPBJ", on: SimpleDate(year: year, month: 1, day: 10)),
                        circular: Circular(number: "1", on: SimpleDate(year: year, month: 1, day: 12)),
                        socialization: Socialization(invitedOn: SimpleDate(year: year, month: 1, day: 13),
                                                     heldOn: SimpleDate(year: year, month: 1, day: 14)),
                        positions: location("plan.md", 2))
        plan.objectives = [Objective(id: "T1", title: "T", positions: location("plan.md", 5))]
        let areas = ["a1", "a2"].map { Area(id: $0, title: $0, objective: "T1", positions: location("areas/\($0).md", 2)) }
        let indicators = (1...14).map { i in
            Indicator(id: "IK-\(i)", title: "I", area: i % 2 == 0 ? "a2" : "a1", unit: "hari", polarity: .negative,
                      frequency: .monthly, aggregation: .average, per: .package, formula: "f", dataSource: "d",
                      owner: Owner(role: "PJ"), baseline: Baseline(value: 40, year: year - 1), target: 30,
                      actions: [Action(id: "RA-\(i)", title: "A", owner: "PJ", due: SimpleDate(year: year, month: 6, day: 30),
                                       positions: location("indicators/IK-\(i).md", 20))],
                      positions: location("indicators/IK-\(i).md", 2))
        }
        let pkgs = (0..<packages).map { n in
            Package(kdRup: String(50_000_000 + n), namaPaket: "P", kdSatker: "1.01.01", pagu: 1_000_000_000,
                    metodePengadaan: "Tender", area: n % 2 == 0 ? "a1" : "a2", positions: location("packages.csv", n + 2))
        }
        var realizations: [Realization] = []
        for month in 1...12 {
            guard let period = Period(year: year, kind: .month, index: month) else { continue }
            let file = "realizations/\(period).csv"
            var rows: [RealizationRow] = []
            rows.reserveCapacity(rowsPerMonth)
            for r in 0..<rowsPerMonth {
                let p = r % packages
                // Package p belongs to area a1 when even; odd indicators belong to a1.
                let indicator = p % 2 == 0 ? 1 + 2 * ((r / packages) % 7) : 2 + 2 * ((r / packages) % 7)
                let unknown = unknownPackageEvery > 0 && r % unknownPackageEvery == 0
                rows.append(RealizationRow(period: period, indicator: "IK-\(indicator)",
                                           package: String((unknown ? 60_000_000 : 50_000_000) + p), value: 25,
                                           positions: location(file, r + 2)))
            }
            realizations.append(Realization(period: period, rows: rows, positions: location("realizations/\(period).md", 2)))
        }
        let y = YearContent(year: year, folder: "\(year)", plan: plan, areas: areas, indicators: indicators,
                            packages: pkgs, realizations: realizations)
        return Content(root: "content", site: site, years: [y])
    }
}

@Suite struct ValidationScaleTests {
    @Test func benchmarkSizedYearIsClean() {
        let content = ScaleCorpus.content()
        #expect(content.years[0].rows.count == 150_000)
        let ds = Validator.validate(content, today: SimpleDate(year: 2027, month: 1, day: 1))
        #expect(ds.map { "\($0.location) \($0.code) \($0.message)" } == [])
    }

    @Test func everyUnknownPackageIsReported() {
        let content = ScaleCorpus.content(unknownPackageEvery: 10)
        let ds = Validator.validate(content, today: SimpleDate(year: 2027, month: 1, day: 1))
        // Every one is found; 50 per file are kept, the rest counted (docs/validation.md "How many are shown").
        #expect(DiagnosticCap.total(ds) == 15_000)
        #expect(ds.count == 12 * 51)
        #expect(ds.allSatisfy { $0.rule == .KJ702 })
        let first = ds.sorted().first { $0.more == 0 }
        #expect(first?.location == SourceLocation(file: "realizations/2026-01.csv", line: 2, column: 1))
        #expect(first?.message == "realization 2026-01 references unknown package 60000000")
        #expect(first?.hint == "did you mean `50000000`?")
        #expect(ds.filter { $0.more > 0 }.map(\.message).first == "… 1 200 more KJ702 in this file")
    }
}
