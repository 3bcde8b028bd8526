import KinerjaCore

/// Locale-aware number formatting implemented without Foundation's locale data (which
/// differs between Linux and macOS). The separators and patterns come from the language's
/// UI strings file (`site-templates/i18n/<lang>.yaml`, section `format`).
///
/// Indonesian: `1.250,5`, `91,3 %`, `Rp1.250.000.000`; English: `1,250.5`, `91.3%`, `Rp1,250,000,000`.
public struct NumberFormat: Sendable, Hashable {
    public var decimalSeparator: String
    public var groupingSeparator: String
    /// Percent pattern with `{n}` for the number, e.g. `{n} %` or `{n}%`.
    public var percentPattern: String
    /// Currency pattern with `{n}` for the amount, e.g. `Rp{n}`.
    public var currencyPattern: String

    public init(decimalSeparator: String, groupingSeparator: String, percentPattern: String, currencyPattern: String) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.percentPattern = percentPattern
        self.currencyPattern = currencyPattern
    }

    /// Shown for a value that cannot be formatted (NaN, infinite, out of range).
    public static let invalid = "–"

    /// A grouped decimal number rounded half away from zero to `fractionDigits`, as it is
    /// written in decimal (`DecimalText`: 1,005 → 1,01).
    /// Trailing zeros of the fraction are dropped unless `fixed` (`28`, `1.250,5`).
    public func number(_ value: Double, fractionDigits: Int = 2, fixed: Bool = false) -> String {
        let digits = min(max(fractionDigits, 0), 6)
        guard value.isFinite else { return Self.invalid }
        var limit = 9.0e18
        for _ in 0..<digits { limit /= 10 }
        guard value.magnitude < limit, let text = DecimalText(value, places: digits) else { return Self.invalid }
        // The one rounding rule of every figure (docs/scoring.md): the written decimal, half
        // away from zero.
        return text.text(decimalSeparator: decimalSeparator, grouping: groupingSeparator, fixed: fixed)
    }

    /// An integer with grouping separators (`12.000`).
    public func integer(_ value: Int) -> String {
        let text = grouped(UInt64(value.magnitude))
        return value < 0 ? "-" + text : text
    }

    /// A percentage, by default with one fixed fraction digit: `91,3 %` / `91.3%`.
    public func percent(_ value: Double, fractionDigits: Int = 1, fixed: Bool = true) -> String {
        let n = number(value, fractionDigits: fractionDigits, fixed: fixed)
        guard n != Self.invalid else { return n }
        return Self.fill(percentPattern, n)
    }

    /// An amount in rupiah, rounded to whole rupiah: `Rp1.250.000.000`.
    public func rupiah(_ value: Double) -> String {
        let n = number(value, fractionDigits: 0)
        guard n != Self.invalid else { return n }
        return Self.fill(currencyPattern, n)
    }

    /// An exact amount in whole rupiah (`pagu`, docs/content.md): `Rp1.250.000.000`.
    public func rupiah(_ value: Int64) -> String {
        let text = grouped(value.magnitude)
        return Self.fill(currencyPattern, value < 0 ? "-" + text : text)
    }

    private func grouped(_ n: UInt64) -> String {
        var out: [UInt8] = []
        appendGrouped(n, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func appendGrouped(_ n: UInt64, to out: inout [UInt8]) {
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        Self.appendDigits(n, minimumCount: 1, to: &digits)
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += groupingSeparator.utf8 }
            out.append(d)
        }
    }

    /// The decimal digits of `n`, left-padded with zeros to `minimumCount`.
    private static func appendDigits(_ n: UInt64, minimumCount: Int, to out: inout [UInt8]) {
        let start = out.count
        var rest = n
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        while out.count - start < minimumCount { out.append(UInt8(ascii: "0")) }
        out[start...].reverse()
    }

    /// `pattern` with `{n}` replaced by `n` (the common case without building a `Pattern`
    /// and its dictionary: every percentage and amount on every page comes through here).
    private static func fill(_ pattern: String, _ n: String) -> String {
        let bytes = Array(pattern.utf8), placeholder = Array("{n}".utf8)
        guard bytes.count >= 3, let at = (0...(bytes.count - 3)).first(where: { bytes[$0..<($0 + 3)].elementsEqual(placeholder) }) else {
            return Pattern(pattern).fill(["n": n])
        }
        let rest = Pattern(String(decoding: bytes[(at + 3)...], as: UTF8.self)).fill(["n": n])
        return String(decoding: bytes[..<at], as: UTF8.self) + n + rest
    }
}
