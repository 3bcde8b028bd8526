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

        /// Path relative to `datapackage.json`.
        var path: String { "\(year)/\(kind.fileName)" }
        var name: String { "\(kind.fileName.split(separator: ".")[0])-\(year)" }
    }

    static func document(site: Site, generated: String, resources: [Resource]) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("profile", .string("tabular-data-package")),
            ("name", .string(packageName(site))),
        ]
        if !site.title.isEmpty { members.append(("title", .string(site.title))) }
        if !site.unit.isEmpty { members.append(("description", .string(site.unit))) }
        if let url = site.baseURL, !url.isEmpty { members.append(("homepage", .string(url))) }
        members.append(("created", .string(generated)))
        members.append(("resources", .array(resources.map(resource))))
        return .object(members)
    }

    static func resource(_ r: Resource) -> JSONValue {
        var schema: [(String, JSONValue)] = [("fields", .array(r.table.fields.map(\.schema)))]
        if !r.primaryKey.isEmpty { schema.append(("primaryKey", .array(r.primaryKey.map { .string($0) }))) }
        return .object([
            ("name", .string(r.name)),
            ("path", .string(r.path)),
            ("profile", .string("tabular-data-resource")),
            ("format", .string("csv")),
            ("mediatype", .string(r.kind.mediatype)),
            ("encoding", .string("utf-8")),
            ("bytes", .integer(r.bytes)),
            ("schema", .object(schema)),
        ])
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
