import Foundation

/// Amounts in rupiah (`pagu`) are whole numbers kept exactly as `Int64`, never as a float
/// (docs/content.md, "pagu"): 9007199254740993 stays 9007199254740993.
public enum Rupiah {
    public enum Parsed: Sendable, Equatable {
        case amount(Int64)
        /// Below zero (KJ605).
        case negative
        /// Above 9.223.372.036.854.775.807 (KJ606).
        case overflow
        /// A number with a fraction of a rupiah.
        case fraction
        /// Not a number at all.
        case invalid
    }

    /// Reads `1250000000`, `1.250.000.000` (dots grouping thousands) or another number
    /// NumberParser reads (`1250000000.0`, `1,25e9`) that is a whole number of rupiah.
    public static func parse(_ text: String) -> Parsed {
        let t = text.trimmingCharacters(in: .whitespaces)
        let negative = t.hasPrefix("-")
        let body = negative ? Substring(t.dropFirst()) : Substring(t)
        if let digits = wholeDigits(body) {
            if negative { return digits.allSatisfy { $0 == UInt8(ascii: "0") } ? .amount(0) : .negative }
            guard let v = Int64(String(decoding: digits, as: UTF8.self)) else { return .overflow }
            return .amount(v)
        }
        guard let d = NumberParser.parse(t, groupedDots: true), d.isFinite else {
            // `1e309` is a number too large for any amount, not a typo.
            if let d = Double(t), d.isInfinite { return d < 0 ? .negative : .overflow }
            return NumberParser.parse(t, groupedDots: true) == nil ? .invalid : .overflow
        }
        if d < 0 { return .negative }
        if d != d.rounded() { return .fraction }
        guard d < 9_223_372_036_854_775_808.0 else { return .overflow }
        return .amount(Int64(d))
    }

    /// The digits of `1250000000` or `1.250.000.000` (groups of three after the first).
    static func wholeDigits(_ s: Substring) -> [UInt8]? {
        let b = Array(s.utf8)
        guard !b.isEmpty, b.first != UInt8(ascii: ".") else { return nil }
        if b.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return b }
        let groups = b.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        return groups.flatMap { $0 }
    }

    /// The message for a `pagu` that is not an amount, with the rule it breaks.
    public static func problem(_ parsed: Parsed, text: String, key: String = "pagu") -> (Rule, String)? {
        let shown = String(text.prefix(40))
        switch parsed {
        case .amount: return nil
        case .negative: return (.KJ605, "`\(key)` must not be negative, found \(shown)")
        case .overflow: return (.KJ606, "`\(key)` \(shown) is too large: amounts go up to 9223372036854775807 rupiah")
        case .fraction: return (.KJ004, "`\(key)` must be a whole number of rupiah, found \(shown)")
        case .invalid: return (.KJ004, "`\(key)` must be an amount in rupiah, found \(shown)")
        }
    }
}
