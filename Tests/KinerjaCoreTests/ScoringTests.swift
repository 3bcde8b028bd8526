import Testing
@testable import KinerjaCore

private typealias F = ScoringFixture
private let q1 = F.period("2026-Q1"), q2 = F.period("2026-Q2")

/// value(P) per aggregation and the rows that count year to date (DESIGN §6).
@Suite struct ScoringTests {
    @Test func sumAddsTheRowsYearToDate() {
        let ik = F.indicator(aggregation: .sum, target: 48)
        let scorer = F.scorer([ik], rows: [F.row("2026-01", value: 3), F.row("2026-02", value: 4),
                                           F.row("2026-03", value: 5), F.row("2026-04", value: 6)])
        // Q1: 3 + 4 + 5 = 12 against 48 × 3/12 = 12 → 100 %.
        let score = scorer.score(ik, at: q1)
        #expect(score.value == 12)
        #expect(score.target == 12)
        #expect(score.capaian == 100)
        #expect(score.rowCount == 3)
        #expect(score.achieved)
        // Q2: 12 + 6 = 18 against 48 × 6/12 = 24 → 75 %.
        #expect(scorer.score(ik, at: q2).value == 18)
        #expect(scorer.score(ik, at: q2).capaian == 75)
        #expect(scorer.score(ik, at: q2).achieved == false)
    }

    @Test func averageIsTheMeanOfTheRowValues() {
        let ik = F.indicator(polarity: .negative, aggregation: .average, target: 32)
        let scorer = F.scorer([ik], rows: [F.row("2026-Q1", value: 30, package: "A"),
                                           F.row("2026-Q1", value: 33, package: "B")])
        // (30 + 33) / 2 = 31.5; negative: (2 − 31.5/32) × 100 = 101.5625.
        let score = scorer.score(ik, at: q1)
        #expect(score.value == 31.5)
        #expect(score.target == 32)
        #expect(score.capaian == 101.5625)
        #expect(score.band?.id == "very-high")
    }

    @Test func lastTakesTheLatestPeriodAveragingSeveralRows() {
        let ik = F.indicator(aggregation: .last, target: 100)
        let scorer = F.scorer([ik], rows: [F.row("2026-01", value: 70),
                                           F.row("2026-02", value: 80, package: "A"),
                                           F.row("2026-02", value: 90, package: "B")])
        // Q1: rows of 2026-02 only, (80 + 90) / 2 = 85 → 85 % (high).
        let score = scorer.score(ik, at: q1)
        #expect(score.value == 85)
        #expect(score.capaian == 85)
        #expect(score.band?.id == "high")
        #expect(score.rowCount == 3)
        // At 2026-01 only January counts: 70.
        #expect(scorer.score(ik, at: F.period("2026-01")).value == 70)
    }

    @Test func lastDoesNotDependOnFileOrder() {
        let ik = F.indicator(aggregation: .last, target: 100)
        // The March file is listed before the January one.
        let scorer = F.scorer([ik], rows: [F.row("2026-03", value: 60), F.row("2026-01", value: 95)])
        #expect(scorer.score(ik, at: q1).value == 60)
    }

    @Test func ratioDividesTheSumsAndScales() {
        let ik = F.indicator(aggregation: .ratio, per: .package, target: 20)
        let rows = [F.row("2026-01", package: "A", numerator: 180, denominator: 1500),
                    F.row("2026-02", package: "B", numerator: 120, denominator: 500),
                    F.row("2026-03", value: 99, package: "C")]   // lacks numerator/denominator: skipped
        // (180 + 120) / (1500 + 500) × 100 = 15; 15 / 20 × 100 = 75 %.
        let score = F.scorer([ik], rows: rows).score(ik, at: q1)
        #expect(score.value == 15)
        #expect(score.capaian == 75)
        #expect(score.rowCount == 3)
        // scale 1000: 300 / 2000 × 1000 = 150 (per mille).
        let perMille = F.indicator(aggregation: .ratio, scale: 1000, target: 150)
        #expect(F.scorer([perMille], rows: rows).score(perMille, at: q1).value == 150)
    }

