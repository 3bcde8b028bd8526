/// A value of a SIRUP export as it came: JSON gives numbers, texts, booleans and nulls; CSV
/// gives texts (an empty cell is null).
public enum SirupValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case null

    /// The value as text, trimmed; nil for null or empty. Whole numbers print without a
    /// decimal part (`kd_rup: 52011234` → `52011234`).
    public var text: String? {
        switch self {
        case let .text(s):
            let t = String(Substring(s).trimmingSpaces())
            return t.isEmpty ? nil : t
        case let .number(v): return NumberText.format(v)
        case let .bool(b): return b ? "true" : "false"
        case .null: return nil
        }
    }

    /// The value as a boolean: JSON `true`/`false`, `1`/`0`, or the texts `TRUE`/`FALSE`,
    /// `true`/`false`, `BENAR`/`SALAH` (an Indonesian-locale spreadsheet), `1`/`0`; nil
    /// otherwise (docs/data-entry.md).
    public var flag: Bool? {
        switch self {
        case let .bool(b): return b
        case let .number(v): return v == 1 ? true : (v == 0 ? false : nil)
        case .text:
            switch text?.lowercased() {
            case "true", "1", "benar": return true
            case "false", "0", "salah": return false
            default: return nil
            }
        case .null: return nil
        }
    }
}

/// One package of a SIRUP export (a JSON object or a CSV row), with where it stood.
public struct SirupRecord: Sendable {
    /// 1-based position among the records of the file.
    public var index: Int
    /// Where the record starts (JSON) or its line (CSV).
    public var location: SourceLocation
    /// Values by lower-cased field name; a field absent from the record is absent here.
    public var fields: [String: SirupValue]
    /// Where each field's value stood, when known (CSV cells).
    public var fieldLocations: [String: SourceLocation]
    /// How messages name the record (`record 3`), nil when the location says it all (CSV).
    public var label: String?

    public init(index: Int, location: SourceLocation, fields: [String: SirupValue],
                fieldLocations: [String: SourceLocation] = [:], label: String? = nil) {
        self.index = index
        self.location = location
        self.fields = fields
        self.fieldLocations = fieldLocations
        self.label = label
    }

    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }

    public func has(_ field: String) -> Bool { fields[field] != nil }

    public func text(_ field: String) -> String? { fields[field]?.text }
}
