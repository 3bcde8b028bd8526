/// A parsed Mustache template: literal text and the tags that access data. `TemplateRenderer`
/// walks it together with the view-model; `TemplateChecker` checks its partials.
indirect enum TemplateNode: Sendable, Equatable {
    /// Literal bytes, copied to the output as they are.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`; `path` is `name` split at dots
    /// (empty for `.`).
    case variable(name: String, path: [String], escaped: Bool, line: Int)
    case section(name: String, path: [String], inverted: Bool, line: Int, children: [TemplateNode])
    /// `{{>name}}`; `indentation` is the whitespace before a standalone partial tag, added to
    /// every line the partial writes (Mustache's standalone-partial rule).
    case partial(name: String, indentation: [UInt8], line: Int)
}

/// Scans Mustache text into `TemplateNode`s. Supports the logic-less core of Mustache:
/// variables, `{{{raw}}}`/`{{&raw}}`, sections, inverted sections, comments and partials,
/// with Mustache's whitespace rules (a line holding only a section, inverted, closing,
/// comment or partial tag leaves no trace in the output). Delimiter changes, inheritance
/// (`{{<`, `{{$`), dynamic partials and transforms are refused so that every data access
/// stays visible.
enum TemplateScanner {
    static func scan(_ text: String, template: String) throws -> [TemplateNode] {
        var cursor = Cursor(bytes: Array(text.utf8), template: template)
        return try cursor.nodes(closing: nil, newLine: true)
    }

    private struct Cursor {
        let bytes: [UInt8]
        let template: String
        var index = 0
        var line = 1
        /// Whether the last closing tag stood alone on its line (the text after it then starts
        /// a line; after an inline close, the next tag is not standalone).
        var closedStandalone = false

        static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        static let newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

        var atEnd: Bool { index >= bytes.count }

        /// Length of the line break at `i` (`\n` or `\r\n`), 0 if there is none.
        func lineBreak(at i: Int) -> Int {
            guard i < bytes.count else { return 0 }
            if bytes[i] == Self.newline { return 1 }
            if bytes[i] == Self.cr, i + 1 < bytes.count, bytes[i + 1] == Self.newline { return 2 }
            return 0
        }

        func isTagStart(at i: Int) -> Bool {
            i + 1 < bytes.count && bytes[i] == Self.open && bytes[i + 1] == Self.open
        }

        mutating func skipBlanks() -> ArraySlice<UInt8> {
            let start = index
            while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
            return bytes[start..<index]
        }

        /// A tag stands alone when the line so far was blank and only blanks follow it up to
        /// the line break (consumed) or the end of the text.
        mutating func standalone(_ newLine: Bool) -> Bool {
            guard newLine else { return false }
            if atEnd { return true }
            var i = index
            while i < bytes.count, bytes[i] == Self.space || bytes[i] == Self.tab { i += 1 }
            let n = lineBreak(at: i)
            guard n > 0 else { return false }
            index = i + n
            line += 1
            return true
        }

