import Foundation

/// Reads LKPP's RUP-PaketPenyedia-Terumumkan export: a JSON array of objects with SIRUP's
/// field names, or the same as CSV (`,` or `;`). Every problem is reported with the
/// record's position (JSON: record number and line; CSV: line and column).
public enum SirupReader {
    /// Largest export read (bytes).
    public static let maxBytes = 256 << 20

    /// Whose export is read: the messages name it (SPSE results are read the same way).
    public struct Source: Sendable {
        /// `a SIRUP export`, `an SPSE export`.
        public var export: String
        /// `package`, `result`.
        public var record: String
        /// What to download again: `the package list from SIRUP`.
        public var again: String
        /// The bare-array export's name.
        public var arrayExport: String

        public static let sirup = Source(export: "a SIRUP export", record: "package", again: "the package list from SIRUP",
                                         arrayExport: "the RUP-PaketPenyedia-Terumumkan export")
        public static let spse = Source(export: "an SPSE export", record: "result", again: "the results from SPSE",
                                        arrayExport: "the TenderSelesaiNilai / NonTenderSelesai export")
    }

    public static func read(_ url: URL, display: String, source kind: Source = .sirup, into diags: inout DiagnosticBag) -> [SirupRecord] {
        guard let source = SourceText.read(url, display: display, limit: maxBytes, into: &diags) else { return [] }
        let ext = url.pathExtension.lowercased()
        let firstByte = source.text.utf8.first { $0 != 32 && $0 != 9 && $0 != 10 }
        if ext == "json" || (ext != "csv" && (firstByte == UInt8(ascii: "[") || firstByte == UInt8(ascii: "{"))) {
            return json(source, kind: kind, into: &diags)
        }
        return csv(source, into: &diags)
    }

