/// A position in a content file. Lines and columns are 1-based; 0 means "the whole file".
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }
}

/// One problem found in the content, positioned in its file.
public struct Diagnostic: Sendable, Hashable, Comparable {
    public var rule: Rule
    public var location: SourceLocation
    public var message: String
    public var hint: String?
    /// For the "… N more" line that stands for diagnostics not shown (docs/validation.md
    /// "How many are shown"): N. Zero for every other diagnostic.
    public var more: Int = 0

    public init(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.rule = rule
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var code: String { rule.code }
    public var severity: Severity { rule.severity }
    public var file: String { location.file }
    public var line: Int { location.line }
    public var column: Int { location.column }
    public var sopStep: Int? { rule.sopStep }

    /// Sorted by file, then line, column, code and message.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.rule != b.rule { return a.rule.rawValue < b.rule.rawValue }
        return a.message < b.message
    }
}

/// Collects diagnostics during a stage. Not shared across threads: each stage owns one
/// and merges it into the caller's.
public struct DiagnosticBag: Sendable {
    /// What was added, except diagnostics beyond `DiagnosticCap.perFileAndRule` of one rule
    /// in one file, which are counted, not kept (a malformed file of a million rows would
    /// otherwise hold a million messages), and stand as one "… N more" diagnostic here.
    public var items: [Diagnostic] {
        guard !dropped.isEmpty else { return kept }
        return kept + DiagnosticCap.summaries(dropped)
    }
    private var kept: [Diagnostic] = []
    private var counts: [DiagnosticCap.Key: Int] = [:]
    private var dropped: [DiagnosticCap.Key: Int] = [:]

    public init() {}

    public mutating func add(_ d: Diagnostic) {
        let key = DiagnosticCap.Key(file: d.file, rule: d.rule)
        let n = counts[key, default: 0] + 1
        counts[key] = n
        if n > DiagnosticCap.perFileAndRule && d.more == 0 {
            dropped[key, default: 0] += 1
        } else {
            kept.append(d)
        }
    }

    public mutating func add(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) {
        add(Diagnostic(rule, at: location, message, hint: hint))
    }

    public mutating func merge(_ other: DiagnosticBag) { kept.append(contentsOf: other.items) }
    public mutating func merge(_ other: [Diagnostic]) { kept.append(contentsOf: other) }

    public var errors: Int { DiagnosticCap.total(items, .error) }
    public var warnings: Int { DiagnosticCap.total(items, .warning) }
    public var hasErrors: Bool { kept.contains { $0.severity == .error } }
    public var sorted: [Diagnostic] { items.sorted() }
}
