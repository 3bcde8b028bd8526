/// Characters that can hide or reorder text where it is shown: C0 controls other than tab,
/// line feed and carriage return, DEL, C1 controls, and the bidirectional embeddings,
/// overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F). Ids refuse
/// them (KJ007), text fields are flagged (KJ015), and diagnostics show them escaped
/// (docs/validation.md "Control and bidirectional characters").
public enum UnsafeCharacters {
    public static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        if isControl(u) { return true }
        switch u.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A C0 control other than tab, line feed and carriage return, DEL, or a C1 control: the
    /// unsafe characters HTML does not allow in a page (shown there as U+FFFD).
    public static func isControl(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// Whether `s` has one; a fast path over bytes for the common ASCII text.
    public static func contains(_ s: String) -> Bool {
        var utf8 = s.utf8.makeIterator()
        var ascii = true
        while let b = utf8.next() {
            if b >= 0x80 { ascii = false; break }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D || b == 0x7F { return true }
        }
        if ascii { return false }
        return s.unicodeScalars.contains(where: isUnsafe)
    }

    /// `U+202E` and what it is, for messages.
    public static func describe(_ u: Unicode.Scalar) -> String {
        let hex = String(u.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch u.value {
        case 0x200E, 0x200F: return "\(code) (a bidirectional mark)"
        case 0x202A...0x202E: return "\(code) (a bidirectional embedding or override)"
        case 0x2066...0x2069: return "\(code) (a bidirectional isolate)"
        default: return "\(code) (a control character)"
        }
    }

    /// `s` with each unsafe character written as `\u{202E}`.
    public static func escaped(_ s: String) -> String {
        guard contains(s) else { return s }
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars {
            if isUnsafe(u) {
                out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
