/// Numbers as data files carry them: no exponent, no thousands separators, full precision
/// unless told otherwise, and a decimal comma for Indonesian-locale spreadsheets.
public enum NumberText {
    /// - Parameters:
    ///   - decimalComma: write `81,5` instead of `81.5`.
    ///   - maxFractionDigits: round to at most this many decimals (display-only columns).
    public static func format(_ value: Double, decimalComma: Bool = false, maxFractionDigits: Int? = nil) -> String {
        // The one rounding rule of every figure (`DecimalText`, docs/scoring.md).
        DecimalText(value, places: maxFractionDigits)?.text(decimalSeparator: decimalComma ? "," : ".") ?? ""
    }
}
