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
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            diags.add(.KJ002, at: SourceLocation(file: source.path, line: 1, column: 1),
                      "front-matter missing: the file must start with a line `---`",
                      hint: "start the file with `---`, the YAML fields, and another `---` line")
            return nil
        }
        let rest: Substring = lines.count > 1 ? lines.removeLast() : ""
        // Find the closing fence: a line that is exactly `---` (or `...`).
        var lineNo = 2
        var start = rest.startIndex
        while start < rest.endIndex || start == rest.startIndex {
            let end = rest[start...].firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[start..<end].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let yaml = String(rest[rest.startIndex..<start])
                let body = end < rest.endIndex ? String(rest[rest.index(after: end)...]) : ""
                return FrontMatter(yaml: yaml, lineOffset: 1, body: body)
            }
            if end == rest.endIndex { break }
            start = rest.index(after: end)
            lineNo += 1
        }
        diags.add(.KJ002, at: SourceLocation(file: source.path, line: 1, column: 1),
                  "front-matter is not closed: no line `---` after the opening one",
                  hint: "add a line `---` after the last YAML field")
        return nil
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
