/// A Markdown file split into its YAML front-matter and CommonMark body.
public struct FrontMatter: Sendable {
    /// The YAML between the fences.
    public let yaml: String
    /// Number of lines before the YAML's first line (the opening fence): add to YAML marks.
    public let lineOffset: Int
    /// The body after the closing fence.
    public let body: String

    /// Splits `---\n<yaml>\n---\n<body>`; reports KJ002 when the front-matter is missing or not closed.
    public static func split(_ source: SourceText, into diags: inout DiagnosticBag) -> FrontMatter? {
        let text = source.text
        // Lines are found on the UTF-8 bytes (newlines are LF after `SourceText`).
        let newline = UInt8(ascii: "\n")
        let firstEnd = text.utf8.firstIndex(of: newline) ?? text.endIndex
        guard text[..<firstEnd].trimmingTrailingSpaces() == "---" else {
            diags.add(.KJ002, at: SourceLocation(file: source.path, line: 1, column: 1),
                      "front-matter missing: the file must start with a line `---`",
                      hint: "start the file with `---`, the YAML fields, and another `---` line")
            return nil
        }
        let rest: Substring = firstEnd < text.endIndex ? text[text.utf8.index(after: firstEnd)...] : ""
        // Find the closing fence: a line that is exactly `---` (or `...`).
        var start = rest.startIndex
        while true {
            let end = rest.utf8[start...].firstIndex(of: newline) ?? rest.endIndex
            let line = rest[start..<end].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let yaml = String(rest[rest.startIndex..<start])
                let body = end < rest.endIndex ? String(rest[rest.utf8.index(after: end)...]) : ""
                return FrontMatter(yaml: yaml, lineOffset: 1, body: body)
            }
            if end == rest.endIndex { break }
            start = rest.utf8.index(after: end)
        }
        diags.add(.KJ002, at: SourceLocation(file: source.path, line: 1, column: 1),
                  "front-matter is not closed: no line `---` after the opening one",
                  hint: "add a line `---` after the last YAML field")
        return nil
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        if let last = utf8.last, last != 0x20, last != 0x09, last < 0x80 { return self }
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
