import KinerjaCore

/// The value-versus-target chart of an indicator page: one slot per period, realized values as
/// a solid line with filled circles and their numbers written beside them, targets as a dashed
/// line with hollow diamonds, a value axis with round ticks and grid lines, a legend, and the
/// whole series in words in `<desc>`. Sized by `viewBox` so it scales to its container; the
/// geometry is chosen so that text stays legible at 360 px wide.
struct IndicatorChart {
    let indicator: Indicator
    let scores: [Score]
    let strings: ChartStrings
    /// The value axis and the plot's left edge, worked out once (every point needs them).
    let scale: AxisScale
    let plotLeft: Double

    init(indicator: Indicator, scores: [Score], strings: ChartStrings) {
        self.indicator = indicator
        self.scores = scores
        self.strings = strings
        let scale = AxisScale(covering: scores.flatMap { [$0.value, $0.target].compactMap { $0 } })
        self.scale = scale
        plotLeft = Self.plotLeft(tickLabels: scale.ticks.map(strings.chartNumber))
    }

    static let width = 400.0
    static let height = 260.0
    static let fontSize = 12.0
    /// Top of the plot: room for the legend, the unit and a value label above the top point.
    static let plotTop = 50.0
    static let plotBottom = height - 30
    static let plotRight = width - 12

    var description: ChartDescription { ChartDescription(indicator: indicator, strings: strings) }
    var tickLabels: [String] { scale.ticks.map(strings.chartNumber) }

    /// Left edge of the plot: wide enough for the longest tick label.
    static func plotLeft(tickLabels: [String]) -> Double {
        let longest = tickLabels.map(\.count).max() ?? 1
        return min(120, max(32, Double(longest) * TextWidth.perCharacter(Self.fontSize) + 12))
    }

    var slotWidth: Double { (Self.plotRight - plotLeft) / Double(max(scores.count, 1)) }
    func x(_ index: Int) -> Double { plotLeft + slotWidth * (Double(index) + 0.5) }
    func y(_ value: Double) -> Double { scale.position(value, bottom: Self.plotBottom, top: Self.plotTop) }

    var svg: String {
        let idBase = "chart-\(indicator.id)"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-indicator\" "
            + "viewBox=\"0 0 \(SVG.num(Self.width)) \(SVG.num(Self.height))\" width=\"100%\" role=\"img\" "
            + "aria-labelledby=\"\(SVG.escape(idBase))-title \(SVG.escape(idBase))-desc\" "
            + "font-size=\"\(SVG.num(Self.fontSize))\">"
        out += "<title id=\"\(SVG.escape(idBase))-title\">\(SVG.escape(description.title))</title>"
        out += "<desc id=\"\(SVG.escape(idBase))-desc\">\(SVG.escape(description.summary(scores)))</desc>"
        out += legend + grid + periodAxis
        if scores.allSatisfy({ $0.value == nil }) { out += noData }
        out += targetSeries + valueSeries
        out += "</svg>"
        return out
    }

    /// `● Realisasi  ◇ - - Target` and the unit above the value axis.
    var legend: String {
        let y = 16.0
        var x = plotLeft
        var out = "<g class=\"chart-legend\" fill=\"\(ChartPalette.text)\">"
        out += ChartMarkers.valuePoint(x: x + 5, y: y - 4)
        out += text(strings.value, x: x + 14, y: y)
        x += 14 + TextWidth.of(strings.value, Self.fontSize) + 18
        out += ChartMarkers.targetLine([(x, y - 4), (x + 28, y - 4)]) + ChartMarkers.targetPoint(x: x + 14, y: y - 4, size: 4)
        out += text(strings.target, x: x + 34, y: y)
        out += "</g>"
        if let unit = indicator.unit?.trimmingCharacters(in: .whitespaces), !unit.isEmpty {
            out += "<text class=\"chart-unit\" x=\"4\" y=\"\(SVG.num(Self.plotTop - 16))\" fill=\"\(ChartPalette.mutedText)\">\(SVG.escape(unit))</text>"
        }
        return out
    }

