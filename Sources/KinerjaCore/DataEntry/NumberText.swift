import Foundation

/// Numbers as data files carry them: no exponent, no thousands separators, full precision
/// unless told otherwise, and a decimal comma for Indonesian-locale spreadsheets.
public enum NumberText {
    /// - Parameters:
    ///   - decimalComma: write `81,5` instead of `81.5`.
    ///   - maxFractionDigits: round to at most this many decimals (display-only columns).
    public static func format(_ value: Double, decimalComma: Bool = false, maxFractionDigits: Int? = nil) -> String {
        guard value.isFinite else { return "" }
        var v = value
        if let digits = maxFractionDigits {
            let scale = pow(10, Double(digits))
            v = (v * scale).rounded() / scale
        }
        var text: String
        if v == v.rounded(), abs(v) < 1e15 {
            text = String(Int64(v))
        } else {
            text = v.description
            if text.contains("e") || text.contains("E") {
                text = trimZeros(String(format: "%.17f", v))
            }
        }
        if text == "-0" { text = "0" }
        return decimalComma ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    private static func trimZeros(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = Substring(s)
        while t.last == "0" { t = t.dropLast() }
        if t.last == "." { t = t.dropLast() }
        return String(t)
    }
}
