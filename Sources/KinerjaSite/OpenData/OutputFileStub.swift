// TEMPORARY stub until `Output/OutputFile.swift` lands from branch `site`; delete on merge.

/// A file of the built site: its path relative to the output root, and its bytes.
public struct OutputFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
