import Testing
@testable import KinerjaSite

@Suite struct ChartGeometryTests {
    @Test func coordinatesHaveAtMostTwoDecimals() {
        #expect(SVG.num(12) == "12")
        #expect(SVG.num(12.5) == "12.5")
        #expect(SVG.num(-3.25) == "-3.25")
        #expect(SVG.num(1.05) == "1.05")
        #expect(SVG.num(83.333333) == "83.33")
        #expect(SVG.num(-0.001) == "0")
        #expect(SVG.num(.infinity) == "0")
    }

    @Test func axisTicksAreRoundAndCoverZero() {
        #expect(AxisScale(covering: [31.5, 32]).ticks == [0, 10, 20, 30, 40])
        #expect(AxisScale(covering: [1250]).ticks == [0, 500, 1000, 1500])
        #expect(AxisScale(covering: [81.4, 95], ticks: 2, zero: false).ticks == [80, 90, 100])
        #expect(AxisScale(covering: []).ticks == [0, 0.25, 0.5, 0.75, 1])
        #expect(AxisScale.niceStep(0.3) == 0.5)
    }

    @Test func escapingCoversMarkupAndQuotes() {
        #expect(SVG.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
    }
}
