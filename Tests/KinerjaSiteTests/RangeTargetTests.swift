import Testing
import KinerjaCore
@testable import KinerjaSite

/// Range targets (docs/scoring.md "Range targets"): 100 % inside, else against the nearer
/// bound by the polarity's formula.
@Suite struct RangeTargetTests {
    static func indicator(_ polarity: Polarity, _ range: TargetRange) -> Indicator {
        var i = Indicator(id: "IK-20", title: "Persentase paket sesuai jadwal", area: "waktu", unit: "%", polarity: polarity,
                          frequency: .quarterly, aggregation: .last, positions: Fixture.here)
        i.targetRange = range
        return i
    }

    static func year(_ indicator: Indicator, _ values: [Double]) -> YearContent {
        YearContent(year: 2026, folder: "content/2026", indicators: [indicator], realizations: [
            Realization(period: Fixture.period("2026-Q4"), rows: values.enumerated().map { n, v in
                Fixture.row("2026-Q\(n + 1)", indicator.id, value: v)
            }, positions: Fixture.here),
        ])
    }

    @Test func positiveRangeOnBothSides() {
        let ind = Self.indicator(.positive, TargetRange(min: 80, max: 90))
        let year = Self.year(ind, [72, 85, 99])
        let scorer = Scorer(site: Fixture.site(), year: year)
        // Below: 72 / 80 = 90 %; inside: 100 %; above: 99 / 90 = 110 %.
        #expect(scorer.series(ind).map { $0.capaian.map(DataNumber.capaian) } == [90, 100, 110])
    }

    @Test func negativeRangeOnBothSides() {
        let ind = Self.indicator(.negative, TargetRange(min: 10, max: 20))
        let scorer = Scorer(site: Fixture.site(), year: Self.year(ind, [25, 15, 5]))
        // Above: (2 − 25/20) × 100 = 75 %; inside 100 %; below: (2 − 5/10) × 100 = 150 → cap 120 %.
        #expect(scorer.series(ind).map(\.capaian) == [75, 100, 120])
    }

    @Test func rangeInTheOpenDataAndOnThePage() throws {
        let ind = Self.indicator(.positive, TargetRange(min: 80, max: 90))
        let content = Fixture.content(Self.year(ind, [72]))
        let json = try #require(Fixture.file(OpenData.files(content: content, generated: "g"), "data/2026/indicators.json"))
        #expect(json.contains(#""baseline":null,"target":{"min":80,"max":90},"periods":[{"period":"2026-Q1","value":72,"target":{"min":80,"max":90},"capaian":90,"#))
        let html = try #require(SiteFixture.page(try SiteFixture.build(content), "2026/indicators/IK-20/index.html"))
        #expect(html.contains(#"<td class="num" role="cell" data-label="Target">80–90 %</td>"#))
    }
}
