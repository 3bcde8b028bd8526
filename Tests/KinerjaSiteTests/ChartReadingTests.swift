import Foundation
import Testing
import KinerjaCore
@testable import KinerjaSite

/// How charts read on a phone and what they say (docs/charts.md): text size at 360 px, whole
/// ticks for counts, the baseline, and an empty chart.
@Suite struct ChartReadingTests {
    func scores(_ indicator: Indicator, _ rows: [RealizationRow], periods: [String]) -> [Score] {
        let year = YearContent(year: 2026, folder: "content/2026", indicators: [indicator],
                               realizations: [Realization(period: Fixture.period("2026"), rows: rows, positions: Fixture.here)])
        let scorer = Scorer(site: Fixture.site(), year: year)
        return periods.map { scorer.score(indicator, at: Fixture.period($0)) }
    }

    func chart(_ scores: [Score], indicator: Indicator = Fixture.ik07()) -> String {
        Charts.indicatorChart(indicator: indicator, scores: scores, strings: Fixture.english())
    }

    /// Every number after `name="` in `svg`.
    func attributes(_ name: String, in svg: String) -> [Double] {
        svg.components(separatedBy: " \(name)=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
    }

    var monthly: Indicator {
        var monthly = Fixture.ik07()
        monthly.frequency = .monthly
        monthly.targets = [:]
        return monthly
    }

    var months: [String] { (1...12).map { $0 < 10 ? "2026-0\($0)" : "2026-\($0)" } }

    @Test func chartTextIsAtLeastTwelvePixelsOnA360PxPhone() throws {
        let quarterly = chart(scores(Fixture.ik07(), [Fixture.row("2026-Q1", "IK-07", value: 31.5)], periods: ["2026-Q1"]))
        let crowded = chart(scores(monthly, months.map { Fixture.row($0, "IK-07", value: 30.25) }, periods: months),
                            indicator: monthly)
        for svg in [quarterly, crowded] {
            // viewBox="0 0 W H": the chart is drawn W units wide into the 328 px content width of
            // a 360 px screen (360 less the 1rem padding either side of `.wrap`).
            let viewBox = try #require(svg.components(separatedBy: "viewBox=\"").dropFirst().first?.prefix { $0 != "\"" })
            let width = try #require(Double(viewBox.split(separator: " ")[2]))
            let sizes = attributes("font-size", in: svg)
            #expect(!sizes.isEmpty)
            let smallest = try #require(sizes.min())
            #expect(smallest * 328 / width >= 12, "smallest text \(smallest) in a \(width)-wide viewBox")
        }
        // One size for all text: no label carries a smaller size of its own.
        #expect(attributes("font-size", in: crowded) == [IndicatorChart.fontSize])
    }

    @Test func countIndicatorsGetWholeNumberTicks() {
        #expect(AxisScale(covering: [0, 9]).ticks == [0, 2.5, 5, 7.5, 10])
        #expect(AxisScale(covering: [0, 9], integer: true).ticks == [0, 2, 4, 6, 8, 10])
        #expect(AxisScale(covering: [0, 2], integer: true).ticks == [0, 1, 2])
        #expect(AxisScale(covering: [0, 90], integer: true).ticks == [0, 25, 50, 75, 100])

        var count = Fixture.ik07()
        count.aggregation = .sum
        count.unit = "paket"
        count.baseline = nil
        count.targets = [Fixture.period("2026-Q1"): 4, Fixture.period("2026-Q2"): 9]
        let svg = chart(scores(count, [Fixture.row("2026-Q1", "IK-07", value: 3), Fixture.row("2026-Q2", "IK-07", value: 4)],
                               periods: ["2026-Q1", "2026-Q2"]), indicator: count)
        let grid = svg.components(separatedBy: "<g class=\"chart-grid\">")[1].components(separatedBy: "</g>")[0]
        let ticks = grid.components(separatedBy: "text-anchor=\"end\" fill=\"#4b5563\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(ticks == ["0", "2", "4", "6", "8", "10"])
    }

    @Test func baselineIsADottedLineNamedInTheLegend() {
        let svg = chart(scores(Fixture.ik07(), [Fixture.row("2026-Q1", "IK-07", value: 31.5)], periods: ["2026-Q1", "2026-Q2"]))
        // Baseline 35 (2025) on the 0–40 axis: 210 − 35 / 40 × (210 − 68) = 85.75.
        #expect(svg.contains("<g class=\"chart-baseline\"><line x1=\"32\" x2=\"348\" y1=\"85.75\" y2=\"85.75\" "
            + "stroke=\"#6d28d9\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/></g>"))
        #expect(svg.contains(">Baseline 2025</text>"))
        #expect(svg.contains("Baseline 2025: 35.</desc>"))

        var without = Fixture.ik07()
        without.baseline = nil
        let plain = chart(scores(without, [Fixture.row("2026-Q1", "IK-07", value: 31.5)], periods: ["2026-Q1"]), indicator: without)
        #expect(!plain.contains("chart-baseline"))
        #expect(!plain.contains(">Baseline"))
    }

