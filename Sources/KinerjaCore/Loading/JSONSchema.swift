/// JSON Schemas (draft-07) of the content file kinds, made from `ContentSchema`: published
/// in the site under `/schemas/` and written by `kinerja init` for editors (docs/content.md).
public enum JSONSchema {
    /// The file name of a kind's schema (`indicator.schema.json`).
    public static func fileName(_ schema: ContentSchema) -> String { "\(schema.name).schema.json" }

    /// Every schema: file name → text.
    public static func files() -> [(name: String, text: String)] {
        ContentSchema.all.map { (fileName($0), text($0)) }
    }

    /// The schema of one kind, as pretty JSON (keys in a fixed order: same bytes every build).
    public static func text(_ schema: ContentSchema) -> String {
        var out = "{\n"
        out += "  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
        out += "  \"$id\": \(JSONWriter.quote("https://kinerja.invalid/schemas/" + fileName(schema))),\n"
        out += "  \"title\": \(JSONWriter.quote("kinerja: " + schema.title)),\n"
        out += object(schema.fields, indent: 1, topLevel: true)
        out += "\n}\n"
        return out
    }

    private static func pad(_ n: Int) -> String { String(repeating: "  ", count: n) }

    /// `"type": "object", "properties": …, "required": …, "additionalProperties": true` —
    /// unknown fields are a warning (KJ005), not an error, so the schema allows them.
    private static func object(_ fields: [ContentSchema.Field], indent: Int, topLevel: Bool = false) -> String {
        let p = pad(indent)
        var out = "\(p)\"type\": \"object\",\n\(p)\"properties\": {\n"
        out += fields.map { f in
            "\(pad(indent + 1))\(JSONWriter.quote(f.name)): {\n\(pad(indent + 2))\"description\": \(JSONWriter.quote(f.summary)),\n"
                + kind(f.kind, indent: indent + 2) + "\n\(pad(indent + 1))}"
        }.joined(separator: ",\n")
        out += "\n\(p)}"
        let required = fields.filter(\.required).map { JSONWriter.quote($0.name) }
        if !required.isEmpty { out += ",\n\(p)\"required\": [\(required.joined(separator: ", "))]" }
        return out
    }

    private static func kind(_ kind: ContentSchema.Kind, indent: Int) -> String {
        let p = pad(indent)
        switch kind {
        case .text:
            // A title such as 2026 is a YAML number; the loader reads it as text.
            return "\(p)\"type\": [\"string\", \"number\", \"boolean\"]"
        case .number:
            return "\(p)\"type\": [\"number\", \"string\"]"
        case .integer:
            return "\(p)\"type\": \"integer\""
        case .amount:
            return "\(p)\"type\": [\"number\", \"string\"],\n\(p)\"pattern\": \"^[0-9]{1,3}(\\\\.[0-9]{3})*(,[0-9]+)?$|^[0-9]+([.,][0-9]+)?$\""
        case .date:
            return "\(p)\"type\": \"string\",\n\(p)\"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\""
        case .period:
            return "\(p)\"type\": [\"string\", \"integer\"],\n\(p)\"pattern\": \"^[0-9]{4}(-(S[12]|Q[1-4]|[0-9]{2}))?$\""
        case .id:
            return "\(p)\"type\": [\"string\", \"integer\"]"
        case let .choice(values):
            return "\(p)\"enum\": [\(values.map(JSONWriter.quote).joined(separator: ", "))]"
        case .texts:
            return "\(p)\"anyOf\": [\n\(pad(indent + 1)){\"type\": [\"string\", \"number\"]},\n"
                + "\(pad(indent + 1)){\"type\": \"array\", \"items\": {\"type\": [\"string\", \"number\"]}}\n\(p)]"
        case let .mapping(fields):
            return object(fields, indent: indent)
        case let .list(fields):
            return "\(p)\"type\": \"array\",\n\(p)\"items\": {\n" + object(fields, indent: indent + 1) + "\n\(p)}"
        case .numberMap:
            return "\(p)\"type\": \"object\",\n\(p)\"additionalProperties\": {\"type\": [\"number\", \"string\"]}"
        case let .either(a, b):
            return "\(p)\"anyOf\": [\n\(pad(indent + 1)){\n" + self.kind(a, indent: indent + 2) + "\n\(pad(indent + 1))},\n"
                + "\(pad(indent + 1)){\n" + self.kind(b, indent: indent + 2) + "\n\(pad(indent + 1))}\n\(p)]"
        }
    }
}
