import Foundation
import KinerjaCore
import Testing
@testable import KinerjaSite

/// The build as `kinerja build` runs it: render, then publish.
@Suite struct PublishTests {
    private func snapshot(_ root: URL) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let rel = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            let path = root.appendingPathComponent(rel).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        return out
    }

    @Test func failingBuildLeavesThePreviousOutputByteIdentical() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("_site")
        _ = try SitePublisher.publish(try SiteFixture.build(), to: output, inputs: "1", clean: true)
        let before = try snapshot(output)
        #expect(before["2026/indicators/IK-07/index.html"] != nil)

        // A theme whose indicator template refers to a key no page offers: rendering fails,
        // so nothing is published.
        let templates = folder.url.appendingPathComponent("t")
        try FileManager.default.copyItem(at: SiteFixture.templates, to: templates)
        let broken = templates.appendingPathComponent("indicator.mustache")
        try ("{{page.nonexistent}}" + String(contentsOf: broken, encoding: .utf8)).write(to: broken, atomically: true, encoding: .utf8)
        let builder = SiteBuilder(content: SiteFixture.content(indicatorTitle: "Changed"), templates: templates,
                                  generated: SiteFixture.generated)
        #expect(throws: SiteBuildError.page(path: "2026/indicators/IK-07/index.html",
                                            reason: "indicator.mustache:1: key `page.nonexistent` is not in the page's data")) {
            let files = try builder.render()
            _ = try SitePublisher.publish(files, to: output, inputs: "2", clean: true)
        }
        #expect(try snapshot(output) == before)
    }

    @Test func failingWriteLeavesThePreviousOutputByteIdentical() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("_site")
        _ = try SitePublisher.publish(try SiteFixture.build(), to: output, inputs: "1", clean: true)
        let before = try snapshot(output)
        // `zz` is both a file and a folder: the staging write fails half-way.
        let files = try SiteFixture.build() + [OutputFile(path: "zz", text: "x"), OutputFile(path: "zz/index.html", text: "y")]
        #expect(throws: (any Error).self) {
            _ = try SitePublisher.publish(files, to: output, inputs: "2", clean: true)
        }
        #expect(try snapshot(output) == before)
        // Only the output and its lock file (kept, see docs/hardening.md) are left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["._site.kinerja-lock", "_site"])
    }

    @Test func twoPublishedBuildsAreByteIdentical() throws {
        let folder = try TemporaryFolder()
        let a = folder.url.appendingPathComponent("a"), b = folder.url.appendingPathComponent("b")
        _ = try SitePublisher.publish(try SiteFixture.build(), to: a, inputs: "x", clean: true)
        _ = try SitePublisher.publish(try SiteFixture.build(), to: b, inputs: "x", clean: true)
        let sa = try snapshot(a), sb = try snapshot(b)
        #expect(sa.count > 30)
        #expect(sa == sb)
    }
}
