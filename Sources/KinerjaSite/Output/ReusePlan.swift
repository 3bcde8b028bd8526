import KinerjaCore

/// Which outputs of the previous build an incremental build keeps without rendering them
/// (docs/performance.md, "Incremental builds"): a package page whose key (`InputKeys`)
/// equals the one in the manifest, and — all together — every other output when the site
/// key is the manifest's. Each kept file must still be in the output; one that is missing
/// is rendered (a package page) or makes every other output be rendered.
public struct ReusePlan: Sendable {
    public let keys: InputKeys
    private let previous: BuildManifest
    private let output: String
    /// Every output that is not a package page is kept as it is.
    public let keepsSite: Bool
    /// Those outputs (the previous manifest's paths without a package key), sorted.
    public let siteOutputs: [String]

    public init(previous: BuildManifest, keys: InputKeys, output: String) {
        self.keys = keys
        self.previous = previous
        self.output = output
        let siteOutputs = previous.site == nil ? [] : previous.outputs.keys.filter { previous.sources[$0] == nil }.sorted()
        self.siteOutputs = siteOutputs
        keepsSite = previous.site == keys.site && !siteOutputs.isEmpty
            && siteOutputs.allSatisfy { FileWriter.exists(output + "/" + $0) }
    }

    /// Whether the package page `path`, now made from `key`, is kept.
    public func keeps(page path: String, key: UInt64) -> Bool {
        previous.site != nil && previous.sources[path] == key && previous.outputs[path] != nil
            && FileWriter.exists(output + "/" + path)
    }
}
