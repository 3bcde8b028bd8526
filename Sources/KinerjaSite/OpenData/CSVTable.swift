import Foundation

/// An open-data table: its columns (which also make its Frictionless schema) and rows,
/// written as RFC 4180 CSV: UTF-8 without BOM, `,` delimiter, CRLF line ends, a header row,
/// fields quoted only when they contain `,`, `"`, CR or LF, quotes doubled inside.
struct CSVTable: Sendable {
    let fields: [TableField]
    private(set) var rows: [[TableCell]] = []

    init(fields: [TableField]) {
        self.fields = fields
    }

    /// Appends a row; its cells line up with `fields`.
    mutating func append(_ row: [TableCell]) {
        rows.append(row)
    }

    /// The CSV text, header first, every line ending in CRLF.
    var text: String {
        var out = CSVTable.line(fields.map(\.name))
        for row in rows {
            out += CSVTable.line(row.map(\.raw))
        }
        return out
    }

    static func line(_ cells: [String]) -> String {
        cells.map(escape).joined(separator: ",") + "\r\n"
    }

    /// A field as RFC 4180 writes it.
    static func escape(_ cell: String) -> String {
        let needsQuotes = cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
