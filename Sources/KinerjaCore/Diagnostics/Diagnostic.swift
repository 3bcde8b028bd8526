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
        var hidden = dropped
        if let l = last, l.dropped > 0 { hidden[l.key, default: 0] += l.dropped }
        guard !hidden.isEmpty else { return kept }
        return kept + DiagnosticCap.summaries(hidden)
    }
    private var kept: [Diagnostic] = []
    private var counts: [DiagnosticCap.Key: Int] = [:]
    private var dropped: [DiagnosticCap.Key: Int] = [:]
    /// The key of the last add with its count and drops, not yet in `counts` and `dropped`:
    /// the rows of one file give runs of one key, counted without hashing.
    private var last: (key: DiagnosticCap.Key, count: Int, dropped: Int)? = nil

    /// How many diagnostics were added, kept or not: what a loader compares to tell
    /// whether a step reported anything.
    public private(set) var added = 0

    public init() {}

    public mutating func add(_ d: Diagnostic) {
        added += 1
        var run: (key: DiagnosticCap.Key, count: Int, dropped: Int)
        if let l = last, l.key.rule == d.rule, l.key.file == d.file {
            run = l
        } else {
            if let l = last {
                counts[l.key] = l.count
                if l.dropped > 0 { dropped[l.key, default: 0] += l.dropped }
            }
            let key = DiagnosticCap.Key(file: d.file, rule: d.rule)
            run = (key, counts[key, default: 0], 0)
        }
        run.count += 1
        if run.count > DiagnosticCap.perFileAndRule && d.more == 0 {
            run.dropped += 1
        } else {
            kept.append(d)
        }
        last = run
    }

    public mutating func add(_ rule: Rule, at location: SourceLocation, _ message: String, hint: String? = nil) {
        add(Diagnostic(rule, at: location, message, hint: hint))
    }

    public mutating func merge(_ other: DiagnosticBag) {
        kept.append(contentsOf: other.items)
        added += other.added
    }

    public mutating func merge(_ other: [Diagnostic]) {
        kept.append(contentsOf: other)
        added += other.count
    }

    public var errors: Int { DiagnosticCap.total(items, .error) }
    public var warnings: Int { DiagnosticCap.total(items, .warning) }
    public var hasErrors: Bool { kept.contains { $0.severity == .error } }
    public var sorted: [Diagnostic] { items.sorted() }
}
