import Foundation

/// Writes an open-data table: its columns (which also make its Frictionless schema) and rows,
/// as RFC 4180 CSV: UTF-8 without BOM, `,` delimiter, CRLF line ends, a header row,
/// fields quoted only when they contain `,`, `"`, CR or LF, quotes doubled inside.
/// Content CSV is read into `CSVTable` (KinerjaCore, `CSVReader`); sheets for editors are
/// written by `CSVWriter`, which also quotes surrounding spaces and picks the delimiter.
struct CSVTableWriter: Sendable {
    let fields: [TableField]
    /// The CSV written so far: the header, then each appended row (a table of 150 000 rows
    /// is not kept as cells).
    private(set) var bytes: [UInt8] = []

    init(fields: [TableField]) {
        self.fields = fields
        CSVTableWriter.append(line: fields.map(\.name), to: &bytes)
    }

    /// Appends a row; its cells line up with `fields`.
    mutating func append(_ row: [TableCell]) {
        CSVTableWriter.append(line: row.map(\.csv), to: &bytes)
    }

    /// The CSV text, header first, every line ending in CRLF.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func append(line cells: [String], to out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            append(cell: cell, to: &out)
        }
        out.append(contentsOf: [13, 10])
    }

    /// A field as RFC 4180 writes it: quoted only when it contains `,`, `"`, CR or LF,
    /// quotes doubled inside.
    static func escape(_ cell: String) -> String {
        var out: [UInt8] = []
        append(cell: cell, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(cell: String, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        var cell = cell
        cell.withUTF8 { b in
            guard b.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 13 || $0 == 10 }) else {
                out.append(contentsOf: b)
                return
            }
            out.append(quote)
            for c in b {
                if c == quote { out.append(quote) }
                out.append(c)
            }
            out.append(quote)
        }
    }
}
