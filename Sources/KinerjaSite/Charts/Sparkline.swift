import KinerjaCore

/// A small multiple for an area card: the value series as a solid line with dots (the latest
/// one larger) and the targets as a dashed line, scaled to the data's own range (not from
/// zero, so that the trend shows), no text inside; `<title>` names the indicator
/// and `<desc>` states every period in words.
struct Sparkline {
    let indicator: Indicator
    let scores: [Score]
    let strings: ChartStrings

    static let width = 120.0
    static let height = 36.0
    static let inset = 4.0

    var scale: AxisScale { AxisScale(covering: scores.flatMap { [$0.value, $0.target].compactMap { $0 } }, ticks: 2, zero: false) }

    func x(_ index: Int) -> Double {
        guard scores.count > 1 else { return Self.width / 2 }
        return Self.inset + (Self.width - 2 * Self.inset) * Double(index) / Double(scores.count - 1)
    }

    func y(_ value: Double) -> Double { scale.position(value, bottom: Self.height - Self.inset, top: Self.inset) }

    var svg: String {
        let description = ChartDescription(indicator: indicator, strings: strings)
        let idBase = "spark-\(indicator.id)"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-spark\" "
            + "viewBox=\"0 0 \(SVG.num(Self.width)) \(SVG.num(Self.height))\" width=\"100%\" role=\"img\" "
            + "aria-labelledby=\"\(SVG.escape(idBase))-title \(SVG.escape(idBase))-desc\">"
        out += "<title id=\"\(SVG.escape(idBase))-title\">\(SVG.escape(description.title))</title>"
        out += "<desc id=\"\(SVG.escape(idBase))-desc\">\(SVG.escape(description.summary(scores)))</desc>"
        let targets = scores.enumerated().map { i, s in s.target.map { (x: x(i), y: y($0)) } }
        out += ChartMarkers.runs(targets).map { ChartMarkers.targetLine($0, width: 1.5) }.joined()
        let values = scores.enumerated().map { i, s in s.value.map { (x: x(i), y: y($0)) } }
        out += ChartMarkers.runs(values).map { ChartMarkers.valueLine($0, width: 2) }.joined()
        let present = values.compactMap { $0 }
        for (i, point) in present.enumerated() {
            out += ChartMarkers.valuePoint(x: point.x, y: point.y, radius: i == present.count - 1 ? 3.5 : 2)
        }
        return out + "</svg>"
    }
}
