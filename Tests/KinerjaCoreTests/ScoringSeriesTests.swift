import Testing
@testable import KinerjaCore

private typealias F = ScoringFixture

/// Series (indicators.json `periods`), the latest period, and the projection (DESIGN §6–7).
@Suite struct ScoringSeriesTests {
    @Test func seriesRunsFromTheFirstToTheLastPeriodWithRows() {
        let ik = F.indicator(polarity: .negative, frequency: .quarterly, aggregation: .average, target: 30)
        let scorer = F.scorer([ik], rows: [F.row("2026-05", value: 33), F.row("2026-04", value: 27),
                                           F.row("2026-11", value: 24)])
        let series = scorer.series(ik)
        // No Q1 (no rows); Q3 has no rows of its own and repeats Q2.
        #expect(series.map(\.period.description) == ["2026-Q2", "2026-Q3", "2026-Q4"])
        // Q2: (33 + 27) / 2 = 30 → (2 − 1) × 100 = 100; Q4: (60 + 24) / 3 = 28 → (2 − 28/30) × 100 ≈ 106.67.
        #expect(series.map(\.value) == [30, 30, 28])
        #expect(series.map(\.rowCount) == [2, 2, 3])
        #expect(series[0].capaian == 100)
        #expect(series[1].capaian == 100)
        #expect(abs((series[2].capaian ?? 0) - 106.666_666_666_666_67) < 1e-9)
        #expect(scorer.latestPeriod(ik)?.description == "2026-Q4")
        #expect(scorer.reportedPeriods(ik).map(\.description) == ["2026-Q2", "2026-Q4"])
    }

    @Test func monthlySeries() {
        let ik = F.indicator(frequency: .monthly, aggregation: .sum, target: 120)
        let scorer = F.scorer([ik], rows: [F.row("2026-02", value: 20), F.row("2026-04", value: 10)])
        // 02: 20 vs 20 → 100; 03: 20 vs 30 → 66.67; 04: 30 vs 40 → 75.
        let series = scorer.series(ik)
        #expect(series.map(\.period.description) == ["2026-02", "2026-03", "2026-04"])
        #expect(series.map(\.value) == [20, 20, 30])
        #expect(series.map(\.target) == [20, 30, 40])
        #expect(series.map { $0.capaian.map { rounded($0, places: 2) } } == [100, 66.67, 75])
    }

    @Test func anIndicatorWithoutRowsHasNoSeries() {
        let ik = F.indicator(aggregation: .sum)
        let scorer = F.scorer([ik], rows: [F.row("2025-12", value: 4)])
        #expect(scorer.series(ik).isEmpty)
        #expect(scorer.latestPeriod(ik) == nil)
        #expect(scorer.reportedPeriods(ik).isEmpty)
    }

    @Test func anIndicatorWithoutFrequencyHasNoSeries() {
        var ik = F.indicator(aggregation: .sum)
        ik.frequency = nil   // rule KJ203's error
        let scorer = F.scorer([ik], rows: [F.row("2026-02", value: 4)])
        #expect(scorer.series(ik).isEmpty)
        #expect(scorer.latestPeriod(ik) == nil)
        #expect(scorer.score(ik, at: F.period("2026-Q1")).value == 4)
    }

    @Test func latestPeriodIsOfTheIndicatorsFrequency() {
        let ik = F.indicator(frequency: .semester, aggregation: .sum)
        let scorer = F.scorer([ik], rows: [F.row("2026-02", value: 1), F.row("2026-07", value: 1)])
        #expect(scorer.latestPeriod(ik)?.description == "2026-S2")
        #expect(scorer.series(ik).map(\.period.description) == ["2026-S1", "2026-S2"])
        let annual = F.indicator(frequency: .annual, aggregation: .sum)
        #expect(scorer.series(annual).map(\.period.description) == ["2026"])
    }

    @Test func projectionOfAPositiveSum() {
        let ik = F.indicator(aggregation: .sum, target: 120)
        // Q1: 36 × 12 / 3 = 144 ≥ 120 → on track.
        let ahead = F.scorer([ik], rows: [F.row("2026-03", value: 36)]).projection(ik, at: F.period("2026-Q1"))
        #expect(ahead == Projection(yearEndValue: 144, target: 120, onTrack: true, months: 3))
        // Q1: 24 × 12 / 3 = 96 < 120 → off track.
        let behind = F.scorer([ik], rows: [F.row("2026-03", value: 24)]).projection(ik, at: F.period("2026-Q1"))
        #expect(behind == Projection(yearEndValue: 96, target: 120, onTrack: false, months: 3))
    }

    @Test func projectionOfANegativeSum() {
        let ik = F.indicator(polarity: .negative, aggregation: .sum, target: 20)
        let s1 = F.period("2026-S1")
        // S1: 12 × 12 / 6 = 24 > 20 → off track; 8 × 12 / 6 = 16 ≤ 20 → on track.
        #expect(F.scorer([ik], rows: [F.row("2026-06", value: 12)]).projection(ik, at: s1)
                == Projection(yearEndValue: 24, target: 20, onTrack: false, months: 6))
        #expect(F.scorer([ik], rows: [F.row("2026-06", value: 8)]).projection(ik, at: s1)
                == Projection(yearEndValue: 16, target: 20, onTrack: true, months: 6))
    }

    @Test func projectionExactlyOnTargetIsOnTrack() {
        let positive = F.indicator(aggregation: .sum, target: 120)
        let negative = F.indicator(polarity: .negative, aggregation: .sum, target: 20)
        // 30 × 12 / 3 = 120 = target; 10 × 12 / 6 = 20 = target.
        #expect(F.scorer([positive], rows: [F.row("2026-03", value: 30)])
                .projection(positive, at: F.period("2026-Q1"))?.onTrack == true)
        #expect(F.scorer([negative], rows: [F.row("2026-06", value: 10)])
                .projection(negative, at: F.period("2026-S1"))?.onTrack == true)
    }

    @Test func projectionDividesByTheMonthsWithData() {
        // Rows through October only, scored at Q4: 18 × 12 / 10 = 21,6 < 28 → off track.
        let ik = F.indicator(aggregation: .sum, target: 28)
        let scorer = F.scorer([ik], rows: [F.row("2026-03", value: 8), F.row("2026-10", value: 10)])
        let p = scorer.projection(ik, at: F.period("2026-Q4"))
        #expect(p == Projection(yearEndValue: 18.0 * 12 / 10, target: 28, onTrack: false, months: 10))
        #expect(scorer.dataThrough(ik) == 10)
        #expect(F.scorer([ik], rows: []).dataThrough(ik) == nil)
    }

    @Test func projectionOnlyForSumsWithValues() {
        let average = F.indicator(aggregation: .average, target: 50)
        let sum = F.indicator("IK-02", aggregation: .sum, target: 50)
        let scorer = F.scorer([average, sum], rows: [F.row("2026-01", value: 60)])
        #expect(scorer.projection(average, at: F.period("2026-Q1")) == nil)
        #expect(scorer.projection(sum, at: F.period("2026-Q1")) == nil)   // no rows of IK-02
    }
}
