/// Reads the small YAML subset that content files use, several times faster than composing
/// with Yams, into the same tree with the same positions — or declines, and Yams reads it.
///
/// The subset: a block mapping (or, for area maps, a block sequence) at column 1; block
/// mappings and sequences (also a sequence at its key's indentation, and a mapping that
/// starts on a `- ` line); single-line plain scalars; single-line single- and double-quoted
/// scalars without escapes; flow sequences and flow mappings on one line; comments and blank
/// lines. Anything else — anchors, aliases, tags, block scalars, multi-line scalars, tabs,
/// directives, escapes, unusual characters, duplicate keys, deep nesting, errors — declines.
/// `YAMLSubsetTests` checks that every file it accepts gives Yams' tree.
struct YAMLSubsetParser {
    private struct Decline: Error {}

    /// Deepest nesting accepted (Yams' limit is `Limits.maxYAMLDepth`).
    static let maxDepth = 16

    private let b: [UInt8]
    /// Current byte.
    private var p = 0
    /// Start of the current line and its 1-based number.
    private var lineStart = 0
    private var line = 1
    private var nodes = 0

    private init(_ bytes: [UInt8]) { b = bytes }

    /// The tree of `yaml`, or nil when it lies outside the subset.
    static func parse(_ yaml: String) -> YAMLNode? {
        let bytes = Array(yaml.utf8)
        guard acceptsBytes(bytes) else { return nil }
        var parser = YAMLSubsetParser(bytes)
        return try? parser.document()
    }

    // MARK: - Characters

