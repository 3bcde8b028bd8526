import Foundation
import Testing

/// `kinerja build` run again on changed content gives exactly what a clean build gives, and
/// an unchanged build writes nothing.
@Suite struct IncrementalBuildTests {
    static let manifest = ".kinerja-manifest"

    func build(_ site: ServeSupport.Site, _ output: String, clean: Bool = false) throws -> String {
        let result = try ServeSupport.run(["build", "--content", "content", "--templates", ServeSupport.templates.path,
                                           "--output", output] + (clean ? ["--clean"] : []), in: site.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        return result.stdout
    }

    /// The summary's "N pages written, M unchanged".
    func counts(_ summary: String) -> (written: Int, unchanged: Int)? {
        let words = summary.split(separator: " ")
        guard let w = words.firstIndex(of: "written,"), w >= 2, let written = Int(words[w - 2]),
              let u = words.firstIndex(of: "unchanged,"), u >= 1, let unchanged = Int(words[u - 1]) else { return nil }
        return (written, unchanged)
    }

    @Test func incrementalOutputEqualsACleanBuildAfterEditsAdditionsAndDeletions() throws {
        let site = try ServeSupport.Site()
        let first = try #require(counts(try build(site, "out")))
        #expect(first.unchanged == 0)
        #expect(first.written > 40)
        let out = site.root.appendingPathComponent("out")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("2026/packages/52011240/index.html").path))

        // Edit a package and an indicator, add a package with its own page, delete the
        // report: its page and folder must go.
        try site.edit("2026/packages.csv", replacing: "Rehabilitasi Gedung Sekolah, Tahap I", with: "Rehabilitasi Gedung Sekolah, Tahap II")
        try site.edit("2026/indicators/IK-01.md", replacing: "Rata-rata waktu pemilihan penyedia",
                      with: "Rata-rata lama pemilihan penyedia")
        try site.write("2026/packages/52011241.md", try site.read("2026/packages/52011240.md")
            .replacingOccurrences(of: "Pembangunan Jembatan Sungai Mahakam Ulu", with: "Rehabilitasi Dermaga Tenggarong"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("2026/reports/2026-Q1/index.html").path))
        try FileManager.default.removeItem(at: site.file("2026/reports/2026-Q1.md"))

        let second = try #require(counts(try build(site, "out")))
        #expect(second.written > 0)
        #expect(second.unchanged > 0)
        _ = try build(site, "clean", clean: true)
        let clean = site.root.appendingPathComponent("clean")

        let incremental = try ServeSupport.snapshot(out, excluding: [Self.manifest])
        #expect(incremental == (try ServeSupport.snapshot(clean, excluding: [Self.manifest])))
        #expect(ServeSupport.folders(out) == ServeSupport.folders(clean))
        #expect(incremental["2026/packages/52011241/index.html"] != nil)
        #expect(incremental["2026/reports/2026-Q1/index.html"] == nil)
        #expect(!ServeSupport.folders(out).contains("2026/reports/2026-Q1"))
        let packages = try #require(incremental["2026/packages/index.html"])
        #expect(String(decoding: packages, as: UTF8.self).contains("Rehabilitasi Gedung Sekolah, Tahap II"))
        // Both manifests list the same outputs with the same hashes.
        let m1 = try String(contentsOf: out.appendingPathComponent(Self.manifest), encoding: .utf8)
        let m2 = try String(contentsOf: clean.appendingPathComponent(Self.manifest), encoding: .utf8)
        // (The incremental one also lists the files it replaced, for the next build's check.)
        let entries = { (m: String) in m.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("touched\t") } }
        #expect(entries(m1) == entries(m2))
        #expect(m1.contains("\ntouched\t2026/packages/index.html\n"))
        #expect(!m2.contains("touched"))
    }

    @Test func anUnchangedBuildWritesNothing() throws {
        let site = try ServeSupport.Site()
        let first = try #require(counts(try build(site, "out")))
        let out = site.root.appendingPathComponent("out")
        let page = out.appendingPathComponent("2026/index.html")
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: page.path)
        let before = try ServeSupport.snapshot(out)

        let again = try build(site, "out")
        #expect(counts(again)?.written == 0)
        #expect(counts(again)?.unchanged == first.written)
        #expect(try ServeSupport.snapshot(out) == before)
        let mtime = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        #expect(mtime == old)
    }

    @Test func aBuildWithErrorsLeavesThePreviousOutput() throws {
        let site = try ServeSupport.Site()
        _ = try build(site, "out")
        let out = site.root.appendingPathComponent("out")
        let before = try ServeSupport.snapshot(out)
        try site.write("2026/areas/biaya.md", "---\ntitle: [Penghematan Biaya\n---\n")
        let result = try ServeSupport.run(["build", "--content", "content", "--templates", ServeSupport.templates.path,
                                           "--output", "out"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("content/2026/areas/biaya.md:3:1: error[KJ003]"))
        #expect(try ServeSupport.snapshot(out) == before)
    }

    @Test func timingsOnRequestNameEveryStage() throws {
        let site = try ServeSupport.Site()
        let quiet = try ServeSupport.run(["build", "--content", "content", "--templates", ServeSupport.templates.path,
                                          "--output", "out"], in: site.root)
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("timings"))
        let timed = try ServeSupport.run(["build", "--content", "content", "--templates", ServeSupport.templates.path,
                                          "--output", "again", "--clean"], in: site.root, environment: ["KINERJA_TIMINGS": "1"])
        #expect(timed.status == 0)
        let stages = timed.stderr.split(separator: "\n").dropFirst().map { line in
            line.split(separator: "ms", maxSplits: 1).last.map { String($0.split(separator: "(").first ?? "").trimmingCharacters(in: .whitespaces) }
        }
        #expect(stages == ["fingerprint, load, validate, index", "theme", "routes, page contexts",
                           "pages, open data, sitemap, assets", "commit"])
    }
}
