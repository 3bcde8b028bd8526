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

    static func text(_ s: String?) -> TableCell { s.map { .text($0) } ?? .empty }
    static func number(_ x: Double?) -> TableCell { x.map { .number($0) } ?? .empty }

    /// The unquoted text of the cell.
    var raw: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let x): return DataNumber.format(x) ?? ""
        }
    }
}
