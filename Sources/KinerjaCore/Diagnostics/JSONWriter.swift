/// A small deterministic JSON writer (used on one thread at a time): keys in the order written, numbers without
/// platform-dependent formatting, strings escaped per RFC 8259.
public final class JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private var afterKey = false

    public init() {}

    private func separator() {
        if afterKey { afterKey = false; return }
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    public func object(_ body: () -> Void) {
        separator()
        output += "{"
        needsComma.append(false)
        body()
        needsComma.removeLast()
        output += "}"
    }

    public func array(_ body: () -> Void) {
        separator()
        output += "["
        needsComma.append(false)
        body()
        needsComma.removeLast()
        output += "]"
    }

    public func key(_ k: String) {
        separator()
        output += JSONWriter.quote(k) + ":"
        afterKey = true
    }

    public func string(_ s: String) { separator(); output += JSONWriter.quote(s) }
    public func int(_ n: Int) { separator(); output += String(n) }
    public func bool(_ b: Bool) { separator(); output += b ? "true" : "false" }
    public func null() { separator(); output += "null" }

    /// Integers without a fraction; others with up to `places` decimals, trailing zeros removed.
    public func number(_ x: Double, places: Int = 6) {
        separator()
        output += JSONWriter.formatNumber(x, places: places)
    }

    public func number(_ x: Double?, places: Int = 6) {
        if let x { number(x, places: places) } else { null() }
    }

    /// `x` rounded to `places` decimals by the one rule of every figure (`DecimalText`:
    /// the written decimal, half away from zero), trailing zeros removed; `null` when not finite.
    public static func formatNumber(_ x: Double, places: Int = 6) -> String {
        DecimalText(x, places: places)?.text() ?? "null"
    }

    public static func quote(_ s: String) -> String {
        // Most texts need no escape: no control byte, quote or backslash, and no lead byte 0xE2
        // (U+2028 and U+2029 begin with it; any other character it begins takes the long way).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            return "\"" + s + "\""
        }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            // They end a line in JavaScript.
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
