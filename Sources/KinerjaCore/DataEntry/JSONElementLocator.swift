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

    /// What JSONDecoder lets pass but an export must not have: a key twice in one object (the
    /// last would win silently) and a trailing comma before `]` or `}` (docs/data-entry.md).
    /// 1-based positions; at most `limit` problems.
    static func structuralProblems(_ bytes: [UInt8], limit: Int = 20) -> [(line: Int, column: Int, message: String)] {
        struct Frame { var isObject: Bool; var keys: Set<[UInt8]> = []; var expectingKey = false }
        var stack: [Frame] = []
        var out: [(Int, Int, String)] = []
        var i = 0, line = 1, col = 1
        var inString = false, escaped = false, isKey = false
        var key: [UInt8] = [], keyLine = 0, keyColumn = 0
        var comma: (Int, Int)? = nil
        while i < bytes.count, out.count < limit {
            let b = bytes[i]
            if inString {
                if escaped { escaped = false; if isKey { key.append(b) } }
                else if b == UInt8(ascii: "\\") { escaped = true; if isKey { key.append(b) } }
                else if b == UInt8(ascii: "\"") {
                    inString = false
                    if isKey, !stack.isEmpty {
                        if !stack[stack.count - 1].keys.insert(key).inserted {
                            let name = String(decoding: key.prefix(40), as: UTF8.self)
                            out.append((keyLine, keyColumn, "the key `\(name)` appears twice in one object"))
                        }
                        stack[stack.count - 1].expectingKey = false
                    }
                } else if isKey { key.append(b) }
            } else if !(b == 32 || b == 9 || b == 10 || b == 13) {
                if b == UInt8(ascii: "]") || b == UInt8(ascii: "}"), let c = comma {
                    out.append((c.0, c.1, "a trailing comma before `\(b == UInt8(ascii: "]") ? "]" : "}")`"))
                }
                comma = nil
                switch b {
                case UInt8(ascii: "\""):
                    inString = true
                    isKey = stack.last.map { $0.isObject && $0.expectingKey } ?? false
                    key = []; keyLine = line; keyColumn = col
                case UInt8(ascii: "{"): stack.append(Frame(isObject: true, expectingKey: true))
                case UInt8(ascii: "["): stack.append(Frame(isObject: false))
                case UInt8(ascii: "]"), UInt8(ascii: "}"): _ = stack.popLast()
                case UInt8(ascii: ","):
                    comma = (line, col)
                    if stack.last?.isObject == true { stack[stack.count - 1].expectingKey = true }
                default: break
                }
            }
            if b == 10 { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return out
    }
}
