/// Helpers shared by every CSV the loader reads: parse with diagnostics, and a row view
/// that finds cells by header name and knows their positions.
enum CSVFile {
    static func table(_ source: SourceText, into diags: inout DiagnosticBag) -> CSVTable? {
        switch CSVReader.parse(source.text) {
        case let .success(t):
            duplicateColumns(t, file: source.path, into: &diags)
            return t
        case let .failure(.unterminatedQuote(line, column)):
            diags.add(.KJ010, at: SourceLocation(file: source.path, line: line, column: column),
                      "a quoted field is never closed", hint: "close the field with `\"`; write a quote inside a field as `\"\"`")
        case let .failure(.textAfterQuote(line, column)):
            diags.add(.KJ010, at: SourceLocation(file: source.path, line: line, column: column),
                      "text after a quoted field's closing quote",
                      hint: "quote the whole field (`\"x\"\"y\"`) or leave the quotes out; write a quote inside a field as `\"\"`")
        case .failure(.empty):
            diags.add(.KJ010, at: SourceLocation(file: source.path, line: 1, column: 1), "CSV file is empty: it needs a header row")
        }
        return nil
    }

    /// KJ012: a header name given twice (case and spaces aside). Only the first column
    /// would be read, so the second one's cells would be dropped without a word.
    static func duplicateColumns(_ t: CSVTable, file: String, into diags: inout DiagnosticBag) {
        var first: [String: Int] = [:]
        for (i, name) in t.header.enumerated() where !name.isEmpty {
            let key = name.lowercased()
            let column = i < t.headerColumns.count ? t.headerColumns[i] : 1
            if let earlier = first[key] {
                diags.add(.KJ012, at: SourceLocation(file: file, line: t.headerLine, column: column),
                          "column `\(name.prefix(40))` appears twice in the header (first as column \(earlier + 1))",
                          hint: "keep one column per name; its cells would otherwise be ignored")
            } else {
                first[key] = i
            }
        }
    }

    struct RowView {
        let row: CSVTable.Row
        let table: CSVTable
        let file: String

        /// Nil (with KJ010) when the row's field count differs from the header's.
        init?(row: CSVTable.Row, table: CSVTable, file: String, diags: inout DiagnosticBag) {
            self.row = row
            self.table = table
            self.file = file
            if row.fields.count != table.header.count {
                diags.add(.KJ010, at: SourceLocation(file: file, line: row.line, column: 1),
                          "row has \(row.fields.count) columns, the header has \(table.header.count)",
                          hint: table.delimiter == UInt8(ascii: ";") ? "the delimiter is `;`" : "quote fields that contain `,`")
                return nil
            }
            // KJ015 (warning) at a cell with a control or bidirectional character (docs/validation.md).
            for (i, cell) in row.fields.enumerated() where UnsafeCharacters.contains(cell) {
                guard let first = cell.unicodeScalars.first(where: UnsafeCharacters.isUnsafe) else { continue }
                let name = i < table.header.count ? table.header[i] : "column \(i + 1)"
                diags.add(.KJ015, at: SourceLocation(file: file, line: row.line, column: i < row.columns.count ? row.columns[i] : 1),
                          "`\(name.prefix(40))` contains \(UnsafeCharacters.describe(first)), which can hide or reorder text where it is shown",
                          hint: "delete it: most editors do not show it, so retype the cell")
            }
        }

        /// Trimmed cell text, nil when the column is absent or the cell is empty.
        func text(_ name: String) -> String? { text(at: table.index(of: name)) }

        /// Trimmed text of column `i` (see `CSVTable.index(of:)`), nil when absent or empty.
        func text(at i: Int?) -> String? {
            guard let i else { return nil }
            let cell = row.fields[i]
            // Most cells have no surrounding spaces: keep the string as it is.
            if let first = cell.utf8.first, let last = cell.utf8.last, first < 0x80, first != 0x20, first != 0x09,
               last < 0x80, last != 0x20, last != 0x09 {
                return cell
            }
            let t = String(Substring(cell).trimmingSpaces())
            return t.isEmpty ? nil : t
        }

        func location(_ name: String) -> SourceLocation { location(at: table.index(of: name)) }

        func location(at i: Int?) -> SourceLocation {
            SourceLocation(file: file, line: row.line, column: i.map { row.columns[$0] } ?? 1)
        }

        /// A number cell (decimal comma or dot, thousands dots); KJ010 when unparseable.
        /// In a file separated by `;` (written by an Indonesian-locale spreadsheet) the comma
        /// is the decimal separator, so a dot followed by three digits groups thousands
        /// (`1.500` = 1500).
        func number(_ name: String, groupedDots: Bool = false, diags: inout DiagnosticBag) -> Double? {
            number(at: table.index(of: name), name: name, groupedDots: groupedDots, diags: &diags)
        }

        /// The number in column `i`, named `name` in messages.
        func number(at i: Int?, name: String, groupedDots: Bool = false, diags: inout DiagnosticBag) -> Double? {
            guard let t = text(at: i) else { return nil }
            let grouped = groupedDots || table.delimiter == UInt8(ascii: ";")
            guard let v = NumberParser.parse(t, groupedDots: grouped) else {
                diags.add(.KJ010, at: location(at: i), "`\(name)`: `\(t.prefix(40))` is not a number",
                          hint: "write numbers like 81,2 or 81.2 or 1.250.000")
                return nil
            }
            return v
        }

        /// Each cell's position. Like a null YAML value, an empty cell has a key position but
        /// no value position. Runs for every row of files with 100 000 rows: the row keeps
        /// its cell starts and one bit per column, not dictionaries.
        var positions: Positions {
            let origin = SourceLocation(file: file, line: row.line, column: 1)
            let n = min(table.lowercasedHeader.count, row.columns.count)
            guard n <= 64 else { return dictionaryPositions(origin) }
            var keys: UInt64 = 0, values: UInt64 = 0
            for i in 0..<n {
                keys |= 1 << UInt64(i)
                if !Substring(row.fields[i]).trimmingSpaces().isEmpty { values |= 1 << UInt64(i) }
            }
            let cells = RowCells(columns: table.columnNames, file: file, line: row.line, starts: row.columns)
            return Positions(origin: origin, keys: PositionMap(cells: cells, present: keys),
                             values: PositionMap(cells: cells, present: values))
        }

        /// For a table wider than 64 columns.
        private func dictionaryPositions(_ origin: SourceLocation) -> Positions {
            var p = Positions(origin: origin)
            for (i, h) in table.lowercasedHeader.enumerated() where i < row.columns.count {
                let l = SourceLocation(file: file, line: row.line, column: row.columns[i])
                p.keys[h] = l
                if !Substring(row.fields[i]).trimmingSpaces().isEmpty { p.values[h] = l }
            }
            return p
        }
    }
}