    /// Horizontal grid lines with their tick labels, and the baseline.
    var grid: String {
        var out = "<g class=\"chart-grid\">"
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let ty = SVG.num(y(tick))
            let stroke = tick == scale.lower ? ChartPalette.axis : ChartPalette.grid
            out += "<line x1=\"\(SVG.num(plotLeft))\" x2=\"\(SVG.num(Self.plotRight))\" y1=\"\(ty)\" y2=\"\(ty)\" "
                + "stroke=\"\(stroke)\" stroke-width=\"1\"/>"
            out += "<text x=\"\(SVG.num(plotLeft - 6))\" y=\"\(SVG.num(y(tick) + 4))\" text-anchor=\"end\" "
                + "fill=\"\(ChartPalette.mutedText)\">\(SVG.escape(label))</text>"
        }
        return out + "</g>"
    }

    /// The period labels under the plot.
    var periodAxis: String {
        var out = "<g class=\"chart-periods\" fill=\"\(ChartPalette.text)\" text-anchor=\"middle\">"
        let labels = scores.map { strings.periodTick($0.period) }
        let every = stride(labels, fontSize: Self.fontSize)
        for (i, label) in labels.enumerated() where i % every == 0 {
            out += "<text x=\"\(SVG.num(x(i)))\" y=\"\(SVG.num(Self.plotBottom + 18))\">"
                + "\(SVG.escape(label))</text>"
        }
        return out + "</g>"
    }

    var noData: String {
        "<text class=\"chart-empty\" x=\"\(SVG.num((plotLeft + Self.plotRight) / 2))\" "
            + "y=\"\(SVG.num((Self.plotTop + Self.plotBottom) / 2))\" text-anchor=\"middle\" "
            + "fill=\"\(ChartPalette.mutedText)\">\(SVG.escape(strings.noData))</text>"
    }

    var targetSeries: String {
        let points = scores.enumerated().map { i, s in s.target.map { (x: x(i), y: y($0)) } }
        var out = "<g class=\"chart-target\">"
        out += ChartMarkers.runs(points).map { ChartMarkers.targetLine($0) }.joined()
        out += points.compactMap { $0.map { ChartMarkers.targetPoint(x: $0.x, y: $0.y) } }.joined()
        return out + "</g>"
    }

    var valueSeries: String {
        let points = scores.enumerated().map { i, s in s.value.map { (x: x(i), y: y($0)) } }
        var out = "<g class=\"chart-value\">"
        out += ChartMarkers.runs(points).map { ChartMarkers.valueLine($0) }.joined()
        let labelSize = scores.count > 6 ? 10.0 : Self.fontSize
        let every = stride(scores.compactMap { $0.value.map(strings.chartNumber) }, fontSize: labelSize)
        for (i, score) in scores.enumerated() {
            guard let value = score.value, let point = points[i] else { continue }
            out += ChartMarkers.valuePoint(x: point.x, y: point.y)
            // Thin out labels that would overlap, keeping the latest period labelled.
            guard (scores.count - 1 - i) % every == 0 else { continue }
            out += "<text x=\"\(SVG.num(point.x))\" y=\"\(SVG.num(labelY(point.y, value: value, target: score.target)))\" "
                + "text-anchor=\"middle\" font-size=\"\(SVG.num(labelSize))\" font-weight=\"bold\" "
                + "fill=\"\(ChartPalette.text)\">\(SVG.escape(strings.chartNumber(value)))</text>"
        }
        return out + "</g>"
    }

    /// Label every n-th slot so that the widest of `labels` fits: 1 when they all fit.
    func stride(_ labels: [String], fontSize: Double) -> Int {
        let widest = (labels.map { TextWidth.of($0, fontSize) }.max() ?? 0) + 6
        return max(1, Int((widest / slotWidth).rounded(.up)))
    }

    /// The baseline of a value label: above its point, or below it when the value lies under
    /// its target (to keep clear of the target line) and there is room there.
    func labelY(_ pointY: Double, value: Double, target: Double?) -> Double {
        let below = pointY + 17
        if let target, value < target, below <= Self.plotBottom - 2 { return below }
        return pointY - 9
    }

    func text(_ s: String, x: Double, y: Double) -> String {
        "<text x=\"\(SVG.num(x))\" y=\"\(SVG.num(y))\">\(SVG.escape(s))</text>"
    }
}
