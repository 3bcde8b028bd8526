/// How a CSV file is written.
public struct CSVFormat: Sendable, Hashable {
    /// `,` or `;`.
    public var delimiter: Character
    /// Start with a UTF-8 byte order mark, so spreadsheets detect UTF-8.
    public var byteOrderMark: Bool
    public var lineEnding: String

    public init(delimiter: Character = ",", byteOrderMark: Bool = false, lineEnding: String = "\n") {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.lineEnding = lineEnding
    }

    /// Numbers are written with a decimal comma when fields are separated by `;`, as
    /// Indonesian-locale spreadsheets do.
    public var decimalComma: Bool { delimiter == ";" }
}

/// Writes RFC 4180 CSV: fields quoted when they contain the delimiter, a quote, a line
/// break or surrounding spaces; quotes doubled.
public enum CSVWriter {
    public static func render(_ table: DataTable, format: CSVFormat) -> String {
        var out = format.byteOrderMark ? "\u{FEFF}" : ""
        out += line(table.header, format: format)
        for row in table.rows {
            out += line(row.map { guarded(text($0, format: format), cell: $0) }, format: format)
        }
        return out
    }

    /// Renders rows of plain text.
    public static func render(header: [String], rows: [[String]], format: CSVFormat) -> String {
        var out = format.byteOrderMark ? "\u{FEFF}" : ""
        out += line(header, format: format)
        for row in rows { out += line(row, format: format) }
        return out
    }

    static func text(_ cell: DataTable.Cell, format: CSVFormat) -> String {
        switch cell {
        case let .text(s): return s
        case let .number(v): return NumberText.format(v, decimalComma: format.decimalComma)
        case .empty: return ""
        }
    }

    /// A text cell a spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`,
    /// tab or CR) gets a leading `'`, as OWASP recommends; number cells are left as they are
    /// (README, "Pengisian data"). Only `kinerja template` sheets are guarded: packages.csv is
    /// content that kinerja reads back as written.
    static func guarded(_ s: String, cell: DataTable.Cell) -> String {
        guard case .text = cell, let first = s.unicodeScalars.first,
              "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    static func line(_ fields: [String], format: CSVFormat) -> String {
        fields.map { field($0, delimiter: format.delimiter) }.joined(separator: String(format.delimiter)) + format.lineEnding
    }

    static func field(_ s: String, delimiter: Character) -> String {
        let needsQuotes = s.contains(delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r")
            || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        return "\"" + s.replacingAll("\"", "\"\"") + "\""
    }
}
