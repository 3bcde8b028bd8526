import Foundation
import Testing
import KinerjaCore
@testable import KinerjaSite

@Suite struct ChartTests {
    func scores(_ indicator: Indicator, _ rows: [RealizationRow], periods: [String]) -> [Score] {
        let year = YearContent(year: 2026, folder: "content/2026", indicators: [indicator],
                               realizations: [Realization(period: Fixture.period("2026"), rows: rows, positions: Fixture.here)])
        let scorer = Scorer(site: Fixture.site(), year: year)
        return periods.map { scorer.score(indicator, at: Fixture.period($0)) }
    }

    var designScores: [Score] {
        scores(Fixture.ik07(), [Fixture.row("2026-Q1", "IK-07", value: 31.5), Fixture.row("2026-Q2", "IK-07", value: 27)],
               periods: ["2026-Q1", "2026-Q2"])
    }

    func chart(_ scores: [Score], indicator: Indicator = Fixture.ik07()) -> String {
        Charts.indicatorChart(indicator: indicator, scores: scores, strings: Fixture.english())
    }

    @Test func indicatorChartIsAnAccessibleImageThatStatesItsNumbers() {
        let svg = chart(designScores)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-indicator\" "
            + "viewBox=\"0 0 360 240\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-IK-07-title chart-IK-07-desc\""))
        #expect(svg.contains("<title id=\"chart-IK-07-title\">Chart: Rata-rata waktu pemilihan penyedia</title>"))
        #expect(svg.contains("<desc id=\"chart-IK-07-desc\">Realization / Target (hari). "
            + "Q1 2026: Realization 31.5, Target 32, Achievement 101.6% (Very high). "
            + "Q2 2026: Realization 29.25, Target 30, Achievement 102.5% (Very high). Baseline 2025: 35.</desc>"))
        // Each value is written next to its point; the periods label the axis.
        #expect(svg.contains(">31.5</text>"))
        #expect(svg.contains(">29.25</text>"))
        #expect(svg.contains(">Q1</text>") && svg.contains(">Q2</text>"))
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test func targetsDifferFromValuesWithoutColour() {
        let svg = chart(designScores)
        // Values: a solid line and filled circles; targets: a dashed line and hollow diamonds.
        #expect(svg.components(separatedBy: "<circle ").count - 1 == 3)  // 2 points + legend
        #expect(svg.components(separatedBy: "fill=\"#ffffff\" stroke=\"#b45309\"").count - 1 == 3)  // 2 targets + legend
        #expect(svg.components(separatedBy: "stroke-dasharray=\"6 4\"").count - 1 == 2)  // target line + legend
        #expect(svg.contains(">Realization</text>") && svg.contains(">Target</text>"))
        #expect(svg.contains(">hari</text>"))
    }

    @Test func userTextIsEscaped() {
        let svg = chart(designScores, indicator: Fixture.ik07(title: "<script>alert(\"x\")</script> & co"))
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("<title id=\"chart-IK-07-title\">Chart: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</title>"))
    }

    @Test func sameInputGivesSameBytes() {
        // The same figures from rows written in another order give the same bytes; other
        // figures give other bytes (so the comparison can fail).
        let reordered = scores(Fixture.ik07(), [Fixture.row("2026-Q2", "IK-07", value: 27), Fixture.row("2026-Q1", "IK-07", value: 31.5)],
                               periods: ["2026-Q1", "2026-Q2"])
        let other = scores(Fixture.ik07(), [Fixture.row("2026-Q1", "IK-07", value: 31.5), Fixture.row("2026-Q2", "IK-07", value: 28)],
                           periods: ["2026-Q1", "2026-Q2"])
        #expect(chart(reordered) == chart(designScores))
        #expect(chart(other) != chart(designScores))
        let spark = { (s: [Score]) in Charts.smallMultiple(indicator: Fixture.ik07(), scores: s, strings: Fixture.english()) }
        #expect(spark(reordered) == spark(designScores))
        #expect(spark(other) != spark(designScores))
    }

    @Test func numbersAndPeriodsFollowTheLanguage() {
        let indonesian = NumberFormat(decimalSeparator: ",", groupingSeparator: ".", percentPattern: "{n} %",
                                      currencyPattern: "Rp{n}")
        var strings = Fixture.english(numbers: indonesian)
        strings.language = "id"
        strings.shortPeriodLabels[Fixture.period("2026-Q2")] = "TW II"
        let svg = Charts.indicatorChart(indicator: Fixture.ik07(), scores: designScores, strings: strings)
        #expect(svg.contains(">31,5</text>"))
        #expect(svg.contains(">29,25</text>"))
        #expect(svg.contains("Q1 2026: Realization 31,5, Target 32, Achievement 101,6 % (Sangat tinggi)."))
        #expect(svg.contains(">TW II</text>"))
    }

    @Test func missingValuesBreakTheLineAndAnEmptyChartSaysSo() {
        let withGap = designScores + [Score(period: Fixture.period("2026-Q3"), value: nil, target: 29, capaian: nil,
                                            uncappedCapaian: nil, band: nil, rowCount: 0)]
        let svg = chart(withGap)
        #expect(svg.contains("Q3 2026: No data yet, Target 29."))
        #expect(svg.components(separatedBy: "<circle ").count - 1 == 3)
        #expect(svg.components(separatedBy: "<path ").count - 1 == 4)  // the Q3 target still shows

        func score(_ p: String, _ value: Double?) -> Score {
            Score(period: Fixture.period(p), value: value, target: 30, capaian: nil, uncappedCapaian: nil, band: nil, rowCount: 1)
        }
        let broken = chart([score("2026-Q1", 31), score("2026-Q2", nil), score("2026-Q3", 29), score("2026-Q4", 28)])
        let valueLines = broken.components(separatedBy: "<polyline points=\"").dropFirst()
            .filter { $0.contains("stroke=\"#1d4ed8\"") }
            .map { $0.prefix { $0 != "\"" }.split(separator: " ").count }
        #expect(valueLines == [2])  // Q3–Q4 only: Q1 is not joined across the empty Q2

        let empty = chart([Score(period: Fixture.period("2026-Q1"), value: nil, target: 32, capaian: nil,
                                 uncappedCapaian: nil, band: nil, rowCount: 0)])
        #expect(empty.contains("<text class=\"chart-empty\""))
        #expect(empty.contains(">No data yet</text>"))
        #expect(chart([]).contains("<desc id=\"chart-IK-07-desc\">Realization / Target (hari). No data yet.</desc>"))
    }

    @Test func crowdedPeriodLabelsAreThinnedOut() {
        var monthly = Fixture.ik07()
        monthly.frequency = .monthly
        monthly.targets = [:]
        let months = (1...12).map { $0 < 10 ? "2026-0\($0)" : "2026-\($0)" }
        let svg = chart(scores(monthly, months.map { Fixture.row($0, "IK-07", value: 30) }, periods: months), indicator: monthly)
        // At the 14-unit text of a 360 px phone, "2026-01" needs three monthly slots.
        #expect(svg.contains(">2026-01</text>") && svg.contains(">2026-04</text>"))
        #expect(!svg.contains(">2026-02</text>") && !svg.contains(">2026-03</text>"))
        // Every month is still in the description.
        #expect(svg.contains("2026-02: Realization 30, Target 28"))
    }

    @Test func progressBarShowsCapaianAgainstTheHundredPercentTick() {
        let bar = Charts.progressBar(capaian: 101.56, cap: 120, label: "101.56% · Very high <b>")
        #expect(bar.contains("<span class=\"progress-label\">101.56% · Very high &lt;b&gt;</span>"))
        #expect(bar.contains("aria-hidden=\"true\""))
        #expect(bar.contains("<rect class=\"progress-fill\" x=\"0\" y=\"3\" width=\"84.63\""))
        #expect(bar.contains("<line class=\"progress-target\" x1=\"83.33\" x2=\"83.33\""))

        let over = Charts.progressBar(capaian: 150, cap: 120, label: "x")
        #expect(over.contains("class=\"progress-fill\" x=\"0\" y=\"3\" width=\"100\""))
        let none = Charts.progressBar(capaian: nil, cap: 120, label: "No data yet")
        #expect(!none.contains("progress-fill"))
        let capped = Charts.progressBar(capaian: 50, cap: 100, label: "x")
        #expect(capped.contains("width=\"50\"") && capped.contains("x1=\"100\""))
        #expect(!capped.contains("progress-mark"))
    }

    @Test func theHundredPercentTickIsLabelled() {
        let bar = Charts.progressBar(capaian: 97.6, cap: 120, label: "", mark: "100 %")
        #expect(bar.hasSuffix("</svg><span class=\"progress-scale\" aria-hidden=\"true\">"
            + "<span class=\"progress-mark\" style=\"left:83.33%\">100 %</span></span></div>"))
        // At the scale's end the label ends at the tick.
        let end = Charts.progressBar(capaian: 50, cap: 100, label: "", mark: "100%")
        #expect(end.contains("<span class=\"progress-mark progress-mark-end\" style=\"left:100%\">100%</span>"))
    }

    @Test func sparklineIsTitledAndDescribed() {
        let svg = Charts.smallMultiple(indicator: Fixture.ik07(), scores: designScores, strings: Fixture.english())
        #expect(svg.contains("role=\"img\" aria-labelledby=\"spark-IK-07-title spark-IK-07-desc\""))
        #expect(svg.contains("<title id=\"spark-IK-07-title\">Chart: Rata-rata waktu pemilihan penyedia</title>"))
        #expect(svg.contains("Q2 2026: Realization 29.25, Target 30, Achievement 102.5% (Very high).</desc>"))
        #expect(svg.contains("stroke-dasharray"))
        // The latest point is the larger one.
        #expect(svg.hasSuffix("r=\"3.5\" fill=\"#1d4ed8\"/></svg>"))
    }
}
