/// HTML escaping of text, as Mustache does it (`& < > " '`): one pass over the UTF-8 bytes,
/// runs of bytes that need no escaping appended in one piece.
public enum HTMLEscape {
    /// Appends `text`, escaped, to `out` (the renderer's output buffer).
    public static func append(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0, to: &out) }) == nil {
            var text = text
            text.withUTF8 { append($0, to: &out) }
        }
    }

    /// Appends `bytes` (UTF-8), escaped, to `out`.
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0
        for i in 0..<bytes.count where needsEscape(bytes[i]) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            replacement(bytes[i]).withUTF8Buffer { out.append(contentsOf: $0) }
            start = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
    }

    /// `text` escaped; text without any of the five characters is returned as it is.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The five characters, and the C0 controls other than tab and line breaks, as bits of a
    /// 64-bit mask (all are below 64). A control character becomes U+FFFD: HTML does not allow
    /// it in a page (docs/validation.md "Control and bidirectional characters").
    private static let escaped: UInt64 = {
        var mask: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27
        for b in 0..<0x20 where b != 0x09 && b != 0x0A && b != 0x0D { mask |= 1 << UInt64(b) }
        return mask
    }()

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 && escaped & (1 << UInt64(byte)) != 0
    }

    private static func replacement(_ byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        default: return "\u{FFFD}"
        }
    }
}