    @Test func ratioWithoutPositiveDenominatorHasNoValue() {
        let ik = F.indicator(aggregation: .ratio, target: 20)
        let scorer = F.scorer([ik], rows: [F.row("2026-01", numerator: 5, denominator: 0),
                                           F.row("2026-02", value: 10)])
        let score = scorer.score(ik, at: q1)
        #expect(score.value == nil)
        #expect(score.capaian == nil)
        #expect(score.band == nil)
        #expect(score.rowCount == 2)
    }

    @Test func noRowsMeansNoValue() {
        let ik = F.indicator(aggregation: .sum, target: 120)
        let score = F.scorer([ik], rows: [F.row("2026-04", value: 9)]).score(ik, at: q1)
        #expect(score.value == nil)
        #expect(score.target == 30)
        #expect(score.capaian == nil)
        #expect(score.uncappedCapaian == nil)
        #expect(score.band == nil)
        #expect(score.rowCount == 0)
        #expect(score.achieved == false)
    }

    @Test func monthlyRowsCountForAQuarterlyIndicator() {
        let ik = F.indicator(frequency: .quarterly, aggregation: .average, target: 50)
        let scorer = F.scorer([ik], rows: [F.row("2026-01", value: 40), F.row("2026-02", value: 50),
                                           F.row("2026-03", value: 60), F.row("2026-05", value: 90)])
        // Q1: (40 + 50 + 60) / 3 = 50 → 100 %; Q2 adds May: (150 + 90) / 4 = 60 → 120 %.
        #expect(scorer.score(ik, at: q1).value == 50)
        #expect(scorer.score(ik, at: q1).rowCount == 3)
        #expect(scorer.score(ik, at: q2).value == 60)
        #expect(scorer.score(ik, at: q2).capaian == 120)
        // A month inside the quarter scores year to date at that month: (40 + 50) / 2 = 45.
        #expect(scorer.score(ik, at: F.period("2026-02")).value == 45)
    }

    @Test func rowsOfAnotherYearAreIgnored() {
        let ik = F.indicator(aggregation: .sum, target: 120)
        let scorer = F.scorer([ik], rows: [F.row("2025-12", value: 500), F.row("2026-02", value: 7),
                                           F.row("2027-01", value: 900), F.row("2025", value: 1000)])
        let year = scorer.score(ik, at: F.period("2026"))
        #expect(year.value == 7)
        #expect(year.rowCount == 1)
        #expect(scorer.rows(ik).map(\.period.description) == ["2026-02"])
    }

    @Test func rowsOfOtherIndicatorsAreIgnored() {
        let ik = F.indicator("IK-01", aggregation: .sum)
        let other = F.indicator("IK-02", aggregation: .sum)
        let scorer = F.scorer([ik, other], rows: [F.row("2026-01", "IK-01", value: 2),
                                                  F.row("2026-01", "IK-02", value: 40)])
        #expect(scorer.score(ik, at: q1).value == 2)
        #expect(scorer.score(other, at: q1).value == 40)
    }

    @Test func aFilterRestrictsTheRows() {
        let ik = F.indicator(aggregation: .sum, target: 40)
        let scorer = F.scorer([ik], rows: [F.row("2026-01", value: 3, package: "A"),
                                           F.row("2026-02", value: 5, package: "B"),
                                           F.row("2026-03", value: 7, package: "A")])
        // Package A: 3 + 7 = 10 against 40 × 3/12 = 10 → 100 %.
        let score = scorer.score(ik, at: q1) { $0.package == "A" }
        #expect(score.value == 10)
        #expect(score.rowCount == 2)
        #expect(score.capaian == 100)
    }

    @Test func missingAggregationOrPolarityGivesNoCapaian() {
        var noAggregation = F.indicator(target: 10)
        noAggregation.aggregation = nil
        var noPolarity = F.indicator(aggregation: .sum, target: 10)
        noPolarity.polarity = nil
        let scorer = F.scorer([noAggregation, noPolarity], rows: [F.row("2026-01", value: 5)])
        #expect(scorer.score(noAggregation, at: q1).value == nil)
        #expect(scorer.score(noAggregation, at: q1).rowCount == 1)
        #expect(scorer.score(noPolarity, at: q1).value == 5)
        #expect(scorer.score(noPolarity, at: q1).capaian == nil)
    }
}
