/// A small RFC 4180 reader: quoted fields with embedded delimiters, quotes (`""`) and
/// newlines, CRLF or LF, a UTF-8 BOM, and `,` or `;` as delimiter (detected from the
/// header line, as spreadsheets on Indonesian-locale machines write `;`).
///
/// A class (every property is a constant): each row's view refers to its table, and a
/// file has 100 000 rows.
public final class CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line where the row starts.
        public let line: Int
        public let fields: [String]
        /// 1-based column (in characters) where each field starts.
        public let columns: [Int]
    }

    public let delimiter: UInt8
    public let header: [String]
    public let rows: [Row]
    /// Line of the header (1).
    public let headerLine: Int
    /// 1-based column where each header name starts.
    public let headerColumns: [Int]

    /// Header names in lower case, by position.
    public let lowercasedHeader: [String]
    /// The first position of each lower-cased header name.
    private let positions: [String: Int]
    /// The names as the positions of every row refer to them.
    public let columnNames: CSVColumnNames

    public init(delimiter: UInt8, header: [String], rows: [Row], headerLine: Int, headerColumns: [Int]) {
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
        self.headerLine = headerLine
        self.headerColumns = headerColumns
        lowercasedHeader = header.map { $0.lowercased() }
        var positions: [String: Int] = [:]
        for (i, h) in lowercasedHeader.enumerated() where positions[h] == nil { positions[h] = i }
        self.positions = positions
        columnNames = CSVColumnNames(lowercasedHeader)
    }

    /// Index of a header name (case-insensitive, trimmed). Looked up once per cell, so it
    /// does not lower-case the whole header each time.
    public func index(of name: String) -> Int? {
        positions[name] ?? positions[name.lowercased()]
    }
}

public enum CSVReader {
    public enum Failure: Error, Sendable, Equatable {
        /// A quoted field was never closed; line where it started.
        case unterminatedQuote(line: Int, column: Int)
        /// Text after a quoted field's closing quote (`"x"y`); where that text starts.
        case textAfterQuote(line: Int, column: Int)
        case empty
    }

    /// Parses already-decoded UTF-8 text (BOM and newlines may still be present).
    public static func parse(_ text: String) -> Result<CSVTable, Failure> {
        var bytes = Array(text.utf8)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        let delimiter = detectDelimiter(bytes)
        // The first record is the header; the others are the rows (kept apart, so that the
        // rows are never copied into another array).
        var headerRecord: CSVTable.Row? = nil
        var records: [CSVTable.Row] = []
        var fields: [String] = []
        var columns: [Int] = []
        // A field's text is the bytes from `fieldStart` to its end, unless it was quoted:
        // then it is collected in `field` (quotes removed, `""` made one).
        var field: [UInt8] = []
        var quoted = false
        var onlySpaces = true
        var fieldStart = 0
        var i = 0
        var line = 1
        var col = 1
        var rowLine = 1
        var fieldCol = 1
        var inQuotes = false
        var quoteStart = (1, 1)
        /// Whether the field just ended was quoted: a record of one quoted empty field
        /// (`""`) is a row, not a blank line.
        var endedQuoted = false
        let n = bytes.count

        func endField(at end: Int) {
            if quoted {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else {
                fields.append(String(decoding: bytes[fieldStart..<end], as: UTF8.self))
            }
            columns.append(fieldCol)
            endedQuoted = quoted
            quoted = false
            onlySpaces = true
        }
        func endRecord(at end: Int) {
            endField(at: end)
            // Skip lines that are entirely empty.
            if !(fields.count == 1 && fields[0].isEmpty && !endedQuoted) {
                let record = CSVTable.Row(line: rowLine, fields: fields, columns: columns)
                if headerRecord == nil { headerRecord = record } else { records.append(record) }
            }
            fields.removeAll(keepingCapacity: true)
            columns.removeAll(keepingCapacity: true)
        }

        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 2; col += 2
                        continue
                    }
                    inQuotes = false
                } else if b == 10 || b == 13 {
                    if b == 13, i + 1 < n, bytes[i + 1] == 10 { i += 1 }
                    field.append(10)
                    line += 1; col = 0
                } else {
                    field.append(b)
                }
            } else if quoted, b != delimiter, b != 10, b != 13, b != 32 {
                // RFC 4180: a quoted field ends at its closing quote; only blanks may follow.
                return .failure(.textAfterQuote(line: line, column: col))
            } else if b == UInt8(ascii: "\"") && onlySpaces {
                // Blanks before the opening quote are dropped (a spreadsheet's `, "x,y"`).
                field.removeAll(keepingCapacity: true)
                quoted = true
                inQuotes = true
                quoteStart = (line, col)
            } else if b == delimiter {
                endField(at: i)
                fieldStart = i + 1
                fieldCol = col + 1
            } else if b == 10 || b == 13 {
                let end = i
                if b == 13, i + 1 < n, bytes[i + 1] == 10 { i += 1 }
                endRecord(at: end)
                fieldStart = i + 1
                line += 1; col = 0
                rowLine = line
                fieldCol = 1
            } else if !quoted, b != 32 {
                onlySpaces = false
            }
            if b & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        if inQuotes { return .failure(.unterminatedQuote(line: quoteStart.0, column: quoteStart.1)) }
        if fieldStart < n || !fields.isEmpty { endRecord(at: n) }
        guard let first = headerRecord else { return .failure(.empty) }
        let header = first.fields.map { String(Substring($0).trimmingSpaces()) }
        return .success(CSVTable(delimiter: delimiter, header: header, rows: records, headerLine: first.line,
                                  headerColumns: first.columns))
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0, semis = 0, inQuotes = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            if inQuotes { continue }
            if b == 10 || b == 13 { break }
            if b == UInt8(ascii: ",") { commas += 1 }
            if b == UInt8(ascii: ";") { semis += 1 }
        }
        return semis > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
