/// The value of a compared field before or after a change: a number (targets, baselines),
/// a text (unit, owner, polarity, aggregation), or absent.
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case text(String)
    case absent

    init(_ x: Double?) { self = x.map(FieldValue.number) ?? .absent }
    init(_ s: String?) { self = s.map(FieldValue.text) ?? .absent }

    public var number: Double? {
        if case let .number(x) = self { return x }
        return nil
    }

    /// Numbers as data files write them (`28`, `0.5`), texts as they are, `—` when absent.
    public var description: String {
        switch self {
        case let .number(x): return JSONWriter.formatNumber(x)
        case let .text(s): return s
        case .absent: return "—"
        }
    }

    /// Equal, with numbers compared up to rounding noise.
    func matches(_ other: FieldValue) -> Bool {
        switch (self, other) {
        case let (.number(a), .number(b)): return FieldValue.same(a, b)
        default: return self == other
        }
    }

    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }
}
