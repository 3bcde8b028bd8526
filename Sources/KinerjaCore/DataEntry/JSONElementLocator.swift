/// Finds where each element of a JSON document's top-level array starts, so that problems
/// in a record can be reported at its line. Strings and nesting are skipped properly.
enum JSONElementLocator {
    /// 1-based (line, column) of each element of the top-level array; nil when the
    /// document is not an array.
    static func elementStarts(_ bytes: [UInt8]) -> [(line: Int, column: Int)]? {
        elements(bytes)?.map { ($0.line, $0.column) }
    }

    /// Each element's start as (line, column, byte offset).
    static func elements(_ bytes: [UInt8]) -> [(line: Int, column: Int, offset: Int)]? {
        var i = 0, line = 1, col = 1
        var depth = 0
        var inString = false, escaped = false
        var expectingElement = false
        var starts: [(Int, Int, Int)] = []
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if escaped { escaped = false }
                else if b == UInt8(ascii: "\\") { escaped = true }
                else if b == UInt8(ascii: "\"") { inString = false }
            } else {
                let isSpace = b == 32 || b == 9 || b == 10 || b == 13
                if depth == 0 && !isSpace && starts.isEmpty && !expectingElement && b != UInt8(ascii: "[") { return nil }
                if expectingElement && !isSpace && b != UInt8(ascii: "]") {
                    starts.append((line, col, i))
                    expectingElement = false
                }
                switch b {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth == 1 { expectingElement = true }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth -= 1
                    if depth == 0 { expectingElement = false }
                case UInt8(ascii: ","):
                    if depth == 1 { expectingElement = true }
                default: break
                }
            }
            if b == 10 { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return starts
    }
}
