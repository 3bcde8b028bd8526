import Foundation
import KinerjaCore
@testable import KinerjaSite
import Testing

/// Incremental builds render only the outputs whose inputs changed (`InputKeys` in the
/// manifest; docs/performance.md, "Incremental builds"), and still give a clean build's
/// bytes. The fixture has two languages, so a package page is two outputs.
@Suite struct DependencyTrackingTests {
    /// The fixture site with three package pages (52011240 and two copies of it).
    func workspace() throws -> IncrementalReplayTests.Workspace {
        let w = try IncrementalReplayTests.Workspace()
        let text = try w.site.read("2026/packages/52011240.md")
        for code in ["52011241", "52011242"] {
            try w.site.write("2026/packages/\(code).md",
                             text.replacingOccurrences(of: "Pembangunan Jembatan Sungai Mahakam Ulu", with: "Paket \(code)"))
        }
        return w
    }

    struct Counts: Equatable {
        var written: Int
        var rendered: Int
        var reused: Int
    }

    /// Builds incrementally into `out` and cleanly into `clean`; expects equal outputs.
    func build(_ w: IncrementalReplayTests.Workspace, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Counts? {
        let outcome = BuildPipeline(w.request("out", incremental: true)).run()
        let clean = BuildPipeline(w.request("clean", incremental: false))
        defer { try? FileManager.default.removeItem(at: clean.output) }
        guard case let .built(written, unchanged, reused, _, _, _) = outcome, case .built = clean.run() else {
            Issue.record("build failed: \(outcome.summary)", sourceLocation: sourceLocation)
            return nil
        }
        let out = URL(fileURLWithPath: w.request("out", incremental: true).output)
        #expect(try ServeSupport.snapshot(out, excluding: [BuildManifest.fileName])
            == ServeSupport.snapshot(clean.output, excluding: [BuildManifest.fileName]), sourceLocation: sourceLocation)
        #expect(ServeSupport.folders(out) == ServeSupport.folders(clean.output), sourceLocation: sourceLocation)
        // The keys do not depend on how the build got there.
        let a = BuildManifest.read(output: out)
        let b = BuildManifest.read(output: clean.output)
        #expect(a?.site != nil && a?.site == b?.site && a?.sources == b?.sources, sourceLocation: sourceLocation)
        return Counts(written: written, rendered: written + unchanged - reused, reused: reused)
    }

    func total(_ w: IncrementalReplayTests.Workspace) throws -> Int {
        try #require(BuildManifest.read(output: URL(fileURLWithPath: w.request("out", incremental: true).output))).outputs.count
    }

    @Test func aNarrativeEditRendersOnlyThatPackagesPage() throws {
        let w = try workspace()
        let first = try #require(try build(w))
        #expect(first.reused == 0)
        let n = try total(w)
        try w.site.write("2026/packages/52011241.md", try w.site.read("2026/packages/52011241.md") + "\nJadwal bergeser satu pekan.\n")
        // One page in two languages rendered and written; everything else kept unrendered.
        #expect(try build(w) == Counts(written: 2, rendered: 2, reused: n - 2))
        let page = try String(contentsOf: URL(fileURLWithPath: w.request("out", incremental: true).output)
            .appendingPathComponent("2026/packages/52011241/index.html"), encoding: .utf8)
        #expect(page.contains("Jadwal bergeser satu pekan."))
        // Nothing changed: nothing rendered.
        #expect(try build(w) == Counts(written: 0, rendered: 0, reused: n))
    }

    @Test func aFrontMatterEditRendersThatPageAndTheYearButNoOtherPackagePage() throws {
        let w = try workspace()
        _ = try build(w)
        let n = try total(w)
        try w.site.edit("2026/packages/52011241.md", replacing: "pagu: 4.500.000.000", with: "pagu: 4.750.000.000")
        let counts = try #require(try build(w))
        // The two other package pages (two languages each) are kept; lists, OPD, area and
        // data pages show the pagu and are made again.
        #expect(counts.reused == 4)
        #expect(counts.rendered == n - 4)
        #expect(counts.written > 2)
    }

    @Test func aRealizationRowRendersItsPackagesPageAndTheYear() throws {
        let w = try workspace()
        _ = try build(w)
        let n = try total(w)
        let csv = "2026/realizations/2026-03.csv"
        try w.site.write(csv, try w.site.read(csv) + "52011242,IK-01,31,,,serah terima\n")
        let counts = try #require(try build(w))
        #expect(counts.reused == 4)  // 52011240 and 52011241
        #expect(counts.rendered == n - 4)
        let page = try String(contentsOf: URL(fileURLWithPath: w.request("out", incremental: true).output)
            .appendingPathComponent("2026/packages/52011242/index.html"), encoding: .utf8)
        #expect(page.contains("serah terima"))
    }

