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
        let baseline = indicator.baseline?.value.flatMap { $0.isFinite ? $0 : nil }
        self.baseline = baseline
        let covered = scores.flatMap { [$0.value, $0.target].compactMap { $0 } } + [baseline].compactMap { $0 }
        let scale = AxisScale(covering: covered, integer: Self.countsThings(indicator))
        self.scale = scale
        plotLeft = Self.plotLeft(tickLabels: scale.ticks.map(strings.chartNumber))
        legendItems = Self.layOutLegend(Self.legendEntries(strings: strings, indicator: indicator, baseline: baseline),
                                        left: plotLeft)
        let legendBottom = legendItems.map(\.y).max() ?? Self.legendTop
        unitY = legendBottom + Self.lineHeight
        plotTop = unitY + 16
    }

    /// The baseline value drawn as its own line, if the indicator has one.
    let baseline: Double?
    /// The legend's entries, placed (wrapping to a second line when they do not fit).
    let legendItems: [LegendItem]
    /// Baseline of the unit label above the value axis; the plot starts under it.
    let unitY: Double
    let plotTop: Double

    /// Geometry. Text must stay at least 12 CSS px when the chart is shown at the content width
    /// of a 360 px phone (`phoneWidth`: 360 less the 2 × 1rem padding of `.wrap` in site.css):
    /// 14 × 328 / 360 ≈ 12.8 px. Every text of the chart uses `fontSize` (docs/charts.md).
    static let width = 360.0
    static let height = 240.0
    static let fontSize = 14.0
    static let phoneWidth = 328.0
    static let lineHeight = 18.0
    static let legendTop = 16.0
    static let plotBottom = height - 30
    static let plotRight = width - 12

    /// Indicators that count things (aggregation `sum`: packages, people, cases) get whole-number
    /// ticks (docs/charts.md).
    static func countsThings(_ indicator: Indicator) -> Bool { indicator.aggregation == .sum }

    enum LegendKind { case value, target, baseline }
    struct LegendItem {
        let kind: LegendKind
        let label: String
        let x: Double
        let y: Double
    }

    static func legendEntries(strings: ChartStrings, indicator: Indicator, baseline: Double?) -> [(LegendKind, String)] {
        var entries: [(LegendKind, String)] = [(.value, strings.value), (.target, strings.target)]
        if baseline != nil {
            let year = indicator.baseline?.year.map { " \($0)" } ?? ""
            entries.append((.baseline, strings.baseline + year))
        }
        return entries
    }

    /// Width of a legend entry: its marker (`markerWidth`), a gap and the label.
    static func markerWidth(_ kind: LegendKind) -> Double { kind == .value ? 10 : 28 }

    static func layOutLegend(_ entries: [(LegendKind, String)], left: Double) -> [LegendItem] {
        var x = left, y = legendTop
        var items: [LegendItem] = []
        for (kind, label) in entries {
            let w = markerWidth(kind) + 6 + TextWidth.of(label, fontSize)
            if x > left, x + w > width - 4 {
                x = left
                y += lineHeight
            }
            items.append(LegendItem(kind: kind, label: label, x: x, y: y))
            x += w + 18
        }
        return items
    }

    var description: ChartDescription { ChartDescription(indicator: indicator, strings: strings) }
    var tickLabels: [String] { scale.ticks.map(strings.chartNumber) }

    /// Left edge of the plot: wide enough for the longest tick label.
    static func plotLeft(tickLabels: [String]) -> Double {
        let longest = tickLabels.map(\.count).max() ?? 1
        return min(120, max(32, Double(longest) * TextWidth.perCharacter(Self.fontSize) + 12))
    }

    var slotWidth: Double { (Self.plotRight - plotLeft) / Double(max(scores.count, 1)) }
    func x(_ index: Int) -> Double { plotLeft + slotWidth * (Double(index) + 0.5) }
    func y(_ value: Double) -> Double { scale.position(value, bottom: Self.plotBottom, top: plotTop) }

    var hasValues: Bool { scores.contains { $0.value != nil } }

    var svg: String {
        let idBase = "chart-\(indicator.id)"
        let height = hasValues ? Self.height : Self.emptyHeight
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-indicator\(hasValues ? "" : " chart-no-data")\" "
            + "viewBox=\"0 0 \(SVG.num(Self.width)) \(SVG.num(height))\" width=\"100%\" role=\"img\" "
            + "aria-labelledby=\"\(SVG.escape(idBase))-title \(SVG.escape(idBase))-desc\" "
            + "font-size=\"\(SVG.num(Self.fontSize))\">"
        out += "<title id=\"\(SVG.escape(idBase))-title\">\(SVG.escape(description.title))</title>"
        var summary = description.summary(scores)
        if hasValues, let sentence = baselineSentence { summary += " " + sentence }
        out += "<desc id=\"\(SVG.escape(idBase))-desc\">\(SVG.escape(summary))</desc>"
        // Without a single value there is nothing to read off an axis: the chart only says so.
        guard hasValues else { return out + noData + "</svg>" }
        out += legend + grid + baselineSeries + periodAxis
        out += targetSeries + valueSeries
        out += "</svg>"
        return out
    }

    /// Height of the chart that has no value at all: one line of text.
    static let emptyHeight = 48.0

    /// `Baseline 2025: 35.` for the description.
    var baselineSentence: String? {
        guard let baseline else { return nil }
        let year = indicator.baseline?.year.map { " \($0)" } ?? ""
        return "\(strings.baseline)\(year): \(strings.chartNumber(baseline))."
    }

    /// `● Realisasi  ◇ - - Target  ··· Kondisi awal 2025` and the unit above the value axis.
    var legend: String {
        var out = "<g class=\"chart-legend\" fill=\"\(ChartPalette.text)\">"
        for item in legendItems {
            let (x, y) = (item.x, item.y)
            switch item.kind {
            case .value: out += ChartMarkers.valuePoint(x: x + 5, y: y - 5)
            case .target:
                out += ChartMarkers.targetLine([(x, y - 5), (x + 28, y - 5)])
                    + ChartMarkers.targetPoint(x: x + 14, y: y - 5, size: 4)
            case .baseline: out += ChartMarkers.baselineLine(x1: x, x2: x + 28, y: y - 5)
            }
            out += text(item.label, x: x + Self.markerWidth(item.kind) + 6, y: y)
        }
        out += "</g>"
        if let unit = indicator.unit?.trimmingCharacters(in: .whitespaces), !unit.isEmpty {
            out += "<text class=\"chart-unit\" x=\"4\" y=\"\(SVG.num(unitY))\" fill=\"\(ChartPalette.mutedText)\">\(SVG.escape(unit))</text>"
        }
        return out
    }

    /// The baseline: a dotted line across the plot, in its own colour, named in the legend.
    var baselineSeries: String {
        guard let baseline else { return "" }
        return "<g class=\"chart-baseline\">"
            + ChartMarkers.baselineLine(x1: plotLeft, x2: Self.plotRight, y: y(baseline)) + "</g>"
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
        "<text class=\"chart-empty\" x=\"\(SVG.num(Self.width / 2))\" "
            + "y=\"\(SVG.num(Self.emptyHeight / 2 + 5))\" text-anchor=\"middle\" "
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
        let every = stride(scores.compactMap { $0.value.map(strings.chartNumber) }, fontSize: Self.fontSize)
        for (i, score) in scores.enumerated() {
            guard let value = score.value, let point = points[i] else { continue }
            out += ChartMarkers.valuePoint(x: point.x, y: point.y)
            // Thin out labels that would overlap, keeping the latest period labelled.
            guard (scores.count - 1 - i) % every == 0 else { continue }
            out += "<text x=\"\(SVG.num(point.x))\" y=\"\(SVG.num(labelY(point.y, value: value, target: score.target)))\" "
                + "text-anchor=\"middle\" font-weight=\"bold\" "
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
