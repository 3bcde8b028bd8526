import Foundation
import KinerjaCore
@testable import KinerjaSite
import Testing

/// Random edit sequences (seeded, bounded) replayed on a copy of the fixture site and its
/// templates: after every step the incremental build's output equals a clean build's,
/// byte for byte and folder for folder (docs/performance.md, "Incremental builds").
@Suite struct IncrementalReplayTests {
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// One site under edit: content and templates in a temporary folder.
    final class Workspace {
        let site: ServeSupport.Site
        let templates: URL
        /// Package files added by the edits (their codes), which later edits may change,
        /// rename or delete.
        var added: [String] = []
        var nextCode = 52_011_300

        init() throws {
            site = try ServeSupport.Site()
            templates = site.root.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: ServeSupport.templates, to: templates)
        }

        func request(_ output: String, incremental: Bool, caches: BuildCaches? = nil) -> BuildRequest {
            BuildRequest(content: site.content.path, display: "content", templates: templates.path,
                         output: site.root.appendingPathComponent(output).path, incremental: incremental,
                         generated: BuildPipelineTests.epoch, toolStamp: "test", caches: caches)
        }

        func packageFile(_ code: String) -> String { "2026/packages/\(code).md" }

        /// Applies one random edit; returns what it did (for failure messages).
        func edit(_ r: inout Random, step: Int) throws -> String {
            switch r.below(13) {
            case 0:
                let code = added.isEmpty || r.below(2) == 0 ? "52011240" : added[r.below(added.count)]
                try site.write(packageFile(code), try site.read(packageFile(code)) + "\nCatatan langkah \(step).\n")
                return "narrative of \(code)"
            case 1:
                let code = String(nextCode)
                nextCode += 1
                let text = try site.read(packageFile("52011240"))
                    .replacingOccurrences(of: "Pembangunan Jembatan Sungai Mahakam Ulu", with: "Paket tambahan \(code)")
                try site.write(packageFile(code), text)
                added.append(code)
                return "added package \(code)"
            case 2:
                guard let i = added.indices.randomElement(using: &r) else { return "no rename" }
                let code = String(nextCode)
                nextCode += 1
                try FileManager.default.moveItem(at: site.file(packageFile(added[i])), to: site.file(packageFile(code)))
                let old = added[i]
                added[i] = code
                return "renamed package \(old) to \(code)"
            case 3:
                guard let i = added.indices.randomElement(using: &r) else { return "no delete" }
                try FileManager.default.removeItem(at: site.file(packageFile(added[i])))
                return "deleted package \(added.remove(at: i))"
            case 4:
                // At most 33, and case 9's row at most 29: the Q1 average stays within the
                // target the report's decision needs (else KJ902 and no build).
                let value = 20 + r.below(14)
                let path = "2026/realizations/2026-03.csv"
                let lines = try site.read(path).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    line.hasPrefix("52011234,IK-01,") ? "52011234,IK-01,\(value),,,tender selesai" : String(line)
                }
                try site.write(path, lines.joined(separator: "\n"))
                return "realization row value \(value)"
            case 5:
                let target = 9 + r.below(8)
                let path = "2026/indicators/IK-02.md"
                let lines = try site.read(path).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    line.hasPrefix("target: ") ? "target: \(target)" : String(line)
                }
                try site.write(path, lines.joined(separator: "\n"))
                // The approved plan's revision moves with it (else KJ905).
                let plan = try site.read("2026/plan.md").split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    line.contains("indicator: IK-02, field: target")
                        ? "  - {on: 2026-03-02, indicator: IK-02, field: target, from: 10, to: \(target), reason: Penyesuaian pagu, approved_by: Kepala UKPBJ}"
                        : String(line)
                }
                try site.write("2026/plan.md", plan.joined(separator: "\n"))
                return "IK-02 target \(target)"
            case 6:
                let name = ["package", "year", "indicator", "home"][r.below(4)]
                let url = templates.appendingPathComponent("\(name).mustache")
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data((text + "<!-- langkah \(step) -->\n").utf8).write(to: url)
                return "template \(name)"
            case 8:
                // Front matter only: the package's pagu (lists, OPD and area pages show it).
                let code = added.isEmpty || r.below(2) == 0 ? "52011240" : added[r.below(added.count)]
                let pagu = "pagu: \(4_000_000_000 + r.below(9) * 100_000_000)"
                let lines = try site.read(packageFile(code)).split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.hasPrefix("pagu: ") ? pagu : String(line)
                }
                try site.write(packageFile(code), lines.joined(separator: "\n"))
                return "front matter of \(code): \(pagu)"
            case 9:
                // A realization row of a package with a page: added, changed or removed.
                let path = "2026/realizations/2026-03.csv"
                var lines = try site.read(path).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
                let had = lines.contains { $0.hasPrefix("52011240,") }
                lines.removeAll { $0.hasPrefix("52011240,") }
                let kind = r.below(3)
                if kind < 2 || !had { lines.append("52011240,IK-01,\(20 + r.below(10)),,,langkah \(step)") }
                try site.write(path, lines.joined(separator: "\n") + "\n")
                return kind < 2 || !had ? "row of 52011240" : "row of 52011240 removed"
            case 10:
                // The area a package page names.
                let title = ["Ketepatan Waktu", "Ketepatan Jadwal"][r.below(2)]
                let path = "2026/areas/waktu.md"
                let lines = try site.read(path).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    line.hasPrefix("title: ") ? "title: \(title)" : String(line)
                }
                try site.write(path, lines.joined(separator: "\n"))
                return "area title \(title)"
            case 11:
                // A UI string every page shows.
                let url = templates.appendingPathComponent("i18n/id.yaml")
                let text = try String(contentsOf: url, encoding: .utf8)
                let toggled = text.contains("home: Beranda")
                    ? text.replacingOccurrences(of: "home: Beranda", with: "home: Halaman Utama")
                    : text.replacingOccurrences(of: "home: Halaman Utama", with: "home: Beranda")
                try Data(toggled.utf8).write(to: url)
                return "string nav.home"
            default:
                let title = ["Rata-rata waktu pemilihan penyedia", "Rata-rata lama pemilihan penyedia"][r.below(2)]
                let path = "2026/indicators/IK-01.md"
                let lines = try site.read(path).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    line.hasPrefix("title: ") ? "title: \(title)" : String(line)
                }
                try site.write(path, lines.joined(separator: "\n"))
                return "IK-01 title"
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func incrementalBuildsAfterRandomEditsEqualCleanBuilds(seed: UInt64) throws {
        let w = try Workspace()
        var r = Random(state: seed)
        // Odd seeds keep the parsed files, theme and hashes between builds, as `kinerja serve` does.
        let incremental = BuildPipeline(w.request("out", incremental: true, caches: seed % 2 == 1 ? BuildCaches() : nil))
        guard case .built = incremental.run() else {
            Issue.record("first build failed")
            return
        }
        var compared = 0
        var failures: [String] = []
        var done: [String] = []
        for step in 1...8 {
            for _ in 0..<(1 + r.below(3)) { done.append(try w.edit(&r, step: step)) }
            let inc = incremental.run()
            let clean = BuildPipeline(w.request("clean-\(step)", incremental: false)).run()
            switch (inc, clean) {
            case (.built, .built):
                let a = try ServeSupport.snapshot(incremental.output, excluding: [BuildManifest.fileName])
                let b = try ServeSupport.snapshot(URL(fileURLWithPath: w.request("clean-\(step)", incremental: false).output),
                                                  excluding: [BuildManifest.fileName])
                let differing = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
                #expect(differing.isEmpty, "seed \(seed) after \(done): \(differing.prefix(5))")
                #expect(ServeSupport.folders(incremental.output)
                    == ServeSupport.folders(URL(fileURLWithPath: w.request("clean-\(step)", incremental: false).output)))
                compared += 1
            case let (.failed(_, diagnostics), .failed):
                failures.append("\(done.last ?? ""): \(diagnostics.prefix(2).map { "\($0.file):\($0.line) \($0.code) \($0.message)" })")
            default:
                Issue.record("seed \(seed) after \(done): incremental \(inc.summary), clean \(clean.summary)")
            }
            try? FileManager.default.removeItem(atPath: w.request("clean-\(step)", incremental: false).output)
        }
        #expect(compared >= 6, "only \(compared) steps built: \(done); \(failures)")
    }
}
