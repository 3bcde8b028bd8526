import KinerjaCore

/// How numbers are written in the open-data files (JSON and CSV): `.` as the decimal
/// separator, no grouping, integral values without a fraction (`32`, not `32.0`), others in
/// the shortest form that reads back to the same `Double` (`31.5`, `0.1`). The same value
/// always gives the same text, whatever the locale of the machine.
enum DataNumber {
    /// The text of `x`, or nil when it is not finite (NaN or infinite has no JSON/CSV form):
    /// the shortest decimal that reads back to the same `Double`, without an exponent
    /// (`DecimalText`, the one number-to-text path).
    static func format(_ x: Double) -> String? {
        DecimalText(x)?.text()
    }

    /// Capaian as published: rounded half away from zero to 2 decimals.
    static func capaian(_ x: Double) -> Double {
        KinerjaCore.rounded(x, places: 2)
    }
}
