import KinerjaCore

/// How numbers are written in the open-data files (JSON and CSV): `.` as the decimal
/// separator, no grouping, integral values without a fraction (`32`, not `32.0`), others in
/// the shortest form that reads back to the same `Double` (`31.5`, `0.1`). The same value
/// always gives the same text, whatever the locale of the machine.
enum DataNumber {
    /// Integral values below this magnitude are written as integers.
    private static let integerLimit = 9_007_199_254_740_992.0  // 2^53

    /// The text of `x`, or nil when it is not finite (NaN or infinite has no JSON/CSV form).
    static func format(_ x: Double) -> String? {
        guard x.isFinite else { return nil }
        if x.rounded() == x, abs(x) < integerLimit {
            return String(Int(x))
        }
        // Swift's description is the shortest round-tripping form, locale independent;
        // its exponent form (`1e-05`, `1e+16`) is valid JSON and a valid Frictionless number.
        return x.description
    }

    /// Capaian as published: rounded half away from zero to 2 decimals.
    static func capaian(_ x: Double) -> Double {
        KinerjaCore.rounded(x, places: 2)
    }
}
