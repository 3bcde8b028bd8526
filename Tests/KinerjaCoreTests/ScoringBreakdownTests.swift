import Testing
@testable import KinerjaCore

private typealias F = ScoringFixture
private let q1 = F.period("2026-Q1"), q2 = F.period("2026-Q2")

/// Area capaian and the breakdowns by OPD and package (DESIGN §6).
@Suite struct ScoringBreakdownTests {
    @Test func areaCapaianIsTheMeanOfCappedCapaian() {
        let a = F.indicator("IK-A", area: "waktu", aggregation: .last, target: 50)
        let b = F.indicator("IK-B", area: "waktu", aggregation: .last, target: 50)
        let unreported = F.indicator("IK-C", area: "waktu", aggregation: .last, target: 50)
        let elsewhere = F.indicator("IK-D", area: "biaya", aggregation: .last, target: 50)
        let scorer = F.scorer([a, b, unreported, elsewhere],
                              rows: [F.row("2026-03", "IK-A", value: 75), F.row("2026-03", "IK-B", value: 40),
                                     F.row("2026-03", "IK-D", value: 5)])
        // IK-A 150 → 120 capped, IK-B 80, IK-C has no capaian: (120 + 80) / 2 = 100.
        #expect(scorer.areaCapaian("waktu", at: q1) == 100)
        // IK-D alone: 5 / 50 × 100 = 10.
        #expect(scorer.areaCapaian("biaya", at: q1) == 10)
        #expect(scorer.areaCapaian("kualitas", at: q1) == nil)
        #expect(scorer.areaCapaian("waktu", at: F.period("2026-02")) == nil)
    }

    private let packages = [
        F.package("52011234", opd: "1.02.01"),   // Dinkes
        F.package("52011235", opd: "1.03.01"),   // DPUPR
        F.package("52011236", opd: "1.02.01"),   // Dinkes
        F.package("52011237", opd: "1.03.01"),   // DPUPR, rows only in Q2
    ]

    private var rows: [RealizationRow] {
        [F.row("2026-01", value: 2, package: "52011234"),
         F.row("2026-02", value: 3, package: "52011235"),
         F.row("2026-03", value: 4, package: "52011236"),
         F.row("2026-03", value: 1, package: "52011234"),
         F.row("2026-03", value: 8, package: "99999999"),   // unknown package (KJ702)
         F.row("2026-05", value: 6, package: "52011237")]
    }

    @Test func byOPDCountsThePackagesOfEachOPD() {
        let ik = F.indicator(aggregation: .sum, per: .package, target: 40)
        let scorer = F.scorer([ik], rows: rows, packages: packages)
        let q1Scores = scorer.byOPD(ik, at: q1)
        // Site order (DPUPR before Dinkes); Disdik has no rows and is left out.
        #expect(q1Scores.map(\.opd.short) == ["DPUPR", "Dinkes"])
        // DPUPR: 3 against 40 × 3/12 = 10 → 30 %. Dinkes: 2 + 4 + 1 = 7 → 70 %.
        #expect(q1Scores.map(\.score.value) == [3, 7])
        #expect(q1Scores.map(\.score.capaian) == [30, 70])
        #expect(q1Scores.map(\.score.rowCount) == [1, 3])
        // Q2 adds 52011237 to DPUPR: 3 + 6 = 9.
        #expect(scorer.byOPD(ik, at: q2).map(\.score.value) == [9, 7])
        // The total keeps the row of the unknown package: 2 + 3 + 4 + 1 + 8 = 18.
        #expect(scorer.score(ik, at: q1).value == 18)
    }