    /// Records of a JSON array of objects.
    static func json(_ source: SourceText, kind: Source = .sirup, into diags: inout DiagnosticBag) -> [SirupRecord] {
        let whole = SourceLocation(file: source.path, line: 1, column: 1)
        let bytes = Array(source.text.utf8)
        let problems = JSONElementLocator.structuralProblems(bytes)
        for p in problems {
            diags.add(.KJ004, at: SourceLocation(file: source.path, line: p.line, column: p.column), p.message,
                      hint: "export \(kind.again) again; a hand-edited file must be strict JSON")
        }
        if !problems.isEmpty { return [] }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            if let (at, label, detail) = failingRecord(bytes, path: source.path) {
                diags.add(.KJ004, at: at, "\(label): \(detail)",
                          hint: "amounts must be whole rupiah within range; export \(kind.again) again")
                return []
            }
            diags.add(.KJ001, at: whole, "the file is not valid JSON: \(describe(error))",
                      hint: "export \(kind.again) again, or save it as CSV")
            return []
        }
        // A bare array (RUP-PaketPenyedia-Terumumkan) or a page of the data.inaproc.id v1
        // API: `{"data": [...], "meta": {"cursor": ..., "has_more": ...}}` (docs/data-entry.md).
        let items: [JSONValue]
        var starts: [(line: Int, column: Int)] = []
        switch value {
        case let .array(a):
            items = a
            starts = JSONElementLocator.elementStarts(bytes) ?? []
        case .object:
            guard case let .array(a)? = value["data"] else {
                diags.add(.KJ004, at: whole, "\(kind.export) must be a JSON array of \(kind.record)s or an API page {\"data\": [...]}, found an object without a `data` array",
                          hint: "\(kind.arrayExport) starts with `[`; a data.inaproc.id v1 page has `data` and `meta`")
                return []
            }
            items = a
            if let offset = JSONElementLocator.arrayOffset(ofKey: "data", in: bytes) {
                let base = JSONElementLocator.position(at: offset, in: bytes)
                starts = (JSONElementLocator.elementStarts(Array(bytes[offset...])) ?? []).map {
                    ($0.line + base.line - 1, $0.line == 1 ? $0.column + base.column - 1 : $0.column)
                }
            }
        default:
            diags.add(.KJ004, at: whole, "\(kind.export) must be a JSON array of \(kind.record)s, found \(value.kindName)",
                      hint: "\(kind.arrayExport) starts with `[`")
            return []
        }
        var records: [SirupRecord] = []
        records.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            let at = i < starts.count && starts.count == items.count
                ? SourceLocation(file: source.path, line: starts[i].line, column: starts[i].column) : whole
            let label = "record \(i + 1)"
            guard case let .object(object) = item else {
                diags.add(.KJ004, at: at, "\(label): a \(kind.record) must be an object ({…}), found \(item.kindName)")
                continue
            }
            var fields: [String: SirupValue] = [:]
            for (key, v) in object {
                switch v {
                case .null: fields[key.lowercased()] = .null
                case let .bool(b): fields[key.lowercased()] = .bool(b)
                case let .number(n): fields[key.lowercased()] = .number(n)
                case let .string(s): fields[key.lowercased()] = .text(s)
                case .array, .object: continue
                }
            }
            records.append(SirupRecord(index: i + 1, location: at, fields: fields, label: label))
        }
        return records
    }

    /// Records of a CSV file with SIRUP's field names as header.
    static func csv(_ source: SourceText, into diags: inout DiagnosticBag) -> [SirupRecord] {
        guard let table = CSVFile.table(source, into: &diags) else { return [] }
        let names = table.header.map { $0.lowercased() }
        var records: [SirupRecord] = []
        records.reserveCapacity(table.rows.count)
        for (i, row) in table.rows.enumerated() {
            guard CSVFile.RowView(row: row, table: table, file: source.path, diags: &diags) != nil else { continue }
            var fields: [String: SirupValue] = [:]
            var locations: [String: SourceLocation] = [:]
            for (c, name) in names.enumerated() where !name.isEmpty && fields[name] == nil {
                let cell = row.fields[c]
                fields[name] = cell.isEmpty ? .null : .text(cell)
                locations[name] = SourceLocation(file: source.path, line: row.line, column: row.columns[c])
            }
            records.append(SirupRecord(index: i + 1, location: SourceLocation(file: source.path, line: row.line, column: 1),
                                       fields: fields, fieldLocations: locations))
        }
        return records
    }

    /// When the whole document does not decode but its array can be split into records, the
    /// first record that does not decode on its own (e.g. `pagu: 1e309`, out of range).
    /// In a v1 API page (`{"data": [...], "meta": …}`) the records of its `data` array.
    private static func failingRecord(_ bytes: [UInt8], path: String) -> (SourceLocation, String, String)? {
        if bytes.first(where: { ![32, 9, 10, 13, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "{") {
            guard let offset = JSONElementLocator.arrayOffset(ofKey: "data", in: bytes) else { return nil }
            let base = JSONElementLocator.position(at: offset, in: bytes)
            guard let (at, label, text) = failingRecord(Array(bytes[offset...]), path: path) else { return nil }
            let line = at.line + base.line - 1
            let column = at.line == 1 ? at.column + base.column - 1 : at.column
            return (SourceLocation(file: path, line: line, column: column), label, text)
        }
        guard let starts = JSONElementLocator.elements(bytes), !starts.isEmpty,
              let close = bytes.lastIndex(of: UInt8(ascii: "]")) else { return nil }
        for (i, s) in starts.enumerated() {
            var end = i + 1 < starts.count ? starts[i + 1].offset : close
            // Back over the separating comma and spaces.
            while end > s.offset, [UInt8(ascii: ","), 32, 9, 10, 13].contains(bytes[end - 1]) { end -= 1 }
            guard end > s.offset else { continue }
            do {
                _ = try JSONDecoder().decode(JSONValue.self, from: Data(bytes[s.offset..<end]))
            } catch {
                let detail = describe(error)
                // A number JSON allows but no Double holds (`1e309`) reaches the decoder as a
                // type mismatch at its key: name the key, not the decoder's words.
                if case let DecodingError.typeMismatch(_, context) = error, let key = context.codingPath.last?.stringValue {
                    return (SourceLocation(file: path, line: s.line, column: s.column), "record \(i + 1)",
                            "`\(key.prefix(40))`: a number is out of range")
                }
                let text = detail.lowercased().contains("number") || detail.lowercased().contains("representable")
                    ? "a number is out of range (\(detail.prefix(80)))" : "not valid JSON: \(detail.prefix(120))"
                return (SourceLocation(file: path, line: s.line, column: s.column), "record \(i + 1)", text)
            }
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        if case let DecodingError.dataCorrupted(context) = error {
            if let underlying = context.underlyingError as NSError?,
               let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                return detail
            }
            return context.debugDescription
        }
        return String(describing: error)
    }
}