    @Test func anAreaTitleOrATemplateEditRendersEveryPackagePage() throws {
        let w = try workspace()
        _ = try build(w)
        let n = try total(w)
        try w.site.edit("2026/areas/waktu.md", replacing: "title: Ketepatan Waktu", with: "title: Ketepatan Jadwal")
        #expect(try build(w)?.rendered == n)
        let url = w.templates.appendingPathComponent("package.mustache")
        try Data((try String(contentsOf: url, encoding: .utf8) + "<!-- x -->\n").utf8).write(to: url)
        #expect(try build(w) == Counts(written: 6, rendered: n, reused: 0))
    }

    @Test func aDeletedPackageLosesItsPageAndTheOtherPackagePagesAreKept() throws {
        let w = try workspace()
        _ = try build(w)
        let n = try total(w)
        try FileManager.default.removeItem(at: w.site.file("2026/packages/52011242.md"))
        let counts = try #require(try build(w))
        #expect(counts.reused == 4)
        #expect(try total(w) == n - 2)
        #expect(counts.rendered == n - 2 - 4)
        #expect(!FileManager.default.fileExists(atPath: w.request("out", incremental: true).output + "/2026/packages/52011242"))
    }

    @Test func aManifestWithoutKeysRendersEverythingOnceAndAMissingKeptPageIsRenderedAgain() throws {
        let w = try workspace()
        _ = try build(w)
        let n = try total(w)
        let out = URL(fileURLWithPath: w.request("out", incremental: true).output)
        let path = out.appendingPathComponent(BuildManifest.fileName)
        // A manifest of the kinerja before keys: same outputs, no `site` or `from` lines.
        let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("site\t") && !$0.hasPrefix("from\t") }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: path)
        try w.site.write("2026/packages/52011241.md", try w.site.read("2026/packages/52011241.md") + "\nCatatan.\n")
        #expect(try build(w) == Counts(written: 2, rendered: n, reused: 0))
        // A kept page deleted behind kinerja's back is rendered and written again.
        try FileManager.default.removeItem(at: out.appendingPathComponent("2026/packages/52011240/index.html"))
        try w.site.write("2026/packages/52011241.md", try w.site.read("2026/packages/52011241.md") + "\nLagi.\n")
        let counts = try #require(try build(w))
        #expect(counts.rendered == 3 || counts.rendered == n)  // n when the sample saw the deletion
        #expect(counts.written == 3 || counts.written == n)
    }

    /// The keys' lines keep the manifest's safety rules (docs/hardening.md, "Publishing"):
    /// a keyed path must be a safe relative path and an output of the manifest.
    @Test func keyedManifestLinesRoundTripAndBadOnesMakeTheManifestUnreadable() throws {
        let manifest = BuildManifest(inputs: "f-3", outputs: ["index.html": 0xab, "2026/packages/1/index.html": 0x1f],
                                     touched: ["index.html"], site: 0x5e, sources: ["2026/packages/1/index.html": 0x77])
        let text = String(decoding: manifest.serialized, as: UTF8.self)
        #expect(text == "inputs\tf-3\ntouched\tindex.html\nsite\t5e\nfrom\t77\t2026/packages/1/index.html\n"
            + "1f\t2026/packages/1/index.html\nab\tindex.html\n")
        #expect(BuildManifest.parse(manifest.serialized) == manifest)
        for bad in ["from\t77\t../x\n", "from\t77\tother.html\n", "from\tzz\t2026/packages/1/index.html\n", "site\t5e\n",
                    "from\t77\t2026//index.html\n", "ab\t./index.html\n"] {
            #expect(BuildManifest.parse(Array((text + bad).utf8)) == nil, "\(bad)")
        }
        // Keys without the site key: not a manifest of this version.
        let keyless = text.replacingOccurrences(of: "site\t5e\n", with: "")
        #expect(BuildManifest.parse(Array(keyless.utf8)) == nil)
        #expect(BuildManifest.parse(Array(keyless.replacingOccurrences(of: "from\t77\t2026/packages/1/index.html\n", with: "").utf8))?
            .site == nil)
    }
}
