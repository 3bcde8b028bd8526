/// Small helpers for writing SVG text by hand: escaping and fixed coordinate formatting, so
/// that the same chart always gives the same bytes.
enum SVG {
    /// `s` safe as element text and as a double- or single-quoted attribute value.
    static func escape(_ s: String) -> String { HTMLEscape.escape(s) }

    /// A coordinate with at most 2 decimals, no trailing zeros, `.` as separator: `12`, `12.5`,
    /// `-3.25`. Non-finite values give `0`.
    static func num(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        switch fraction {
        case 0: return "\(sign)\(whole)"
        case let f where f % 10 == 0: return "\(sign)\(whole).\(f / 10)"
        case let f: return "\(sign)\(whole).\(f < 10 ? "0" : "")\(f)"
        }
    }

    /// A points list `x1,y1 x2,y2 …` for `polyline`.
    static func points(_ ps: [(x: Double, y: Double)]) -> String {
        ps.map { "\(num($0.x)),\(num($0.y))" }.joined(separator: " ")
    }
}
