/// One file of the built site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// Relative path with `/` separators, e.g. `data/2026/indicators.json` or `2026/index.html`.
    public let path: String
    public let bytes: [UInt8]
    /// The key of the inputs a package page was made from (`InputKeys`), kept in the
    /// manifest; nil for every other output.
    public var source: UInt64?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A UTF-8 text file.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
