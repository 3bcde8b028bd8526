import Foundation
@testable import KinerjaCore

/// The valid base site under `Tests/Fixtures/valid`, copied into a temporary folder and
/// changed by small mutations, then checked as `kinerja check` does.
enum ValidationFixture {
    /// The build date every fixture test uses.
    static let today = SimpleDate(year: 2026, month: 4, day: 20)
    /// How the content folder is shown in diagnostics.
    static let display = "content"

    static var fixturesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
    }

    /// The folders of `Fixtures` that hold public test suites' data, not content.
    static let suiteFolders = ["yaml-test-suite/", "mustache-spec/", "csv-spectrum/"]

    static var validFolder: URL { fixturesFolder.appendingPathComponent("valid") }

    /// The repository root (for the built `kinerja` binary).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// One change to the base site. Paths are relative to the content folder.
    enum Mutation: Sendable, CustomStringConvertible {
        /// Replace the single occurrence of `old` in `file` by `new`.
        case replace(String, String, String)
        /// Replace the single occurrence of `old` in `file` by raw bytes.
        case replaceBytes(String, String, [UInt8])
        /// Write (create or overwrite) a file.
        case write(String, String)
        /// Write raw bytes.
        case writeBytes(String, [UInt8])
        /// Create an empty folder.
        case folder(String)
        /// Delete a file.
        case delete(String)

        var description: String {
            switch self {
            case let .replace(f, old, new): return "\(f): `\(old)` → `\(new)`"
            case let .replaceBytes(f, old, _): return "\(f): `\(old)` → bytes"
            case let .write(f, _), let .writeBytes(f, _): return "write \(f)"
            case let .folder(f): return "mkdir \(f)"
            case let .delete(f): return "delete \(f)"
            }
        }
    }

    struct MutationFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// A fresh copy of the base site with `mutations` applied; removed by the caller.
    static func make(_ mutations: [Mutation]) throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("kinerja-fixture-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let root = dir.appendingPathComponent("content")
        try fm.copyItem(at: validFolder, to: root)
        for m in mutations { try apply(m, in: root) }
        return root
    }

    static func apply(_ m: Mutation, in root: URL) throws {
        let fm = FileManager.default
        switch m {
        case let .replace(file, old, new):
            try replace(file, old, Array(new.utf8), in: root)
        case let .replaceBytes(file, old, bytes):
            try replace(file, old, bytes, in: root)
        case let .write(file, text):
            try write(Data(text.utf8), to: root.appendingPathComponent(file))
        case let .writeBytes(file, bytes):
            try write(Data(bytes), to: root.appendingPathComponent(file))
        case let .folder(path):
            try fm.createDirectory(at: root.appendingPathComponent(path), withIntermediateDirectories: true)
        case let .delete(file):
            try fm.removeItem(at: root.appendingPathComponent(file))
        }
    }

    private static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private static func replace(_ file: String, _ old: String, _ new: [UInt8], in root: URL) throws {
        let url = root.appendingPathComponent(file)
        let bytes = [UInt8](try Data(contentsOf: url))
        let needle = Array(old.utf8)
        let hits = occurrences(of: needle, in: bytes)
        guard hits.count == 1, let at = hits.first else {
            throw MutationFailed(description: "`\(old)` occurs \(hits.count) times in \(file), expected once")
        }
        let changed = Array(bytes[..<at]) + new + Array(bytes[(at + needle.count)...])
        try Data(changed).write(to: url)
    }

    private static func occurrences(of needle: [UInt8], in hay: [UInt8]) -> [Int] {
        guard !needle.isEmpty, hay.count >= needle.count else { return [] }
        return (0...(hay.count - needle.count)).filter { hay[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Copies the base site, applies `mutations`, and checks it with `Pipeline.check`.
    static func check(_ mutations: [Mutation], today: SimpleDate = today) throws -> Pipeline.Checked {
        let root = try make(mutations)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        return Pipeline.check(root: root.path, display: display, today: today)
    }
}

/// A diagnostic as a test expects it: code, file (relative to the content folder), line, column.
struct Expected: Sendable, Hashable, CustomStringConvertible {
    let code: String
    let file: String
    let line: Int
    let column: Int

    init(_ code: String, _ file: String, _ line: Int, _ column: Int) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
    }

    init(_ d: Diagnostic) {
        let prefix = ValidationFixture.display + "/"
        self.init(d.code, d.file.hasPrefix(prefix) ? String(d.file.dropFirst(prefix.count)) : d.file, d.line, d.column)
    }

    var description: String { "\(code) \(file):\(line):\(column)" }
}
