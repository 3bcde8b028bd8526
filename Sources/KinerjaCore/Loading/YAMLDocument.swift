import Yams

/// Parses front-matter YAML into Yams' node tree and turns node marks into file positions.
final class YAMLDocument {
    let file: String
    let lineOffset: Int
    var diags = DiagnosticBag()
    private var nodesLeft = Limits.maxYAMLNodes
    private var budgetReported = false
    /// The parsed text, to find a character's position in it (`locate`).
    private var text = ""
    private var lineStarts: [String.Index]? = nil

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Parses `yaml`; reports KJ003 at the error's position, or where it nests too deep or
    /// expands too much (checked before composing, see `YAMLGuard`). Front-matter in the
    /// small subset content files use is read by `YAMLSubsetParser`; everything else (and
    /// every error) by Yams.
    func parse(_ yaml: String) -> YAMLNode? {
        text = yaml
        lineStarts = nil
        if let node = YAMLSubsetParser.parse(yaml) { return node }
        return parseWithYams(yaml)
    }

    /// Parses `yaml` with Yams only.
    func parseWithYams(_ yaml: String) -> YAMLNode? {
        if let problem = YAMLGuard.check(yaml) {
            diags.add(.KJ003, at: SourceLocation(file: file, line: problem.line + lineOffset, column: problem.column),
                      problem.message, hint: problem.hint)
            return nil
        }
        do {
            // Pass the encoding: its default reads the whole process environment on every call.
            guard let node = try Yams.compose(yaml: yaml, Resolver.basic, Constructor.default, .utf8) else { return nil }
            flagUnknownTags(node)
            return YAMLNode(node)
        } catch let error as YamlError {
            report(error, in: yaml)
        } catch {
            diags.add(.KJ003, at: SourceLocation(file: file, line: lineOffset + 1, column: 1), "YAML error: \(error)")
        }
        return nil
    }

    /// The tags kinerja reads (docs/validation.md "YAML tags"): the core schema's scalar and
    /// collection tags and the non-specific `!` (text).
    private static let yamlPrefix = "tag:yaml.org,2002:"
    private static let knownTags: Set<String> = ["str", "int", "float", "bool", "null", "map", "seq"]
        .reduce(into: Set(["!", "?", ""])) { $0.insert(yamlPrefix + $1) }

    /// KJ018 (warning) at each node whose tag kinerja does not read (`!foo`, `!!binary`): the
    /// value is read as if it had no tag.
    private func flagUnknownTags(_ node: Node) {
        var stack = [node]
        var reported = 0
        while let n = stack.popLast() {
            let tag: String
            switch n {
            case let .scalar(s): tag = s.tag.rawValue
            case let .mapping(m):
                tag = m.tag.rawValue
                for pair in m { stack.append(pair.value); stack.append(pair.key) }
            case let .sequence(q):
                tag = q.tag.rawValue
                stack.append(contentsOf: q.reversed())
            case .alias: continue
            }
            guard !Self.knownTags.contains(tag), reported < 50 else { continue }
            reported += 1
            let shown = tag.hasPrefix(Self.yamlPrefix) ? "!!" + tag.dropFirst(Self.yamlPrefix.count) : Substring(tag)
            diags.add(.KJ018, at: location(n.mark), "YAML tag `\(String(shown.prefix(60)))` is not understood; the value is read as if it had none",
                      hint: "remove the tag, or use !!str to keep a value as text")
        }
    }

    private func report(_ error: YamlError, in yaml: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            var hint: String? = nil
            if problem.contains("cannot start any token") || problem.contains("tab") {
                hint = "YAML is indented with spaces, not tabs"
            } else if problem.contains("mapping values are not allowed") {
                hint = "quote values that contain `: `"
            }
            diags.add(.KJ003, at: location(mark), message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the first occurrence; point at the repeated one, where the fix is.
            let first = location(context.mark)
            let at = duplicates.first.flatMap { Self.repeatedKeyLine($0, after: context.mark, in: yaml) }
                .map { SourceLocation(file: file, line: $0 + lineOffset, column: context.mark.column) } ?? first
            diags.add(.KJ003, at: at,
                      "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) in a mapping"
                        + (at == first ? "" : " (first at line \(first.line))"),
                      hint: "keep one of them")
        case let .reader(problem, _, _, _):
            diags.add(.KJ001, at: SourceLocation(file: file, line: lineOffset + 1, column: 1), "cannot read YAML: \(problem)")
        default:
            diags.add(.KJ003, at: SourceLocation(file: file, line: lineOffset + 1, column: 1), "YAML error: \(error)")
        }
    }

    /// The 1-based line of the next block-mapping line after `mark` that starts, at `mark`'s
    /// column, with `key:`; nil when there is none (e.g. a flow mapping on one line).
    static func repeatedKeyLine(_ key: String, after mark: Mark, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = mark.column - 1
        guard mark.line >= 1, indent >= 0, mark.line < lines.count else { return nil }
        for i in mark.line..<lines.count {
            let line = lines[i]
            guard line.count > indent, line.prefix(indent).allSatisfy({ $0 == " " }) else { continue }
            let rest = line.dropFirst(indent)
            for written in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(written) {
                if rest.dropFirst(written.count).drop(while: { $0 == " " }).hasPrefix(":") { return i + 1 }
            }
        }
        return nil
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + lineOffset, column: Int(mark.column))
    }

    func location(_ node: YAMLNode) -> SourceLocation { location(node.mark) }

    /// Where `u` is first written at or after `mark`, looking at most `limit` characters
    /// ahead; nil when it is not written as itself there (e.g. as a `\u202E` escape).
    func locate(_ u: Unicode.Scalar, from mark: YAMLMark, limit: Int) -> SourceLocation? {
        if lineStarts == nil {
            var starts = [text.startIndex]
            var i = text.startIndex
            while let n = text[i...].firstIndex(of: "\n") {
                i = text.index(after: n)
                starts.append(i)
            }
            lineStarts = starts
        }
        guard let starts = lineStarts, mark.line >= 1, Int(mark.line) <= starts.count, mark.column >= 1 else { return nil }
        var line = Int(mark.line), column = 1
        var i = starts[line - 1]
        var seen = 0
        while i < text.endIndex, column < Int(mark.column) {
            i = text.index(after: i)
            column += 1
        }
        while i < text.endIndex, seen <= limit {
            let c = text[i]
            if c.unicodeScalars.contains(u) {
                return SourceLocation(file: file, line: line + lineOffset, column: column)
            }
            if c == "\n" || c == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            seen += 1
            i = text.index(after: i)
        }
        return nil
    }

    /// Counts one visited node against the file's budget; false once exhausted (reported once).
    func spend(_ node: YAMLNode) -> Bool {
        nodesLeft -= 1
        if nodesLeft >= 0 { return true }
        if !budgetReported {
            budgetReported = true
            diags.add(.KJ003, at: location(node), YAMLGuard.budgetMessage, hint: YAMLGuard.budgetHint)
        }
        return false
    }
}
