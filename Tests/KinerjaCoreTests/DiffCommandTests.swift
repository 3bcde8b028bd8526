import Foundation
import Testing
@testable import KinerjaCore

/// `kinerja diff` as a user runs it: the built binary, its output and exit code.
@Suite struct DiffCommandTests {
    static var binary: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/kinerja").path
    }

    func kinerja(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build first: swift build")
        let out = try Subprocess.run(Self.binary, arguments, in: directory.path)
        return (out.status, String(decoding: out.stdout, as: UTF8.self), out.stderr)
    }

    @Test func unapprovedChangeExitsOneWithDiagnostics() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace("content/2026/indicators/IK-07.md", "target: 30", "target: 28")

        let run = try kinerja(["diff", "HEAD"], in: repo.root)

        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("## ❌ kinerja diff: 1 change (1 unapproved)"))
        #expect(run.stderr.hasPrefix("content/2026/indicators/IK-07.md:13:1: error[KJ904]: target of indicator IK-07 changed from 30 to 28"))
    }

    @Test func approvedChangeExitsZero() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace("content/2026/indicators/IK-07.md", "target: 30", "target: 28")
        try repo.addRevision("{on: 2026-07-02, indicator: IK-07, field: target, from: 30, to: 28, approved_by: Kepala UKPBJ}")

        let run = try kinerja(["diff", "HEAD", "--format", "json"], in: repo.root)

        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix(#"{"changes":[{"year":2026,"indicator":"IK-07","field":"target","from":30,"to":28,"approved":true}],"unapproved":0"#))
        #expect(run.stderr.isEmpty)
    }

    @Test func removedIndicatorExitsOneUntilARevisionApprovesIt() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.delete("content/2026/indicators/IK-08.md")

        let run = try kinerja(["diff", "HEAD"], in: repo.root)
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("## ❌ kinerja diff: 0 changes (1 unapproved) · 0 added · 1 removed · 0 renamed\n"))
        #expect(run.stderr.hasPrefix("content/2026/plan.md:8:1: error[KJ904]: indicator IK-08 was removed after the 2026 plan was approved"))

        try repo.addRevision("{on: 2026-07-02, field: indicator, from: IK-08, approved_by: Kepala UKPBJ}")
        let approved = try kinerja(["diff", "HEAD", "--format", "json"], in: repo.root)
        #expect(approved.status == 0)
        #expect(approved.stdout.contains(#""unapproved":0,"added":[],"removed":[{"year":2026,"kind":"indicator","id":"IK-08","title":"Persentase paket tender yang gagal","approved":true}]"#))
        #expect(approved.stderr.isEmpty)

        // `kinerja check` accepts the entry: no KJ905 for an id revision, no KJ004 for text ids.
        let check = try kinerja(["check"], in: repo.root)
        let planLines = check.stdout.split(separator: "\n").filter { $0.hasPrefix("content/2026/plan.md:") }
        #expect(planLines.allSatisfy { $0.contains("[KJ503]") || $0.contains("[KJ504]") }, "\(planLines)")
    }

    @Test func environmentErrorsExitTwo() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }

        let badRevision = try kinerja(["diff", "origin/nope"], in: repo.root)
        #expect(badRevision.status == 2)
        #expect(badRevision.stdout.isEmpty)
        #expect(badRevision.stderr.hasPrefix("kinerja: unknown revision `origin/nope`"))

        let notRepository = try kinerja(["diff", "HEAD"], in: outside)
        #expect(notRepository.status == 2)
        #expect(notRepository.stderr.contains("is not inside a git repository"))

        let noContent = try kinerja(["diff", "HEAD", "--content", "inhalt"], in: repo.root)
        #expect(noContent.status == 2)
        #expect(noContent.stderr == "kinerja: content folder `inhalt` does not exist at revision `HEAD`\n")
    }
}
