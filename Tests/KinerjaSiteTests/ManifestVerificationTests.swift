import Foundation
import KinerjaCore
@testable import KinerjaSite
import Testing

/// On start a build checks the manifest against the output (docs/hardening.md,
/// "Publishing"): the files the last build replaced and a deterministic sample of the
/// others are hashed; any disagreement makes it a full build, so a page changed or lost
/// behind kinerja's back is restored by a plain build.
@Suite struct ManifestVerificationTests {
    func pipeline(_ site: ServeSupport.Site, output: String = "out", incremental: Bool = true) -> BuildPipeline {
        BuildPipeline(BuildRequest(content: site.content.path, display: "content", templates: ServeSupport.templates.path,
                                   output: site.root.appendingPathComponent(output).path, incremental: incremental,
                                   generated: BuildPipelineTests.epoch, toolStamp: "test"))
    }

    func built(_ outcome: BuildOutcome) -> (written: Int, unchanged: Int)? {
        if case let .built(written, unchanged, _, _, _, _) = outcome { return (written, unchanged) }
        Issue.record("build failed: \(outcome.summary)")
        return nil
    }

    func snapshot(_ p: BuildPipeline) throws -> [String: Data] {
        try ServeSupport.snapshot(p.output, excluding: [BuildManifest.fileName])
    }

    @Test func aTamperedSampledPageIsRestoredByAPlainBuild() throws {
        let site = try ServeSupport.Site()
        let out = pipeline(site)
        _ = try #require(built(out.run()))
        let clean = try snapshot(out)
        let manifest = try #require(BuildManifest.read(output: out.output))
        #expect(manifest.touched.isEmpty)  // a first build replaces the folder as a whole
        #expect(manifest.sample.count == BuildManifest.sampleSize)
        // The sample is the same on every read of one manifest.
        #expect(manifest.sample == BuildManifest.read(output: out.output)?.sample)
        let page = try #require(manifest.sample.first { $0.hasSuffix(".html") })
        let url = out.output.appendingPathComponent(page)
        try Data("<p>changed by hand</p>".utf8).write(to: url)
        #expect(manifest.disagreements(output: out.output) == [page])
        #expect(BuildManifest.verified(output: out.output) == nil)

        let again = try #require(built(out.run()))
        // Rebuilt whole: every file written again.
        #expect(again.unchanged == 0)
        #expect(again.written == clean.count)
        #expect(try snapshot(out) == clean)
        #expect(BuildManifest.verified(output: out.output) != nil)
    }

    @Test func aDeletedSampledFileIsRestoredByAPlainBuild() throws {
        let site = try ServeSupport.Site()
        let out = pipeline(site)
        _ = try #require(built(out.run()))
        let clean = try snapshot(out)
        let manifest = try #require(BuildManifest.read(output: out.output))
        let path = try #require(manifest.sample.last)
        try FileManager.default.removeItem(at: out.output.appendingPathComponent(path))
        #expect(manifest.disagreements(output: out.output) == [path])
        _ = try #require(built(out.run()))
        #expect(try snapshot(out) == clean)
    }

    @Test func pagesReplacedByTheLastBuildAreAlwaysChecked() throws {
        let site = try ServeSupport.Site()
        let out = pipeline(site)
        _ = try #require(built(out.run()))
        try site.edit("2026/packages/52011240.md", replacing: "Pembangunan Jembatan Sungai Mahakam Ulu",
                      with: "Pembangunan Jembatan Sungai Mahakam Hulu")
        let edit = try #require(built(out.run()))
        #expect(edit.written > 0)
        let manifest = try #require(BuildManifest.read(output: out.output))
        let page = "2026/packages/52011240/index.html"
        #expect(manifest.touched.contains(page))
        #expect(manifest.sample.contains(page))
        let clean = try snapshot(out)

        let url = out.output.appendingPathComponent(page)
        let old = try String(contentsOf: url, encoding: .utf8)
        try Data(old.replacingOccurrences(of: "Mahakam Hulu", with: "Mahakam Ulu").utf8).write(to: url)
        #expect(manifest.disagreements(output: out.output) == [page])
        _ = try #require(built(out.run()))
        #expect(try snapshot(out) == clean)
        #expect(try String(contentsOf: url, encoding: .utf8).contains("Mahakam Hulu"))
    }

    @Test func aManifestThatCannotBeReadMakesAFullBuild() throws {
        let site = try ServeSupport.Site()
        let out = pipeline(site)
        let first = try #require(built(out.run()))
        let clean = try snapshot(out)
        let manifest = out.output.appendingPathComponent(BuildManifest.fileName)
        try Data("inputs\tx\nnot a line\n".utf8).write(to: manifest)
        let again = try #require(built(out.run()))
        #expect(again.written == first.written)
        #expect(again.unchanged == 0)
        #expect(try snapshot(out) == clean)
    }
}
