import Foundation
import Testing
@testable import KinerjaSite
#if canImport(Glibc)
import Glibc
#endif

/// Crash-safe publishing (docs/hardening.md, "Publishing"): kills at random points, leftovers
/// of killed builds, two builds at once and a failing write.
@Suite(.serialized) struct PublishCrashTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/kinerja").path

    private func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file and folder below `root` with its bytes (folders as nil), the manifest excluded.
    private func tree(_ root: URL) -> [String: Data?] {
        var out: [String: Data?] = [:]
        let e = FileManager.default.enumerator(atPath: root.path)
        while let rel = e?.nextObject() as? String {
            guard rel != BuildManifest.fileName else { continue }
            let url = root.appendingPathComponent(rel)
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir)
            out[rel] = isDir.boolValue ? .some(nil) : .some(try? Data(contentsOf: url))
        }
        return out
    }

    private func start(_ content: URL, _ output: URL, clean: Bool = false) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = ["build", "--content", content.path, "--templates", Self.root.appendingPathComponent("site-templates").path,
                       "--output", output.path] + (clean ? ["--clean"] : [])
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1767225600"
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    private func build(_ content: URL, _ output: URL, clean: Bool = false) throws -> Int32 {
        let p = try start(content, output, clean: clean)
        p.waitUntilExit()
        return p.terminationStatus
    }

    private func sampleCopy(in base: URL) throws -> URL {
        let content = base.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("content"), to: content)
        return content
    }

    /// 10 seeds: build, change the title, kill the build after 0–600 ms, restore the title,
    /// build again: the result is exactly a clean build's bytes, nothing left beside it.
    @Test func aBuildKilledAtRandomThenAPlainBuildEqualsACleanBuild() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let content = try sampleCopy(in: base)
        let clean = base.appendingPathComponent("clean")
        #expect(try build(content, clean, clean: true) == 0)
        let expected = tree(clean)
        #expect(expected["index.html"] != nil)
        let siteYAML = content.appendingPathComponent("site.yaml")
        let original = try Data(contentsOf: siteYAML)
        var rng = SplitMix(seed: 17)
        for seed in 0 ..< 10 {
            let out = base.appendingPathComponent("out\(seed)")
            #expect(try build(content, out) == 0)
            let changed = String(decoding: original, as: UTF8.self)
                .replacingOccurrences(of: "title: Kinerja", with: "title: Diubah \(seed) Kinerja")
            try Data(changed.utf8).write(to: siteYAML)
            let p = try start(content, out)
            usleep(UInt32(rng.next() % 600_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            try original.write(to: siteYAML)
            #expect(try build(content, out) == 0, "seed \(seed)")
            #expect(tree(out) == expected, "seed \(seed)")
            let siblings = try FileManager.default.contentsOfDirectory(atPath: base.path).filter { $0.hasPrefix(".out\(seed).") }
            #expect(siblings == [".out\(seed).kinerja-lock"], "seed \(seed)")
        }
    }

    @Test func leftoversOfKilledBuildsAreRemoved() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("site")
        _ = try SitePublisher.publish([OutputFile(path: "a/index.html", text: "a")], to: out, inputs: "1", clean: false)
        // A pid that cannot be running (above the kernel's maximum).
        let dead = "4194305"
        for name in [".site.kinerja-stage-\(dead)", ".site.kinerja-new-\(dead)", ".site.kinerja-old-\(dead)"] {
            try FileManager.default.createDirectory(at: base.appendingPathComponent(name + "/x"), withIntermediateDirectories: true)
        }
        try Data("half".utf8).write(to: out.appendingPathComponent("a/.kinerja-tmp-\(dead)-index.html"))
        _ = try SitePublisher.publish([OutputFile(path: "a/index.html", text: "b")], to: out, inputs: "2", clean: false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() == [".site.kinerja-lock", "site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("a").path) == ["index.html"])
        #expect(try String(contentsOf: out.appendingPathComponent("a/index.html"), encoding: .utf8) == "b")
    }

    @Test func twoBuildsAtOnceGiveACleanBuild() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let content = try sampleCopy(in: base)
        let clean = base.appendingPathComponent("clean")
        #expect(try build(content, clean, clean: true) == 0)
        let out = base.appendingPathComponent("out")
        let a = try start(content, out)
        let b = try start(content, out, clean: true)
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0)
        #expect(b.terminationStatus == 0)
        #expect(tree(out) == tree(clean))
    }

    /// A rename into the output fails half-way: every replaced page is put back, the manifest
    /// too, and the error says so.
    @Test func aFailingWriteRollsBackToThePreviousSite() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("site")
        let first = (0 ..< 20).map { OutputFile(path: "p\($0)/index.html", text: "old \($0)") }
        _ = try SitePublisher.publish(first, to: out, inputs: "1", clean: false)
        var before = tree(out)
        before[BuildManifest.fileName] = try Data(contentsOf: out.appendingPathComponent(BuildManifest.fileName))
        let target = out.path + "/p15/index.html"
        FileWriter.failure = { from, to in to == target && from.hasSuffix("/new/p15/index.html") }
        defer { FileWriter.failure = nil }
        let second = (0 ..< 19).map { OutputFile(path: "p\($0)/index.html", text: "new \($0)") } + [OutputFile(path: "q/index.html", text: "q")]
        #expect(throws: FileWriter.Failure.self) {
            _ = try SitePublisher.publish(second, to: out, inputs: "2", clean: false)
        }
        var after = tree(out)
        after[BuildManifest.fileName] = try Data(contentsOf: out.appendingPathComponent(BuildManifest.fileName))
        #expect(after == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() == [".site.kinerja-lock", "site"])
    }

    /// A real full disk: a 1 MiB tmpfs (root only; otherwise the test says why and passes).
    @Test func aFullDiskLeavesThePreviousSite() throws {
        let base = try tempDir()
        defer { try? FileManager.default.removeItem(at: base) }
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=1m", "tmpfs", base.path]
        mount.standardError = FileHandle.nullDevice
        guard getuid() == 0, (try? mount.run()) != nil, ({ mount.waitUntilExit(); return mount.terminationStatus == 0 })() else {
            print("aFullDiskLeavesThePreviousSite skipped: cannot mount a tmpfs (not root?)")
            return
        }
        defer {
            let u = Process()
            u.executableURL = URL(fileURLWithPath: "/bin/umount")
            u.arguments = [base.path]
            try? u.run()
            u.waitUntilExit()
        }
        let out = base.appendingPathComponent("site")
        let first = (0 ..< 20).map { OutputFile(path: "p\($0)/index.html", text: "old \($0)") }
        _ = try SitePublisher.publish(first, to: out, inputs: "1", clean: false)
        var before = tree(out)
        before[BuildManifest.fileName] = try Data(contentsOf: out.appendingPathComponent(BuildManifest.fileName))
        let big = OutputFile(path: "p3/index.html", bytes: [UInt8](repeating: 65, count: 2 << 20))
        let second = (0 ..< 20).filter { $0 != 3 }.map { OutputFile(path: "p\($0)/index.html", text: "new \($0)") } + [big]
        let error = #expect(throws: PublishError.self) {
            _ = try SitePublisher.publish(second, to: out, inputs: "2", clean: false)
        }
        #expect(error?.message.hasSuffix("/new/p3/index.html: No space left on device") == true)
        var after = tree(out)
        after[BuildManifest.fileName] = try Data(contentsOf: out.appendingPathComponent(BuildManifest.fileName))
        #expect(after == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() == [".site.kinerja-lock", "site"])
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