        /// The nodes up to the closing tag of `closing` (or the end of the text).
        /// `newLine`: whether the text starts at the beginning of a line.
        mutating func nodes(closing: (name: String, line: Int)?, newLine startsLine: Bool) throws -> [TemplateNode] {
            var out: [TemplateNode] = []
            var newLine = startsLine
            var blanks: ArraySlice<UInt8> = []
            func flushBlanks() {
                if !blanks.isEmpty { out.append(.text(Array(blanks))) }
                blanks = []
            }
            while !atEnd {
                if newLine { blanks = skipBlanks() }
                // Text up to a line break or a tag.
                let start = index
                var breakLength = 0
                while index < bytes.count {
                    breakLength = lineBreak(at: index)
                    if breakLength > 0 || isTagStart(at: index) { break }
                    index += 1
                }
                let text = bytes[start..<index]
                if breakLength > 0 {
                    out.append(.text(Array(blanks) + Array(text) + Array(bytes[index..<index + breakLength])))
                    blanks = []
                    index += breakLength
                    line += 1
                    newLine = true
                    continue
                }
                if !text.isEmpty {
                    out.append(.text(Array(blanks) + Array(text)))
                    blanks = []
                    newLine = false
                }
                if atEnd {
                    // Blanks on the last line are text when no tag follows them.
                    flushBlanks()
                    break
                }
                // A tag: `{{` at `index`.
                let tagLine = line
                index += 2
                let sigil: UInt8? = index < bytes.count && "{&#^/>!=<$%".utf8.contains(bytes[index]) ? bytes[index] : nil
                if sigil != nil { index += 1 }
                let raw = try tagBody(triple: sigil == Self.open, line: tagLine)
                var setNewLine = false
                switch sigil.map({ Character(Unicode.Scalar($0)) }) {
                case "!"?:
                    setNewLine = standalone(newLine)
                case "#"?, "^"?:
                    let name = try tagName(raw, line: tagLine)
                    if standalone(newLine) {
                        setNewLine = true
                        blanks = []
                    } else {
                        flushBlanks()
                    }
                    let children = try nodes(closing: (name, tagLine), newLine: setNewLine)
                    // What follows the section starts a line only if its closing tag stood alone.
                    setNewLine = closedStandalone
                    out.append(.section(name: name, path: try path(name, line: tagLine), inverted: sigil == UInt8(ascii: "^"),
                                        line: tagLine, children: children))
                case "/"?:
                    let name = try tagName(raw, line: tagLine)
                    guard let closing, closing.name == name else {
                        throw TemplateError.syntax(template: template, line: tagLine,
                                                   problem: "`{{/\(name)}}` closes no open section"
                                                       + (closing.map { " (open: `\($0.name)` from line \($0.line))" } ?? ""))
                    }
                    closedStandalone = standalone(newLine)
                    if !closedStandalone { flushBlanks() }
                    return out
                case ">"?:
                    let name = try tagName(raw, line: tagLine, partial: true)
                    let indentation = Array(blanks)
                    flushBlanks()
                    if standalone(newLine) {
                        setNewLine = true
                        out.append(.partial(name: name, indentation: indentation, line: tagLine))
                    } else {
                        out.append(.partial(name: name, indentation: [], line: tagLine))
                    }
                case "{"?, "&"?:
                    flushBlanks()
                    let name = try tagName(raw, line: tagLine)
                    out.append(.variable(name: name, path: try path(name, line: tagLine), escaped: false, line: tagLine))
                case let other?:
                    throw TemplateError.syntax(template: template, line: tagLine, problem: "`{{\(other)…}}` tags are not supported")
                case nil:
                    flushBlanks()
                    let name = try tagName(raw, line: tagLine)
                    out.append(.variable(name: name, path: try path(name, line: tagLine), escaped: true, line: tagLine))
                }
                newLine = setNewLine
            }
            if let closing {
                throw TemplateError.syntax(template: template, line: closing.line,
                                           problem: "section `\(closing.name)` is never closed")
            }
            return out
        }

        /// The text between the sigil and `}}` (`}}}` for a triple tag), which is consumed.
        mutating func tagBody(triple: Bool, line tagLine: Int) throws -> String {
            let start = index
            let count = triple ? 3 : 2
            while index + count <= bytes.count {
                if bytes[index] == Self.close, bytes[index + 1] == Self.close, !triple || bytes[index + 2] == Self.close { break }
                if bytes[index] == Self.newline { line += 1 }
                index += 1
            }
            guard index + count <= bytes.count else {
                throw TemplateError.syntax(template: template, line: tagLine, problem: "tag is never closed")
            }
            let raw = String(decoding: bytes[start..<index], as: UTF8.self)
            index += count
            return raw
        }

        func tagName(_ raw: String, line tagLine: Int, partial: Bool = false) throws -> String {
            let name = raw.trimmingSpaces
            guard !name.isEmpty else {
                throw TemplateError.syntax(template: template, line: tagLine, problem: "empty tag")
            }
            if partial, name.hasPrefix("*") {
                throw TemplateError.syntax(template: template, line: tagLine,
                                           problem: "`{{>\(name)}}`: dynamic names (Mustache's optional dynamic-names module) are not supported: name the partial")
            }
            if name.contains("(") || name.contains(" ") {
                throw TemplateError.syntax(template: template, line: tagLine,
                                           problem: "`\(name)`: transforms and expressions are not supported (templates are logic-less)")
            }
            let allowed = partial ? Self.partialNameBytes : Self.nameBytes
            guard name.utf8.allSatisfy(allowed.contains) else {
                throw TemplateError.syntax(template: template, line: tagLine, problem: "`\(name)` is not a valid name")
            }
            return name
        }

        static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?".utf8)
        static let partialNameBytes = nameBytes.union("/".utf8)

        /// `a.b.c` → `["a", "b", "c"]`; `.` → `[]` (the current value).
        func path(_ name: String, line tagLine: Int) throws -> [String] {
            if name == "." { return [] }
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !parts.contains(where: \.isEmpty) else {
                throw TemplateError.syntax(template: template, line: tagLine, problem: "`\(name)` is not a valid name")
            }
            return parts
        }
    }
}

extension String {
    var trimmingSpaces: String {
        if let f = utf8.first, let l = utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return self }
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
