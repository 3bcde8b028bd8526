/// The tag structure of a Mustache template, as far as data access is concerned. Used to
/// check, before rendering, that every key a template refers to is in the view-model.
indirect enum TemplateNode: Sendable, Equatable {
    case variable(name: String, escaped: Bool, line: Int)
    case section(name: String, inverted: Bool, line: Int, children: [TemplateNode])
    case partial(name: String, line: Int)
}

/// Scans Mustache text into `TemplateNode`s. Supports the logic-less core of Mustache:
/// variables, `{{{raw}}}`/`{{&raw}}`, sections, inverted sections, comments and partials.
/// Delimiter changes, inheritance (`{{<`, `{{$`), dynamic partials and transforms are
/// refused so that every data access stays visible to the checker.
enum TemplateScanner {
    static func scan(_ text: String, template: String) throws -> [TemplateNode] {
        var scanner = Cursor(bytes: Array(text.utf8), template: template)
        let nodes = try scanner.nodes(closing: nil)
        return nodes
    }

    private struct Cursor {
        let bytes: [UInt8]
        let template: String
        var index = 0
        var line = 1

        mutating func nodes(closing: (name: String, line: Int)?) throws -> [TemplateNode] {
            var out: [TemplateNode] = []
            while let (kind, name, tagLine) = try nextTag() {
                switch kind {
                case "!": continue
                case "{", "&": out.append(.variable(name: name, escaped: false, line: tagLine))
                case "#", "^":
                    let children = try nodes(closing: (name, tagLine))
                    out.append(.section(name: name, inverted: kind == "^", line: tagLine, children: children))
                case "/":
                    guard let closing, closing.name == name else {
                        throw TemplateError.syntax(template: template, line: tagLine,
                                                   problem: "`{{/\(name)}}` closes no open section"
                                                       + (closing.map { " (open: `\($0.name)` from line \($0.line))" } ?? ""))
                    }
                    return out
                case ">": out.append(.partial(name: name, line: tagLine))
                case "=", "<", "$":
                    throw TemplateError.syntax(template: template, line: tagLine,
                                               problem: "`{{\(kind)…}}` tags are not supported")
                default: out.append(.variable(name: name, escaped: true, line: tagLine))
                }
            }
            if let closing {
                throw TemplateError.syntax(template: template, line: closing.line,
                                           problem: "section `\(closing.name)` is never closed")
            }
            return out
        }

        /// The next tag: its sigil (a space for a plain variable), name and line; nil at the end.
        mutating func nextTag() throws -> (Character, String, Int)? {
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") { break }
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
            }
            guard index + 1 < bytes.count else { return nil }
            let tagLine = line
            index += 2
            var kind: Character = " "
            if index < bytes.count, "{&#^/>!=<$".utf8.contains(bytes[index]) {
                kind = Character(Unicode.Scalar(bytes[index]))
                index += 1
            }
            let terminator: [UInt8] = kind == "{" ? Array("}}}".utf8) : Array("}}".utf8)
            let start = index
            while index + terminator.count <= bytes.count, Array(bytes[index..<index + terminator.count]) != terminator {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
            }
            guard index + terminator.count <= bytes.count else {
                throw TemplateError.syntax(template: template, line: tagLine, problem: "tag is never closed")
            }
            let raw = String(decoding: bytes[start..<index], as: UTF8.self)
            index += terminator.count
            if kind == "!" { return (kind, "", tagLine) }
            let name = raw.trimmingSpaces
            guard !name.isEmpty else {
                throw TemplateError.syntax(template: template, line: tagLine, problem: "empty tag")
            }
            if name.contains("(") || name.contains(" ") {
                throw TemplateError.syntax(template: template, line: tagLine,
                                           problem: "`\(name)`: transforms and expressions are not supported (templates are logic-less)")
            }
            if kind == ">", name.hasPrefix("*") {
                throw TemplateError.syntax(template: template, line: tagLine, problem: "dynamic partials are not supported")
            }
            return (kind, name, tagLine)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
