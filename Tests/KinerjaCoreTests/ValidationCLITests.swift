import Foundation
import Testing
@testable import KinerjaCore

/// Runs the built `kinerja` binary end to end, as a plan editor or CI would.
@Suite struct ValidationCLITests {
    /// 2026-04-20T00:00:00Z, the fixtures' build date.
    static let epoch = 1_776_643_200

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The `kinerja` executable next to the test bundle, else in `.build/debug`.
    static func binary() -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let argv0 = CommandLine.arguments.first {
            var dir = URL(fileURLWithPath: argv0).deletingLastPathComponent()
            // macOS runs tests inside `…/debug/kinerjaPackageTests.xctest/Contents/MacOS/`.
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("kinerja"))
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(ValidationFixture.packageRoot.appendingPathComponent(".build/debug/kinerja"))
        return candidates.first { fm.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }

    /// Runs `kinerja arguments…` in `directory`.
    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        guard let exe = binary() else {
            throw ValidationFixture.MutationFailed(description: "the kinerja binary is not built (swift build)")
        }
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = String(epoch)
        env["CI"] = "1"
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fixture copy at `<tmp>/content`; the closure runs with `<tmp>` as working directory.
    static func withSite(_ mutations: [ValidationFixture.Mutation], _ body: (URL) throws -> Void) throws {
        let root = try ValidationFixture.make(mutations)
        let dir = root.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(dir)
    }

    static let unknownArea = ValidationFixture.Mutation.replace("2026/indicators/IK-03.md", "area: waktu", "area: wakt")

    @Test func epochIsTheFixtureDate() {
        #expect(SimpleDate(unixTime: Self.epoch) == ValidationFixture.today)
    }

    @Test func validSitePasses() throws {
        try Self.withSite([]) { dir in
            let r = try Self.run(["check", "--content", "content"], in: dir)
            #expect(r.status == 0)
            #expect(r.stdout == "kinerja check: 0 errors, 0 warnings in 14 files\n")
        }
    }

    @Test func brokenSiteFailsWithTextDiagnostic() throws {
        try Self.withSite([Self.unknownArea]) { dir in
            let r = try Self.run(["check", "--content", "content"], in: dir)
            #expect(r.status == 1)
            #expect(r.lines == [
                "content/2026/indicators/IK-03.md:3:7: error[KJ202]: indicator IK-03 references unknown area `wakt`",
                "    hint: did you mean `waktu`?",
                "kinerja check: 1 error, 0 warnings in 14 files",
                "",
            ])
        }
    }

    @Test func jsonFormatHasDesignShape() throws {
        try Self.withSite([Self.unknownArea, .replace("2026/indicators/IK-03.md", "target: 3.5", "target: 3.0")]) { dir in
            let r = try Self.run(["check", "--content", "content", "--format", "json"], in: dir)
            #expect(r.status == 1)
            let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            #expect(object?["errors"] as? Int == 1)
            #expect(object?["warnings"] as? Int == 1)
            let ds = object?["diagnostics"] as? [[String: Any]] ?? []
            #expect(ds.count == 2)
            guard ds.count == 2 else { return }
            #expect(Set(ds[0].keys) == ["code", "severity", "file", "line", "column", "message", "hint", "sop_step"])
            #expect(ds[0]["code"] as? String == "KJ202")
            #expect(ds[0]["severity"] as? String == "error")
            #expect(ds[0]["file"] as? String == "content/2026/indicators/IK-03.md")
            #expect(ds[0]["line"] as? Int == 3)
            #expect(ds[0]["column"] as? Int == 7)
            #expect(ds[0]["message"] as? String == "indicator IK-03 references unknown area `wakt`")
            #expect(ds[0]["hint"] as? String == "did you mean `waktu`?")
            #expect(ds[0]["sop_step"] as? Int == 2)
            #expect(ds[1]["code"] as? String == "KJ306")
            #expect(ds[1]["severity"] as? String == "warning")
            #expect(ds[1]["sop_step"] as? Int == 3)
        }
    }

    @Test func jsonHintAndSopStepAreNullWhenAbsent() throws {
        try Self.withSite([.replace("2026/areas/biaya.md", "title: Penghematan Biaya\n", "")]) { dir in
            let r = try Self.run(["check", "--content", "content", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let d = (object?["diagnostics"] as? [[String: Any]])?.first
            #expect(d?["code"] as? String == "KJ011")
            #expect(d?["hint"] is NSNull)
            #expect(d?["sop_step"] is NSNull)
        }
    }

    @Test func githubFormat() throws {
        try Self.withSite([Self.unknownArea]) { dir in
            let r = try Self.run(["check", "--content", "content", "--format", "github"], in: dir)
            #expect(r.status == 1)
            #expect(r.stdout == "::error file=content/2026/indicators/IK-03.md,line=3,col=7,title=KJ202::indicator IK-03 references unknown area `wakt`%0Ahint: did you mean `waktu`?\n")
        }
    }

    @Test func warningsFailOnlyWithStrict() throws {
        try Self.withSite([.replace("2026/indicators/IK-03.md", "target: 3.5", "target: 3.0")]) { dir in
            let plain = try Self.run(["check", "--content", "content"], in: dir)
            let strict = try Self.run(["check", "--content", "content", "--strict"], in: dir)
            #expect(plain.status == 0)
            #expect(strict.status == 1)
        }
    }

    @Test func missingContentFolderExits2() throws {
        try Self.withSite([]) { dir in
            let r = try Self.run(["check", "--content", "nowhere"], in: dir)
            #expect(r.status == 2)
            #expect(r.stdout == "")
            #expect(r.stderr.contains("nowhere"))
        }
    }
}
