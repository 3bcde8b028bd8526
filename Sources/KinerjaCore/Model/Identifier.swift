/// Ids become URL path segments: `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`; anything else is an
/// error, never a path.
public enum Identifier {
    public static func isValid(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard (1...64).contains(b.count) else { return false }
        func alnum(_ c: UInt8) -> Bool { (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c) }
        guard alnum(b[0]) else { return false }
        return b.dropFirst().allSatisfy { alnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    public static func problem(_ s: String) -> String {
        let shown = s.count > 70 ? String(s.prefix(70)) + "…" : s
        return "invalid id `\(shown)`: ids are 1–64 letters, digits, `.`, `_` or `-`, starting with a letter or digit"
    }
}