    @Test func emptyChartSaysNoDataInsteadOfDrawingAnAxis() {
        let empty = chart(scores(Fixture.ik07(), [], periods: ["2026-Q1", "2026-Q2"]))
        #expect(empty.contains("class=\"chart chart-indicator chart-no-data\" viewBox=\"0 0 360 48\""))
        #expect(empty.contains("<text class=\"chart-empty\" x=\"180\" y=\"29\" text-anchor=\"middle\" fill=\"#4b5563\">No data yet</text></svg>"))
        for drawn in ["chart-legend", "chart-grid", "chart-target", "chart-baseline", ">Target</text>", "<line", "<path"] {
            #expect(!empty.contains(drawn), "\(drawn)")
        }
        // The description still states the targets of the periods to come.
        #expect(empty.contains("Q1 2026: No data yet, Target 32."))
    }

    /// The sample's package page of 59649297 printed its IK-11 row as "4.388.615.000 /
    /// 4.785.703.000"; a package's ratio row now reads like the indicator page.
    @Test func packageRatioRowReadsLikeTheIndicatorPage() throws {
        var content = SiteFixture.content()
        let p = try #require(content.years[0].packages.firstIndex { $0.kdRup == "52011236" })
        content.years[0].packages[p].body = "Konsultan pengawas jalan poros."
        let html = try #require(SiteFixture.page(try SiteFixture.build(content), "2026/packages/52011236/index.html"))
        // 30 000 000 / 250 000 000 × 100 = 12 % against 10 %: capaian 120 % (the cap); the formula
        // speaks of pagu, so the parts are rupiah.
        #expect(html.contains("<td class=\"num\" role=\"cell\" data-label=\"Realisasi\">12 %"
            + "<span class=\"sub\">Rp30.000.000 dari Rp250.000.000</span></td>"
            + "<td class=\"num\" role=\"cell\" data-label=\"Target\">10 %</td>"
            + "<td class=\"num\" role=\"cell\" data-label=\"Capaian\">120,0 %</td>"))
        #expect(!html.contains("30.000.000 / 250.000.000"))

        let i = try #require(content.years[0].indicators.firstIndex { $0.id == "IK-06" })
        content.years[0].indicators[i].formula = "Σ paket hemat / Σ paket"
        let counted = try #require(SiteFixture.page(try SiteFixture.build(content), "2026/packages/52011236/index.html"))
        #expect(counted.contains("<span class=\"sub\">30.000.000 dari 250.000.000</span>"))
    }
}

/// Printed pages (docs/site.md, "Print"): the running header's texts, and the print rules of the
/// stylesheet. scripts/site-checks/phone_print.py checks the printed PDF itself in Chromium.
@Suite struct PrintTests {
    @Test func runningHeaderTextCannotLeaveItsCSSString() {
        #expect(CSSString.inside("Bagian PBJ, Setda") == "Bagian PBJ\\00002C  Setda")
        #expect(CSSString.inside("\"x\" </style>\\") == "\\000022 x\\000022  \\00003C \\00002F style\\00003E \\00005C ")
        #expect(CSSString.inside("Dinas Pekerjaan Umum 2026") == "Dinas Pekerjaan Umum 2026")
    }

    @Test func everyPageCarriesTheUnitAndDateForItsPrintedPages() throws {
        let files = try SiteFixture.build()
        let page = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(page.contains("<style media=\"print\">@page { @top-left { content: \"Bagian Pengadaan Barang dan Jasa\"; } "
            + "@top-right { content: \"Diperbarui "))
        // Link-only text is not printed: the downloads section and the footer's links.
        #expect(page.contains("<section class=\"print-hide\" aria-labelledby=\"data-h\">"))
        #expect(page.contains("<span class=\"print-hide\"> · <a href="))
        let css = try #require(SiteFixture.page(files, "assets/site.css"))
        let print = try #require(css.components(separatedBy: "@media print {").dropFirst().first)
        for rule in ["@bottom-right { content: counter(page) \" / \" counter(pages);",
                     "h1, h2, h3, h4, caption, .summary-figure { break-after: avoid;",
                     "tr, .card, figure, .summary, .multiple { break-inside: avoid;",
                     ".print-hide { display: none !important; }"] {
            #expect(print.contains(rule), "\(rule)")
        }
    }
}
