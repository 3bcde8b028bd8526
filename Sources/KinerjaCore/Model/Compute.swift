/// How an indicator's realization rows are computed from another system's records
/// (`compute:` in the indicator's front matter, docs/data-entry.md "Indicators computed from
/// SPSE"): `{from: spse, value: "…"}`, or `{from: spse, numerator: "…", denominator: "…"}`
/// for a ratio. The expressions are `SpseExpression`s; `kinerja check` reports their
/// problems at their column (KJ205–KJ209), `kinerja import spse` evaluates them.
public struct Compute: Sendable, Hashable {
    /// The sources kinerja can compute from.
    public static let sources = ["spse"]
    /// The expression keys, in the order they are checked.
    public static let expressionKeys = ["value", "numerator", "denominator"]

    /// `spse`.
    public var from: String?
    /// The expression texts by key (`value`, `numerator`, `denominator`), as written.
    public var expressions: [String: String]
    /// Where each expression's first character stands (after an opening quote), so a
    /// problem at column c of the expression is at `start.column + c - 1`.
    public var starts: [String: SourceLocation]

    public init(from: String?, expressions: [String: String] = [:], starts: [String: SourceLocation] = [:]) {
        self.from = from
        self.expressions = expressions
        self.starts = starts
    }

    public var value: String? { expressions["value"] }
    public var numerator: String? { expressions["numerator"] }
    public var denominator: String? { expressions["denominator"] }

    /// Whether it computes a ratio's numerator and denominator (not a value).
    public var isRatio: Bool { numerator != nil || denominator != nil }

    /// The parsed expressions, by key, in `expressionKeys` order.
    public func parsed() -> [(key: String, result: Result<SpseExpression, SpseExpression.Problem>)] {
        Self.expressionKeys.compactMap { key in expressions[key].map { (key, SpseExpression.parse($0)) } }
    }

    /// Where column `column` (1-based) of the expression `key` stands in the file.
    public func location(_ key: String, column: Int) -> SourceLocation? {
        guard var at = starts[key] else { return nil }
        at.column += column - 1
        return at
    }
}
