/// Any JSON value: read without a schema (`kinerja import sirup`, docs/data-entry.md) and
/// written compactly for the open data (docs/open-data.md). Objects keep their members in
/// order, so the same value always gives the same bytes; numbers are written by
/// `DecimalText`, the one number-to-text path (docs/scoring.md).
public indirect enum JSONValue: Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A number, or `null` when absent.
    public static func number(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }
    /// An integer, or `null` when absent.
    public static func integer(_ n: Int?) -> JSONValue { n.map { .number(Double($0)) } ?? .null }
    /// A string, or `null` when absent.
    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    private struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: Key.self) {
            self = .object(try c.allKeys.map { ($0.stringValue, try c.decode(JSONValue.self, forKey: $0)) })
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else { self = .array(try c.decode([JSONValue].self)) }
    }

    /// The value of the first member named `key` of an object; nil for other values.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// The compact JSON text.
    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .null:
            out += "null"
        case .bool(let b):
            out += b ? "true" : "false"
        case .number(let x):
            out += DecimalText(x)?.text() ?? "null"
        case .string(let s):
            JSONValue.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                JSONValue.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// A JSON string literal (see `JSONWriter.quote`).
    public static func writeString(_ s: String, to out: inout String) {
        out += JSONWriter.quote(s)
    }
}
