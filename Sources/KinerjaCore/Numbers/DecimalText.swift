/// The one way a number becomes text: pages (`NumberFormat`), data files (`NumberText`),
/// JSON (`JSONWriter`), open data and messages all go through it, so one figure never
/// prints two ways (docs/scoring.md, "Rounding").
///
/// The rule: take the shortest decimal that reads back as the same `Double` (what a person
/// wrote: `1.005`), and round that decimal half away from zero. So `1.005` → `1.01` and
/// `-2.5` → `-3` at 0 places, although `1.005`'s binary value lies just below `1.005`.
public struct DecimalText: Sendable, Equatable {
    /// True only when some digit is not zero.
    public let negative: Bool
    /// ASCII digits of the whole part, without leading zeros (`0` for none).
    public let whole: [UInt8]
    /// ASCII digits of the fraction: exactly `places` of them when rounded, else as many as
    /// the shortest decimal has.
    public let fraction: [UInt8]

    private static let zero = UInt8(ascii: "0")

    /// `x` rounded to `places` decimals (nil: not rounded, the shortest decimal in full);
    /// nil when `x` is NaN or infinite.
    public init?(_ x: Double, places: Int? = nil) {
        guard x.isFinite else { return nil }
        // The shortest round-tripping digits and where the decimal point goes among them.
        var digits: [UInt8] = []
        var point = 0
        var exponent = 0
        var seenPoint = false
        var inExponent = false
        var exponentNegative = false
        for c in x.magnitude.description.utf8 {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(c - Self.zero)
                } else {
                    digits.append(c)
                    if !seenPoint { point += 1 }
                }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-"): exponentNegative = true
            default: break
            }
        }
        point += exponentNegative ? -exponent : exponent
        // Make the point fall inside the digits: zeros in front, zeros behind.
        if point < 1 {
            digits.insert(contentsOf: [UInt8](repeating: Self.zero, count: 1 - point), at: 0)
            point = 1
        }
        let wanted = point + (places ?? max(digits.count - point, 0))
        if digits.count < wanted { digits.append(contentsOf: [UInt8](repeating: Self.zero, count: wanted - digits.count)) }
        if let places, places >= 0, digits.count > wanted {
            let roundUp = digits[wanted] >= UInt8(ascii: "5")
            digits.removeLast(digits.count - wanted)
            if roundUp {
                var i = digits.count - 1
                while i >= 0 {
                    if digits[i] == UInt8(ascii: "9") {
                        digits[i] = Self.zero
                        i -= 1
                    } else {
                        digits[i] += 1
                        break
                    }
                }
                if i < 0 {
                    digits.insert(UInt8(ascii: "1"), at: 0)
                    point += 1
                }
            }
        }
        var whole = Array(digits[..<point])
        while whole.count > 1, whole[0] == Self.zero { whole.removeFirst() }
        self.whole = whole
        fraction = Array(digits[point...])
        negative = x < 0 && digits.contains { $0 != Self.zero }
    }

    /// The fraction without its trailing zeros.
    public var trimmedFraction: ArraySlice<UInt8> {
        var end = fraction.count
        while end > 0, fraction[end - 1] == Self.zero { end -= 1 }
        return fraction[..<end]
    }

    /// The text: `-` when negative, the whole part (with `grouping` between thousands, if
    /// given), then the fraction after `decimalSeparator` — trailing zeros dropped unless
    /// `fixed`.
    public func text(decimalSeparator: String = ".", grouping: String? = nil, fixed: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(whole.count + fraction.count + 8)
        if negative { out.append(UInt8(ascii: "-")) }
        if let grouping, !grouping.isEmpty {
            for (i, d) in whole.enumerated() {
                if i > 0, (whole.count - i) % 3 == 0 { out += grouping.utf8 }
                out.append(d)
            }
        } else {
            out += whole
        }
        let shown = fixed ? fraction[...] : trimmedFraction
        if !shown.isEmpty {
            out += decimalSeparator.utf8
            out += shown
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The rounded value as a `Double` (`0` for a negative zero).
    public var value: Double {
        let v = Double(text()) ?? 0
        return v == 0 ? 0 : v
    }
}
