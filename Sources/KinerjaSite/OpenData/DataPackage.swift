import KinerjaCore

/// `data/datapackage.json`: a Frictionless Tabular Data Package describing every CSV file of
/// every year, with schemas made from the same `TableField`s that write the CSV headers.
enum DataPackage {
    /// One CSV file of the package.
    struct Resource: Sendable {
        let kind: DataFileKind
        let year: Int
        let table: CSVTableWriter
        let bytes: Int
        let primaryKey: [String]
        /// The indicator of a per-indicator file.
        var indicator: String?

        /// Path relative to `datapackage.json`.
        var path: String {
            if let indicator { return "\(year)/\(OpenData.indicatorFolder)/\(indicator).csv" }
            return "\(year)/\(kind.fileName)"
        }

        /// A Frictionless resource name (lower-case): `indicators-2026`, `indicator-ik-07-2026`.
        var name: String {
            if let indicator { return "indicator-\(DataPackage.slug(indicator))-\(year)" }
            return "\(kind.fileName.split(separator: ".")[0])-\(year)"
        }
    }

    static func document(site: Site, generated: String, resources: [Resource]) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("profile", .string("tabular-data-package")),
            ("name", .string(packageName(site))),
        ]
        if !site.title.isEmpty { members.append(("title", .string(site.title))) }
        if !site.unit.isEmpty { members.append(("description", .string(site.unit))) }
        if let url = site.baseURL, !url.isEmpty { members.append(("homepage", .string(url))) }
        members.append(("licenses", .array([License(site.license).json])))
        members.append(("created", .string(generated)))
        // Resource names must be unique; ids that differ only in case get a number.
        var seen: [String: Int] = [:]
        let named = resources.map { r -> (Resource, String) in
            let n = seen[r.name, default: 0]
            seen[r.name] = n + 1
            return (r, n == 0 ? r.name : "\(r.name)-\(n + 1)")
        }
        members.append(("resources", .array(named.map { resource($0.0, name: $0.1) })))
        return .object(members)
    }

    static func resource(_ r: Resource, name: String? = nil) -> JSONValue {
        var schema: [(String, JSONValue)] = [("fields", .array(r.table.fields.map(\.schema)))]
        if !r.primaryKey.isEmpty { schema.append(("primaryKey", .array(r.primaryKey.map { .string($0) }))) }
        return .object([
            ("name", .string(name ?? r.name)),
            ("path", .string(r.path)),
            ("profile", .string("tabular-data-resource")),
            ("format", .string("csv")),
            ("mediatype", .string(r.kind.mediatype)),
            ("encoding", .string("utf-8")),
            ("bytes", .integer(r.bytes)),
            ("schema", .object(schema)),
        ])
    }

    /// Lower-case letters, digits, `-`, `.`, `_` of an id (the others become `-`).
    static func slug(_ id: String) -> String {
        String(id.lowercased().unicodeScalars.map { s -> Character in
            let ok = s.isASCII && (("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "." || s == "_")
            return ok ? Character(s) : "-"
        })
    }

    /// A Frictionless package name (lower-case letters, digits, `-`) from the site's short
    /// name: `UKPBJ Kukar` → `kinerja-ukpbj-kukar`.
    static func packageName(_ site: Site) -> String {
        var slug = ""
        for scalar in site.shortName.lowercased().unicodeScalars {
            let isAlnum = scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
            if isAlnum {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "kinerja" : "kinerja-" + slug
    }
}
