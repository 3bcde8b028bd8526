import KinerjaCore

/// The licence of the open data (`license` in site.yaml, docs/open-data.md): its SPDX
/// identifier, and for the common open licences the address and title of their text.
public struct License: Sendable, Hashable {
    public let name: String
    public let path: String?
    public let title: String?

    public init(_ name: String) {
        self.name = name
        let known = License.known[name.uppercased()]
        path = known?.path
        title = known?.title
    }

    /// The Frictionless `licenses` entry: name, and path and title when known.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(name))]
        if let path { members.append(("path", .string(path))) }
        if let title { members.append(("title", .string(title))) }
        return .object(members)
    }

    /// Licences whose text is known by address (keys upper-cased SPDX identifiers).
    static let known: [String: (path: String, title: String)] = [
        "CC-BY-4.0": ("https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0"),
        "CC-BY-SA-4.0": ("https://creativecommons.org/licenses/by-sa/4.0/", "Creative Commons Attribution-ShareAlike 4.0"),
        "CC0-1.0": ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0 Universal"),
        "ODC-BY-1.0": ("https://opendatacommons.org/licenses/by/1-0/", "Open Data Commons Attribution License v1.0"),
        "ODBL-1.0": ("https://opendatacommons.org/licenses/odbl/1-0/", "Open Data Commons Open Database License v1.0"),
        "PDDL-1.0": ("https://opendatacommons.org/licenses/pddl/1-0/", "Open Data Commons Public Domain Dedication and License v1.0"),
    ]
}