    /// Bytes (and UTF-8 sequences) the subset never contains: controls, tabs, and the
    /// characters libyaml treats as line breaks or refuses (NEL, LS, PS, BOM, U+FFFE/FFFF,
    /// C1 controls). Indicators of anchors, aliases, tags, block scalars, directives and
    /// complex keys are declined where a node starts (`plainStart`).
    static func acceptsBytes(_ b: [UInt8]) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            switch c {
            case 10, 0x20...0x7E:
                break
            case 0xC2:
                if i + 1 < n, b[i + 1] < 0xA0 { return false }
            case 0xE2:
                if i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return false }
            case 0xEF:
                if i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return false }
                if i + 2 < n, b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return false }
            case 0x80...0xFF:
                break
            default:
                return false
            }
            i += 1
        }
        return true
    }

    private func at(_ i: Int) -> UInt8 { i < b.count ? b[i] : 10 }
    private var current: UInt8 { at(p) }
    private var atLineEnd: Bool { p >= b.count || b[p] == 10 }
    private static func isSpaceOrEnd(_ c: UInt8) -> Bool { c == 32 || c == 10 }

    /// 1-based column of byte `i` on the current line, in characters. Counted on from the
    /// last column asked for on the same line: positions are asked for left to right, and
    /// counting from the line's start each time was quadratic in a long line (a flow list of
    /// 100 000 items took minutes).
    private func column(_ i: Int) -> Int {
        if columns.lineStart != lineStart || i < columns.index {
            columns.lineStart = lineStart
            columns.index = lineStart
            columns.column = 1
        }
        var col = columns.column
        var k = columns.index
        while k < i {
            if b[k] & 0xC0 != 0x80 { col += 1 }
            k += 1
        }
        columns.index = i
        columns.column = col
        return col
    }

    /// Where the last column count ended.
    private final class ColumnMemo {
        var lineStart = -1
        var index = 0
        var column = 1
    }

    private let columns = ColumnMemo()

    private func mark(_ i: Int) -> YAMLMark { YAMLMark(line: line, column: column(i)) }

    private mutating func count() throws(Decline) {
        nodes += 1
        if nodes > Limits.maxYAMLNodes { throw Decline() }
    }

    private mutating func skipSpaces() {
        while p < b.count, b[p] == 32 { p += 1 }
    }

    /// After a value: spaces and an optional comment up to the end of the line.
    private mutating func endOfLine() throws(Decline) {
        let before = p
        skipSpaces()
        if atLineEnd { return }
        guard b[p] == UInt8(ascii: "#"), p > before else { throw Decline() }
        while !atLineEnd { p += 1 }
    }

    /// Moves to the start of the next line.
    private mutating func nextLine() {
        while p < b.count, b[p] != 10 { p += 1 }
        if p < b.count {
            p += 1
            line += 1
            lineStart = p
        }
    }

    /// From the end of a line: skips to the next line with content (not blank, not only a
    /// comment) and returns its indentation, with `p` after it; nil at the end.
    private mutating func nextContent() -> Int? {
        nextLine()
        while p < b.count {
            skipSpaces()
            if atLineEnd || b[p] == UInt8(ascii: "#") {
                if p >= b.count { return nil }
                nextLine()
                continue
            }
            return p - lineStart
        }
        return nil
    }

    /// Whether `p` is at a block sequence entry (`-` then a space or the line's end).
    private var atEntry: Bool { current == UInt8(ascii: "-") && Self.isSpaceOrEnd(at(p + 1)) }

    // MARK: - Block structure

    private mutating func document() throws(Decline) -> YAMLNode {
        // Content on the first line, or after blank lines and comments.
        skipSpaces()
        if atLineEnd || current == UInt8(ascii: "#") {
            guard nextContent() != nil else { throw Decline() }
        }
        guard p == lineStart else { throw Decline() }
        let root: YAMLNode
        var next: Int?
        if atEntry {
            (root, next) = try blockSequence(indent: 0, depth: 1)
        } else {
            (root, next) = try blockMapping(indent: 0, depth: 1)
        }
        guard next == nil else { throw Decline() }
        return root
    }

    /// A block mapping whose first key is at `p`, at indentation `indent`. Returns the node and
    /// the indentation of the line after it (its content at `p`), nil at the end.
    private mutating func blockMapping(indent: Int, depth: Int) throws(Decline) -> (YAMLNode, Int?) {
        guard depth <= Self.maxDepth else { throw Decline() }
        try count()
        let start = mark(p)
        var pairs: [YAMLNode.Pair] = []
        var next: Int?
        while true {
            if p - lineStart == 0, (matches("---") || matches("...")) { throw Decline() }
            let key = try blockKey()
            try count()
            for earlier in pairs {
                if case let .scalar(k) = earlier.key, k.string == key.string { throw Decline() }
            }
            let value: YAMLNode
            (value, next) = try valueAfterColon(indent: indent, depth: depth)
            pairs.append(YAMLNode.Pair(key: .scalar(key), value: value))
            guard let n = next else { break }
            if n < indent { break }
            guard n == indent, !atEntry else { throw Decline() }
        }
        return (.mapping(YAMLNode.Mapping(pairs: pairs, mark: start)), next)
    }

    private func matches(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard p + n <= b.count else { return false }
        for k in 0..<n where b[p + k] != s.utf8Start[k] { return false }
        return true
    }

    /// A key at `p` and its `:` (followed by a space or the line's end); `p` after the colon.
    private mutating func blockKey() throws(Decline) -> YAMLNode.Scalar {
        let start = p
        if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
            let key = try quoted()
            skipSpaces()
            guard current == UInt8(ascii: ":"), Self.isSpaceOrEnd(at(p + 1)) else { throw Decline() }
            try Self.checkKeyLength(from: start, to: p)
            p += 1
            return key
        }
        try plainStart(flow: false)
        while true {
            let c = current
            if c == 10 { throw Decline() }
            if c == UInt8(ascii: ":"), Self.isSpaceOrEnd(at(p + 1)) { break }
            if c == UInt8(ascii: "#"), b[p - 1] == 32 { throw Decline() }
            p += 1
        }
        // Counted up to the colon: the blanks before it are part of the implicit key.
        try Self.checkKeyLength(from: start, to: p)
        var end = p
        while end > start, b[end - 1] == 32 { end -= 1 }
        let key = YAMLNode.Scalar(string: String(decoding: b[start..<end], as: UTF8.self), isPlain: true, mark: mark(start))
        p += 1
        return key
    }

    /// YAML limits an implicit key (quotes and the blanks before its `:` included) to 1 024
    /// characters, and Yams refuses a longer one. Bytes are counted, never fewer than
    /// characters, and the subset stops well short of the limit: a longer key is left to Yams,
    /// which accepts or refuses it.
    static let maxKeyBytes = 1000

    private static func checkKeyLength(from start: Int, to colon: Int) throws(Decline) {
        guard colon - start <= maxKeyBytes else { throw Decline() }
    }

    /// The value after a block key's colon.
    private mutating func valueAfterColon(indent: Int, depth: Int) throws(Decline) -> (YAMLNode, Int?) {
        let afterColon = p
        skipSpaces()
        if atLineEnd || (current == UInt8(ascii: "#") && p > afterColon) {
            let emptyMark = mark(afterColon)
            guard let n = nextContent() else {
                return (try null(emptyMark), nil)
            }
            if n > indent {
                return atEntry ? try blockSequence(indent: n, depth: depth + 1) : try blockMapping(indent: n, depth: depth + 1)
            }
            if n == indent, atEntry {
                return try blockSequence(indent: n, depth: depth + 1)
            }
            return (try null(emptyMark), n)
        }
        let value = try inlineValue(depth: depth)
        return (value, nextContent())
    }

    private mutating func null(_ at: YAMLMark) throws(Decline) -> YAMLNode {
        try count()
        return .scalar(YAMLNode.Scalar(string: "", isPlain: true, mark: at))
    }

    /// A value that starts on the current line and ends with it: flow collection, quoted or
    /// plain scalar. `p` is left at the line's end.
    private mutating func inlineValue(depth: Int) throws(Decline) -> YAMLNode {
        let node: YAMLNode
        switch current {
        case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            node = try flowNode(depth: depth + 1)
            try endOfLine()
        default:
            node = .scalar(try plainLine())
        }
        return node
    }

    /// A plain scalar to the end of the line (or a comment).
    private mutating func plainLine() throws(Decline) -> YAMLNode.Scalar {
        try count()
        let start = p
        try plainStart(flow: false)
        while !atLineEnd {
            let c = b[p]
            if c == UInt8(ascii: ":"), Self.isSpaceOrEnd(at(p + 1)) { throw Decline() }
            if c == UInt8(ascii: "#"), b[p - 1] == 32 { break }
            p += 1
        }
        var end = p
        while end > start, b[end - 1] == 32 { end -= 1 }
        if !atLineEnd { while !atLineEnd { p += 1 } }
        return YAMLNode.Scalar(string: String(decoding: b[start..<end], as: UTF8.self), isPlain: true, mark: mark(start))
    }

    /// A plain scalar may not start with an indicator (`-` only before a non-space); nodes
    /// that start with the indicator of an anchor, alias, tag, block scalar, directive or
    /// complex key are declined here too.
    private func plainStart(flow: Bool) throws(Decline) {
        switch current {
        case UInt8(ascii: "-"):
            let next = at(p + 1)
            if Self.isSpaceOrEnd(next) { throw Decline() }
            if flow, next == UInt8(ascii: ",") || next == UInt8(ascii: "]") || next == UInt8(ascii: "}") { throw Decline() }
        case UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "'"), UInt8(ascii: "\""), 32, 10,
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
             UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "?"):
            throw Decline()
        default:
            break
        }
    }

    /// A block sequence whose first `-` is at `p`, at indentation `indent`.
    private mutating func blockSequence(indent: Int, depth: Int) throws(Decline) -> (YAMLNode, Int?) {
        guard depth <= Self.maxDepth else { throw Decline() }
        try count()
        let start = mark(p)
        var items: [YAMLNode] = []
        var next: Int?
        while true {
            guard atEntry else { throw Decline() }
            p += 1
            skipSpaces()
            guard !atLineEnd, current != UInt8(ascii: "#") else { throw Decline() }
            let item: YAMLNode
            if atEntry {
                throw Decline()
            } else if current == UInt8(ascii: "[") || current == UInt8(ascii: "{") || current == UInt8(ascii: "\"")
                        || current == UInt8(ascii: "'") {
                item = try inlineValue(depth: depth)
                next = nextContent()
            } else if lineHasKey() {
                (item, next) = try blockMapping(indent: p - lineStart, depth: depth + 1)
            } else {
                item = .scalar(try plainLine())
                next = nextContent()
            }
            items.append(item)
            guard let n = next, n >= indent else { break }
            if n == indent, !atEntry { break }
            guard n == indent else { throw Decline() }
        }
        return (.sequence(YAMLNode.Sequence(items: items, mark: start)), next)
    }

    /// Whether the plain text at `p` is a key: a `:` before a space or the line's end comes
    /// before any comment.
    private func lineHasKey() -> Bool {
        var i = p
        while i < b.count, b[i] != 10 {
            if b[i] == UInt8(ascii: ":"), Self.isSpaceOrEnd(at(i + 1)) { return true }
            if b[i] == UInt8(ascii: "#"), i > p, b[i - 1] == 32 { return false }
            i += 1
        }
        return false
    }

    // MARK: - Flow and quoted

    private mutating func flowNode(depth: Int) throws(Decline) -> YAMLNode {
        guard depth <= Self.maxDepth else { throw Decline() }
        switch current {
        case UInt8(ascii: "["): return try flowSequence(depth: depth)
        case UInt8(ascii: "{"): return try flowMapping(depth: depth)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .scalar(try quoted())
        default: return .scalar(try flowPlain())
        }
    }

    private mutating func flowSequence(depth: Int) throws(Decline) -> YAMLNode {
        try count()
        let start = mark(p)
        p += 1
        skipSpaces()
        var items: [YAMLNode] = []
        if current == UInt8(ascii: "]") {
            p += 1
            return .sequence(YAMLNode.Sequence(items: items, mark: start))
        }
        while true {
            items.append(try flowNode(depth: depth + 1))
            skipSpaces()
            if current == UInt8(ascii: "]") { p += 1; break }
            guard current == UInt8(ascii: ",") else { throw Decline() }
            p += 1
            skipSpaces()
            if current == UInt8(ascii: "]") { throw Decline() }
        }
        return .sequence(YAMLNode.Sequence(items: items, mark: start))
    }

    private mutating func flowMapping(depth: Int) throws(Decline) -> YAMLNode {
        try count()
        let start = mark(p)
        p += 1
        skipSpaces()
        var pairs: [YAMLNode.Pair] = []
        if current == UInt8(ascii: "}") {
            p += 1
            return .mapping(YAMLNode.Mapping(pairs: pairs, mark: start))
        }
        while true {
            let key: YAMLNode.Scalar
            let keyStart = p
            if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                key = try quoted()
                skipSpaces()
                guard current == UInt8(ascii: ":"), at(p + 1) == 32 else { throw Decline() }
            } else {
                key = try flowPlain(key: true)
            }
            try Self.checkKeyLength(from: keyStart, to: p)
            p += 1
            skipSpaces()
            for earlier in pairs {
                if case let .scalar(k) = earlier.key, k.string == key.string { throw Decline() }
            }
            if current == UInt8(ascii: ",") || current == UInt8(ascii: "}") { throw Decline() }
            let value = try flowNode(depth: depth + 1)
            pairs.append(YAMLNode.Pair(key: .scalar(key), value: value))
            skipSpaces()
            if current == UInt8(ascii: "}") { p += 1; break }
            guard current == UInt8(ascii: ",") else { throw Decline() }
            p += 1
            skipSpaces()
            if current == UInt8(ascii: "}") { throw Decline() }
        }
        return .mapping(YAMLNode.Mapping(pairs: pairs, mark: start))
    }

    /// A plain scalar inside a flow collection: up to `,`, `]` or `}` (a key: up to `: `).
    /// Declines on a `:` elsewhere, a `#`, an opening bracket or the line's end.
    private mutating func flowPlain(key: Bool = false) throws(Decline) -> YAMLNode.Scalar {
        try count()
        let start = p
        try plainStart(flow: true)
        while true {
            let c = current
            if c == 10 || c == UInt8(ascii: "#") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { throw Decline() }
            if c == UInt8(ascii: ":") {
                guard key, at(p + 1) == 32 else { throw Decline() }
                break
            }
            if c == UInt8(ascii: ",") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                if key { throw Decline() }
                break
            }
            p += 1
        }
        var end = p
        while end > start, b[end - 1] == 32 { end -= 1 }
        return YAMLNode.Scalar(string: String(decoding: b[start..<end], as: UTF8.self), isPlain: true, mark: mark(start))
    }

    /// A single- or double-quoted scalar on one line (no escapes: `''` only); `p` after it.
    private mutating func quoted() throws(Decline) -> YAMLNode.Scalar {
        try count()
        let start = p
        let quote = b[p]
        p += 1
        var text: [UInt8] = []
        while true {
            let c = current
            if c == 10 || (c == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"")) { throw Decline() }
            if c == quote {
                if quote == UInt8(ascii: "'"), at(p + 1) == quote {
                    text.append(quote)
                    p += 2
                    continue
                }
                p += 1
                break
            }
            text.append(c)
            p += 1
        }
        // Double-quoted: no escapes (declined with `\`); leading and trailing spaces are kept.
        return YAMLNode.Scalar(string: String(decoding: text, as: UTF8.self), isPlain: false, mark: mark(start))
    }
}
