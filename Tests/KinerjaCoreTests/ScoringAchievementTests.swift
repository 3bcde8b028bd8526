import Testing
@testable import KinerjaCore

private typealias F = ScoringFixture
private let q1 = F.period("2026-Q1"), q2 = F.period("2026-Q2")

/// Score of a `last` unit indicator with a single Q1 row.
private func score(_ value: Double, target: Double, polarity: Polarity, cap: Double = 120) -> Score {
    let ik = F.indicator(polarity: polarity, aggregation: .last, target: target)
    return F.scorer([ik], rows: [F.row("2026-03", value: value)], cap: cap).score(ik, at: q1)
}

/// capaian, the cap, bands and targets (DESIGN §6).
@Suite struct ScoringAchievementTests {
    @Test func positiveIsValueOverTarget() {
        // 45 / 50 × 100 = 90 → high (76 ≤ 90 < 91).
        let s = score(45, target: 50, polarity: .positive)
        #expect(s.capaian == 90)
        #expect(s.band?.id == "high")
        #expect(s.achieved == false)
    }

    @Test func negativeIsTwoMinusValueOverTarget() {
        // (2 − 35/28) × 100 = (2 − 1.25) × 100 = 75 → medium.
        let s = score(35, target: 28, polarity: .negative)
        #expect(s.capaian == 75)
        #expect(s.band?.id == "medium")
        // (2 − 21/28) × 100 = (2 − 0.75) × 100 = 125 → capped at 120.
        #expect(score(21, target: 28, polarity: .negative).capaian == 120)
        #expect(score(21, target: 28, polarity: .negative).uncappedCapaian == 125)
    }

    @Test func negativeWithTargetZero() {
        // No complaints against a target of none: 100 %; three: 0 %.
        #expect(score(0, target: 0, polarity: .negative).capaian == 100)
        #expect(score(0, target: 0, polarity: .negative).achieved)
        #expect(score(3, target: 0, polarity: .negative).capaian == 0)
        #expect(score(3, target: 0, polarity: .negative).band?.id == "very-low")
    }

    @Test func positiveWithTargetZeroHasNoCapaian() {
        // Rule KJ305's error: value is kept, capaian is not computed.
        let s = score(5, target: 0, polarity: .positive)
        #expect(s.value == 5)
        #expect(s.target == 0)
        #expect(s.capaian == nil)
        #expect(s.uncappedCapaian == nil)
        #expect(s.band == nil)
    }

    @Test func capaianIsCappedAndTheUncappedKept() {
        // 75 / 50 × 100 = 150 → 120 with achievement_cap 120.
        let s = score(75, target: 50, polarity: .positive)
        #expect(s.capaian == 120)
        #expect(s.uncappedCapaian == 150)
        #expect(s.band?.id == "very-high")
        #expect(s.achieved)
        // With achievement_cap 110: 110.
        #expect(score(75, target: 50, polarity: .positive, cap: 110).capaian == 110)
    }

    @Test func capaianIsClampedAtZero() {
        // (2 − 70/28) × 100 = (2 − 2.5) × 100 = −50 → 0.
        let s = score(70, target: 28, polarity: .negative)
        #expect(s.capaian == 0)
        #expect(s.uncappedCapaian == -50)
        #expect(s.band?.id == "very-low")
    }

    @Test func bandsAtTheirBoundaries() {
        let scorer = F.scorer([], rows: [])
        let cases: [(Double, String?)] = [
            (120, "very-high"), (91, "very-high"), (90.99, "high"), (76, "high"), (75.99, "medium"),
            (66, "medium"), (65.99, "low"), (51, "low"), (50.99, "very-low"), (0, "very-low"), (-0.01, nil),
        ]
        for (capaian, band) in cases {
            #expect(scorer.band(for: capaian)?.id == band, "capaian \(capaian)")
        }
    }

    @Test func bandsListedLowestFirstStillRateHighestFirst() {
        let scorer = F.scorer([], rows: [], bands: Band.defaults.reversed())
        #expect(scorer.band(for: 95)?.id == "very-high")
        #expect(scorer.band(for: 70)?.id == "medium")
    }

    @Test func aCapaianBelowEveryBandHasNone() {
        let bands = [Band(id: "good", min: 80, label: ["id": "Baik"]), Band(id: "fair", min: 40, label: ["id": "Cukup"])]
        let scorer = F.scorer([], rows: [], bands: bands)
        #expect(scorer.band(for: 80)?.id == "good")
        #expect(scorer.band(for: 40)?.id == "fair")
        #expect(scorer.band(for: 39.9) == nil)
    }

    @Test func sumTargetsAreProRata() {
        let ik = F.indicator(aggregation: .sum, target: 120)
        let scorer = F.scorer([ik], rows: [])
        // 120 × months elapsed / 12.
        #expect(scorer.target(ik, at: F.period("2026-03")) == 30)
        #expect(scorer.target(ik, at: q2) == 60)
        #expect(scorer.target(ik, at: F.period("2026-S1")) == 60)
        #expect(scorer.target(ik, at: F.period("2026-Q3")) == 90)
        #expect(scorer.target(ik, at: F.period("2026")) == 120)
    }

    @Test func explicitPeriodTargetsWin() {
        let ik = F.indicator(aggregation: .sum, target: 120, targets: ["2026-Q2": 50])
        let scorer = F.scorer([ik], rows: [])
        #expect(scorer.target(ik, at: q2) == 50)
        #expect(scorer.target(ik, at: q1) == 30)   // not given: 120 × 3/12
        let average = F.indicator(polarity: .negative, aggregation: .average, target: 28,
                                  targets: ["2026-Q1": 32, "2026-Q2": 30])
        #expect(scorer.target(average, at: q1) == 32)
        #expect(scorer.target(average, at: q2) == 30)
    }

    @Test func otherAggregationsUseTheYearTargetThroughout() {
        let scorer = F.scorer([], rows: [])
        for aggregation in [Aggregation.average, .last, .ratio] {
            let ik = F.indicator(aggregation: aggregation, target: 28)
            #expect(scorer.target(ik, at: q1) == 28)
            #expect(scorer.target(ik, at: F.period("2026-07")) == 28)
        }
        #expect(scorer.target(F.indicator(aggregation: .sum, target: nil), at: q1) == nil)
    }

    @Test func scoresUseTheExplicitPeriodTarget() {
        let ik = F.indicator(polarity: .negative, aggregation: .average, target: 28, targets: ["2026-Q1": 32])
        let scorer = F.scorer([ik], rows: [F.row("2026-Q1", value: 31.5)])
        // (2 − 31.5/32) × 100 = 101.5625, against 28 it would be (2 − 1.125) × 100 = 87.5.
        #expect(scorer.score(ik, at: q1).target == 32)
        #expect(scorer.score(ik, at: q1).capaian == 101.5625)
    }
}
