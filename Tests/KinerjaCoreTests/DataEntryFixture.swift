import Foundation
@testable import KinerjaCore

/// A copy of `Tests/Fixtures/dataentry/content` in a fresh temporary folder, so that tests
/// may write into it. Call `remove()` when done.
struct DataEntryFixture {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A file of `Tests/Fixtures/sirup`.
    static func sirup(_ name: String) -> String { fixtures.appendingPathComponent("sirup/\(name)").path }

    /// The folder holding the content copy (and room for other files beside it).
    let base: URL
    var root: URL { base.appendingPathComponent("content") }

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-dataentry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("dataentry/content"), to: root)
    }

    func remove() { try? FileManager.default.removeItem(at: base) }

    /// A path below the content folder.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A file beside the content folder (e.g. an export), returning its path.
    func writeOutside(_ name: String, _ text: String) throws -> String {
        let url = base.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func read(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(relative)), as: UTF8.self)
    }

    func data(_ relative: String) -> Data? { try? Data(contentsOf: root.appendingPathComponent(relative)) }

    /// `Pipeline.check` of the copy, on a fixed day after the fixture's reports.
    func check() -> Pipeline.Checked {
        Pipeline.check(root: root.path, display: "content", today: SimpleDate(year: 2026, month: 4, day: 10))
    }
}
