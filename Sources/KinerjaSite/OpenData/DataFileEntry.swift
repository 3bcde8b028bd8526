/// One file of the `/data/` index page (the view-model the site renders).
public struct DataFileEntry: Sendable, Hashable {
    /// The fiscal year of the file; nil for `data/datapackage.json`, which covers every year.
    public let year: Int?
    public let kind: DataFileKind
    /// The indicator of a per-indicator file (`data/<year>/indicators/<id>.json`), else nil.
    public let indicator: String?
    /// Path relative to the output root, e.g. `data/2026/indicators.json`.
    public let path: String
    /// Path relative to the `/data/` page, e.g. `2026/indicators.json`.
    public let href: String
    public let name: String
    /// `JSON` or `CSV`.
    public let format: String
    public let mediatype: String
    /// Size in bytes (the page formats it per locale).
    public let bytes: Int

    public init(year: Int?, kind: DataFileKind, path: String, bytes: Int, indicator: String? = nil) {
        self.year = year
        self.kind = kind
        self.indicator = indicator
        self.path = path
        self.href = path.hasPrefix(OpenData.folder + "/") ? String(path.dropFirst(OpenData.folder.count + 1)) : path
        self.name = indicator.map { "\($0).\(kind.format.lowercased())" } ?? kind.fileName
        self.format = kind.format
        self.mediatype = kind.mediatype
        self.bytes = bytes
    }
}
