/// The marker shapes that tell the series apart without colour.
enum ChartMarkers {
    /// A filled circle: a realized value.
    static func valuePoint(x: Double, y: Double, radius: Double = 4.5) -> String {
        "<circle cx=\"\(SVG.num(x))\" cy=\"\(SVG.num(y))\" r=\"\(SVG.num(radius))\" fill=\"\(ChartPalette.value)\"/>"
    }

    /// A hollow diamond: a target.
    static func targetPoint(x: Double, y: Double, size: Double = 5) -> String {
        let (l, r, t, b) = (SVG.num(x - size), SVG.num(x + size), SVG.num(y - size), SVG.num(y + size))
        let (cx, cy) = (SVG.num(x), SVG.num(y))
        return "<path d=\"M\(cx) \(t)L\(r) \(cy)L\(cx) \(b)L\(l) \(cy)Z\" fill=\"\(ChartPalette.background)\" "
            + "stroke=\"\(ChartPalette.target)\" stroke-width=\"2\"/>"
    }

    /// A dashed line through `points` (the target series).
    static func targetLine(_ points: [(x: Double, y: Double)], width: Double = 2) -> String {
        guard points.count > 1 else { return "" }
        return "<polyline points=\"\(SVG.points(points))\" fill=\"none\" stroke=\"\(ChartPalette.target)\" "
            + "stroke-width=\"\(SVG.num(width))\" stroke-dasharray=\"6 4\"/>"
    }

    /// A dotted horizontal line from `x1` to `x2` at `y` (the baseline).
    static func baselineLine(x1: Double, x2: Double, y: Double) -> String {
        "<line x1=\"\(SVG.num(x1))\" x2=\"\(SVG.num(x2))\" y1=\"\(SVG.num(y))\" y2=\"\(SVG.num(y))\" "
            + "stroke=\"\(ChartPalette.baseline)\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>"
    }

    /// A solid line through `points` (one unbroken run of values).
    static func valueLine(_ points: [(x: Double, y: Double)], width: Double = 2.5) -> String {
        guard points.count > 1 else { return "" }
        return "<polyline points=\"\(SVG.points(points))\" fill=\"none\" stroke=\"\(ChartPalette.value)\" "
            + "stroke-width=\"\(SVG.num(width))\" stroke-linejoin=\"round\"/>"
    }

    /// Splits `points` (nil = no value) into runs of consecutive present points, so that a
    /// missing period breaks the line instead of being bridged.
    static func runs(_ points: [(x: Double, y: Double)?]) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = [[]]
        for point in points {
            if let point {
                runs[runs.count - 1].append(point)
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }
}
