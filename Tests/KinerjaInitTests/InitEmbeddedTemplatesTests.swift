import Foundation
import Testing
@testable import KinerjaInit

/// `EmbeddedTemplates.swift` is generated from `site-templates/` by `scripts/embed-templates`;
/// these tests fail while it is out of date.
@Suite struct InitEmbeddedTemplatesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Relative path → bytes of every regular file below `folder`.
    static func files(below folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return out
        }
        let prefix = folder.resolvingSymlinksInPath().path + "/"
        for case let url as URL in walker {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = url.resolvingSymlinksInPath().path
            guard path.hasPrefix(prefix) else { continue }
            out[String(path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return out
    }

    static var embedded: [String: Data] {
        var out = EmbeddedTemplates.files.mapValues { Data($0.utf8) }
        for (path, base64) in EmbeddedTemplates.binaryFiles { out[path] = Data(base64Encoded: base64) }
        return out
    }

    @Test func embeddedTemplatesMatchSiteTemplates() throws {
        let onDisk = try Self.files(below: Self.repository.appendingPathComponent("site-templates"))
        let embedded = Self.embedded
        let stale = Set(onDisk.keys).union(embedded.keys).filter { onDisk[$0] != embedded[$0] }.sorted()
        #expect(stale.isEmpty, "EmbeddedTemplates.swift is out of date for \(stale); run scripts/embed-templates")
    }

    @Test func initCopiesEveryEmbeddedTemplate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-init-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }

        _ = try Scaffold.create(at: dir.path, year: 2026, initializeGit: false)

        #expect(try Self.files(below: dir.appendingPathComponent("site-templates")) == Self.embedded)
    }
}
