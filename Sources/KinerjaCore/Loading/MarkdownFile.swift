import Foundation
import Yams

/// A content `.md` file read, split and parsed: the root `Fields` of its front-matter and
/// its body. Diagnostics of every stage go to `doc.diags`.
struct MarkdownFile {
    let fields: Fields?
    let body: String
    let doc: YAMLDocument
    /// The file's base name without extension.
    let stem: String
    /// XXH64 of the file's text and of its front matter (0 when the file could not be read
    /// or split): what an incremental build compares (docs/performance.md).
    var sourceHash: UInt64 = 0
    var frontMatterHash: UInt64 = 0

    static func load(_ path: String, display: String) -> MarkdownFile {
        var diags = DiagnosticBag()
        let stem = PathName.stem(of: path)
        guard let source = SourceText.read(path: path, display: display, limit: Limits.maxMarkdownBytes, into: &diags) else {
            return failed(display, diags, stem)
        }
        return parse(source, stem: stem, diags: diags)
    }

    static func parse(_ source: SourceText, stem: String, diags initial: DiagnosticBag = DiagnosticBag()) -> MarkdownFile {
        var diags = initial
        guard let fm = FrontMatter.split(source, into: &diags) else { return failed(source.path, diags, stem) }
        let doc = YAMLDocument(file: source.path, lineOffset: fm.lineOffset)
        flagUnsafe(body: fm.body, of: source, into: &diags)
        doc.diags = diags
        guard let root = doc.parse(fm.yaml) else {
            if doc.diags.items.isEmpty {
                doc.diags.add(.KJ002, at: SourceLocation(file: source.path, line: 1, column: 1), "front-matter is empty")
            }
            return MarkdownFile(fields: nil, body: fm.body, doc: doc, stem: stem)
        }
        let fields = Fields(root, doc: doc, what: "the front-matter")
        return MarkdownFile(fields: fields, body: fm.body, doc: doc, stem: stem,
                            sourceHash: XXH64.hash(source.text), frontMatterHash: XXH64.hash(fm.yaml))
    }

    /// KJ015 (warning) at the first control or bidirectional character of the body, its
    /// line and column in the file (docs/validation.md "Control and bidirectional
    /// characters"); pages show a control character as U+FFFD.
    static func flagUnsafe(body: String, of source: SourceText, into diags: inout DiagnosticBag) {
        guard UnsafeCharacters.contains(body) else { return }
        let scalars = body.unicodeScalars
        guard let at = scalars.firstIndex(where: UnsafeCharacters.isUnsafe) else { return }
        let before = scalars[..<at]
        // The body is the end of the file: its first line follows the file's other lines.
        let bodyStart = source.text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } - body.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let line = bodyStart + before.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        let lineStart = before.lastIndex(of: "\n").map { scalars.index(after: $0) } ?? scalars.startIndex
        let column = scalars.distance(from: lineStart, to: at) + 1
        let count = scalars.filter(UnsafeCharacters.isUnsafe).count
        let more = count > 1 ? " and \(count - 1) more" : ""
        diags.add(.KJ015, at: SourceLocation(file: source.path, line: line, column: column),
                  "the text contains \(UnsafeCharacters.describe(scalars[at]))\(more), which can hide or reorder text where it is shown",
                  hint: "delete it: most editors do not show it, so retype the text around this position")
    }

    private static func failed(_ path: String, _ diags: DiagnosticBag, _ stem: String) -> MarkdownFile {
        let doc = YAMLDocument(file: path, lineOffset: 0)
        doc.diags = diags
        return MarkdownFile(fields: nil, body: "", doc: doc, stem: stem)
    }

    /// The entity id: `id:` when present, else the file name; KJ007 when invalid.
    func entityID(_ f: Fields) -> String? {
        if f.has("id") { return f.id("id") }
        guard Identifier.isValid(stem) else {
            doc.diags.add(.KJ007, at: SourceLocation(file: doc.file, line: 1, column: 1),
                          Identifier.problem(stem) + " (the file name is the id)")
            return nil
        }
        return stem
    }

    /// The period of a realization or report: `period:` when present, else the file name
    /// (`2026-03.md`); KJ011 when neither gives one, KJ009 when it lies outside `year`.
    func period(_ f: Fields, year: Int) -> Period? {
        let period: Period
        if f.has("period") {
            guard let p = f.period("period") else { return nil }
            period = p
        } else if let p = Period(stem) {
            period = p
        } else {
            // The file name stands for the period: a bad one is an invalid period at the file,
            // not a missing field (docs/validation.md, KJ009).
            doc.diags.add(.KJ009, at: SourceLocation(file: f.origin.file),
                          "file name `\(String(stem.prefix(40)))` is not a valid period, and there is no `period` field",
                          hint: "name the file after its period, e.g. \(year)-03.md, or give `period: \(year)-03`")
            return nil
        }
        if period.year != year {
            doc.diags.add(.KJ009, at: f.valueLocation("period"), "period \(period) lies outside the plan year \(year)")
        }
        return period
    }
}
