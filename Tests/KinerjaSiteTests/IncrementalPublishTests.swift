import Foundation
import Testing
@testable import KinerjaSite

@Suite struct IncrementalPublishTests {
    private func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-pub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file below `root` (manifest excluded) with its text.
    private func snapshot(_ root: URL) -> [String: String] {
        var out: [String: String] = [:]
        let e = FileManager.default.enumerator(atPath: root.path)
        while let rel = e?.nextObject() as? String {
            let url = root.appendingPathComponent(rel)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
               rel != BuildManifest.fileName {
                out[rel] = (try? String(contentsOf: url, encoding: .utf8)) ?? "<unreadable>"
            }
        }
        return out
    }

    private func folders(_ root: URL) -> Set<String> {
        var out = Set<String>()
        let e = FileManager.default.enumerator(atPath: root.path)
        while let rel = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(rel).path, isDirectory: &isDir), isDir.boolValue {
                out.insert(rel)
            }
        }
        return out
    }

    @Test func incrementalOutputEqualsCleanOutputAfterEditsAdditionsAndDeletions() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let incremental = base.appendingPathComponent("site")
        let clean = base.appendingPathComponent("clean")
        let first = [
            OutputFile(path: "index.html", text: "home v1"),
            OutputFile(path: "2026/indicators/IK-01/index.html", text: "ik-01 v1"),
            OutputFile(path: "2026/indicators/IK-02/index.html", text: "ik-02 v1"),
            OutputFile(path: "2026/packages/123/index.html", text: "pkg 123"),
        ]
        let r1 = try SitePublisher.publish(first, to: incremental, inputs: "a", clean: false)
        #expect(r1 == SitePublisher.Result(written: 4, unchanged: 0, removed: 0))

        // Edit one page, add one, delete the package page (and so its folders).
        let second = [
            OutputFile(path: "index.html", text: "home v1"),
            OutputFile(path: "2026/indicators/IK-01/index.html", text: "ik-01 v2"),
            OutputFile(path: "2026/indicators/IK-02/index.html", text: "ik-02 v1"),
            OutputFile(path: "2026/indicators/IK-03/index.html", text: "ik-03 v1"),
        ]
        let r2 = try SitePublisher.publish(second, to: incremental, inputs: "b", clean: false)
        #expect(r2 == SitePublisher.Result(written: 2, unchanged: 2, removed: 1))
        _ = try SitePublisher.publish(second, to: clean, inputs: "b", clean: true)

        #expect(snapshot(incremental) == snapshot(clean))
        #expect(folders(incremental) == folders(clean))
        #expect(!folders(incremental).contains("2026/packages"))
        // The same inputs and outputs; the incremental manifest also lists the files it
        // replaced, which the next build checks first.
        let m1 = try #require(BuildManifest.read(output: incremental))
        let m2 = try #require(BuildManifest.read(output: clean))
        #expect(m1.inputs == m2.inputs)
        #expect(m1.outputs == m2.outputs)
        #expect(m1.touched == ["2026/indicators/IK-01/index.html", "2026/indicators/IK-03/index.html"])
        #expect(m2.touched.isEmpty)
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("site")
        let files = [OutputFile(path: "a/index.html", text: "a"), OutputFile(path: "b/index.html", text: "b")]
        _ = try SitePublisher.publish(files, to: out, inputs: "x", clean: false)
        let a = out.appendingPathComponent("a/index.html")
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: a.path)
        let r = try SitePublisher.publish(files, to: out, inputs: "y", clean: false)
        #expect(r.written == 0)
        let mtime = try FileManager.default.attributesOfItem(atPath: a.path)[.modificationDate] as? Date
        #expect(mtime == old)
    }

    @Test func cleanPublishReplacesEverything() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("stray".utf8).write(to: out.appendingPathComponent("stray.html"))
        _ = try SitePublisher.publish([OutputFile(path: "index.html", text: "home")], to: out, inputs: "x", clean: true)
        #expect(snapshot(out) == ["index.html": "home"])
        // No staging folders are left beside the output.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: base.path)
        #expect(siblings.sorted() == [".site.kinerja-lock", "site"])
    }

    @Test func manifestRoundTripsAndFingerprintSeesEdits() throws {
        let m = BuildManifest(inputs: "abc-3", outputs: ["x/index.html": 42, "index.html": 7])
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data(m.serialized).write(to: base.appendingPathComponent(BuildManifest.fileName))
        #expect(BuildManifest.read(output: base) == m)

        let content = base.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let file = content.appendingPathComponent("a.md")
        try Data("one".utf8).write(to: file)
        let f1 = BuildManifest.fingerprint(folders: [content.path], options: ["base=/"])
        #expect(f1 == BuildManifest.fingerprint(folders: [content.path], options: ["base=/"]))
        #expect(f1 != BuildManifest.fingerprint(folders: [content.path], options: ["base=/sub/"]))
        try Data("three".utf8).write(to: file)
        #expect(f1 != BuildManifest.fingerprint(folders: [content.path], options: ["base=/"]))
    }

    @Test func tamperedManifestNeverDeletesOutsideTheOutput() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("site")
        let precious = base.appendingPathComponent("precious.txt")
        try Data("keep".utf8).write(to: precious)
        _ = try SitePublisher.publish([OutputFile(path: "index.html", text: "home")], to: out, inputs: "a", clean: false)
        let tampered = "inputs\ta\n0\t../precious.txt\n0\tindex.html\n"
        try Data(tampered.utf8).write(to: out.appendingPathComponent(BuildManifest.fileName))
        #expect(BuildManifest.read(output: out) == nil)
        _ = try SitePublisher.publish([OutputFile(path: "index.html", text: "home 2")], to: out, inputs: "b", clean: false)
        #expect(FileManager.default.fileExists(atPath: precious.path))
        #expect(snapshot(out) == ["index.html": "home 2"])
    }
}