    @Test func byPackageScoresEachPackageInContentOrder() {
        let ik = F.indicator(aggregation: .last, per: .package, target: 4)
        let scorer = F.scorer([ik], rows: rows, packages: packages)
        let q1Scores = scorer.byPackage(ik, at: q1)
        #expect(q1Scores.map(\.package.kdRup) == ["52011234", "52011235", "52011236"])
        // 52011234: latest row 2026-03 → 1 (25 %); 52011235: 3 (75 %); 52011236: 4 (100 %).
        #expect(q1Scores.map(\.score.value) == [1, 3, 4])
        #expect(q1Scores.map(\.score.capaian) == [25, 75, 100])
        #expect(scorer.byPackage(ik, at: q2).map(\.package.kdRup)
                == ["52011234", "52011235", "52011236", "52011237"])
    }

    @Test func aPackageOfAnUnknownOPDHasNoOPDRow() {
        let ik = F.indicator(aggregation: .sum, per: .package, target: 40)
        let stray = F.package("52019999", opd: "9.99.99")   // not in site.yaml (KJ602)
        let scorer = F.scorer([ik], rows: [F.row("2026-01", value: 5, package: "52019999"),
                                           F.row("2026-01", value: 2, package: "52011234")],
                              packages: packages + [stray])
        #expect(scorer.byOPD(ik, at: q1).map(\.opd.short) == ["Dinkes"])
        #expect(scorer.byPackage(ik, at: q1).map(\.package.kdRup) == ["52011234", "52019999"])
    }

    @Test func aDuplicateKdRupCountsForTheFirstPackage() {
        let ik = F.indicator(aggregation: .sum, per: .package, target: 40)
        let twin = F.package("52011234", opd: "1.01.01")   // duplicate kd_rup (KJ603)
        let scorer = F.scorer([ik], rows: [F.row("2026-01", value: 5, package: "52011234")],
                              packages: packages + [twin])
        #expect(scorer.byOPD(ik, at: q1).map(\.opd.short) == ["Dinkes"])
        #expect(scorer.byPackage(ik, at: q1).count == 1)
    }

    @Test func unitRowsBelongToNoOPDOrPackage() {
        let ik = F.indicator(aggregation: .sum)
        let scorer = F.scorer([ik], rows: [F.row("2026-01", value: 5)], packages: packages)
        #expect(scorer.byOPD(ik, at: q1).isEmpty)
        #expect(scorer.byPackage(ik, at: q1).isEmpty)
    }

    /// A package's own score in one period (its page) is the score of exactly its rows of
    /// that period: for `last`, the mean of its two March rows (20 and 25), not counting
    /// February's or another package's; for `ratio`, its own numerator over its own
    /// denominator, whatever other packages and the unit report.
    @Test func aPackagesOwnScoreCountsOnlyItsRowsOfThatPeriod() {
        let last = F.indicator("IK-A", area: "waktu", aggregation: .last, target: 50)
        let ratio = F.indicator("IK-B", area: "waktu", aggregation: .ratio, target: 50)
        let rows = [
            F.row("2026-02", "IK-A", value: 10, package: "52011234"),
            F.row("2026-03", "IK-A", value: 20, package: "52011234"),
            F.row("2026-03", "IK-A", value: 30, package: "52011235"),
            F.row("2026-03", "IK-A", value: 25, package: "52011234"),
            F.row("2026-03", "IK-B", package: "52011234", numerator: 3, denominator: 4),
            F.row("2026-03", "IK-B", package: "52011235", numerator: 1, denominator: 4),
            F.row("2026-03", "IK-B", value: 90),
        ]
        let scorer = F.scorer([last, ratio], rows: rows, packages: packages)
        let march = F.period("2026-03")
        #expect(scorer.score(last, at: march, package: "52011234").value == 22.5)
        #expect(scorer.score(last, at: F.period("2026-02"), package: "52011234").value == 10)
        #expect(scorer.score(ratio, at: march, package: "52011234").value == 75)
        #expect(scorer.score(ratio, at: march, package: "52011299").value == nil)
        for indicator in [last, ratio] {
            for row in rows {
                guard let package = row.package else { continue }
                #expect(scorer.score(indicator, at: row.period, package: package)
                    == scorer.score(indicator, at: row.period) { $0.package == package && $0.period == row.period })
            }
        }
    }
}
