import KinerjaCore

/// A column of an open-data CSV file, as its Frictionless Table Schema field describes it.
struct TableField: Sendable, Equatable {
    /// Frictionless field types used by the open data.
    enum FieldType: String, Sendable {
        case string, number, integer, date
    }

    let name: String
    let type: FieldType
    let description: String

    init(_ name: String, _ type: FieldType, _ description: String) {
        self.name = name
        self.type = type
        self.description = description
    }

    /// The field as a Table Schema `fields` entry.
    var schema: JSONValue {
        .object([("name", .string(name)), ("type", .string(type.rawValue)), ("description", .string(description))])
    }
}

/// One cell of a CSV row: empty when absent.
enum TableCell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    /// An exact whole number (`pagu`), written with all its digits.
    case integer(Int64)

    static func text(_ s: String?) -> TableCell { s.map { .text($0) } ?? .empty }
    static func number(_ x: Double?) -> TableCell { x.map { .number($0) } ?? .empty }
    static func integer(_ n: Int64?) -> TableCell { n.map { .integer($0) } ?? .empty }

    /// The cell as written into open-data CSV: a text cell that a spreadsheet would run as a
    /// formula (it starts with `=`, `+`, `-`, `@`, a tab or CR) gets a leading `'`, as OWASP
    /// recommends against CSV injection; number cells stay numbers (docs/open-data.md).
    var csv: String {
        guard case .text(let s) = self, let first = s.utf8.first,
              first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 9 || first == 13 else { return raw }
        return "'" + s
    }

    /// The unquoted text of the cell.
    var raw: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let x): return DataNumber.format(x) ?? ""
        case .integer(let n): return String(n)
        }
    }
}
