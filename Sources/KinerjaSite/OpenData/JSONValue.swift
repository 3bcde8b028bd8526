import KinerjaCore

/// A JSON value whose objects keep their keys in the order given, written compactly with
/// `DataNumber` formatting, so that the same value always gives the same bytes.
indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A number, or `null` when absent.
    static func number(_ x: Double?) -> JSONValue { x.map { .number($0) } ?? .null }
    /// An integer, or `null` when absent.
    static func integer(_ n: Int?) -> JSONValue { n.map { .number(Double($0)) } ?? .null }
    /// A string, or `null` when absent.
    static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// The compact JSON text.
    var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .null:
            out += "null"
        case .bool(let b):
            out += b ? "true" : "false"
        case .number(let x):
            out += DataNumber.format(x) ?? "null"
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
    static func writeString(_ s: String, to out: inout String) {
        out += JSONWriter.quote(s)
    }
}
