import Foundation
@testable import KinerjaCore

/// A throwaway folder for hostile-content tests: a small valid content tree in `content/` and,
/// beside it, `outside/` with files that content must never reach. `check()` runs the loader
/// and validator (what `kinerja check` and `build` share) and records a snapshot of the whole
/// sandbox first; `unchanged` tells whether anything in it was created, removed or modified.
final class HostileSandbox {
    let root: String
    private var before: [String: String] = [:]

    var content: String { root + "/content" }
    var outside: String { root + "/outside" }

    init() throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("kinerja-hostile-XXXXXX").utf8CString)
        let ok = template.withUnsafeMutableBufferPointer { b in b.baseAddress.map { mkdtemp($0) != nil } ?? false }
        guard ok else { throw CocoaError(.fileWriteUnknown) }
        root = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        try write("content/site.yaml", """
            title: Kinerja Pengadaan
            languages: [id]
            opds:
              - {code: "1.03.01", name: Dinas Pekerjaan Umum dan Penataan Ruang, short: DPUPR}

            """)
        try write("content/2026/plan.md", """
            ---
            year: 2026
            status: draft
            objectives:
              - {id: T1, title: Pengadaan yang tepat waktu}
            ---
            Rencana.

            """)
        try write("content/2026/areas/waktu.md", "---\ntitle: Ketepatan Waktu\nobjective: T1\n---\nArea.\n")
        for folder in ["indicators", "packages", "realizations", "reports"] {
            try FileManager.default.createDirectory(atPath: content + "/2026/" + folder, withIntermediateDirectories: true)
        }
        try write("outside/secret.md", "---\ntitle: Rahasia\narea: waktu\n---\nMust never be read.\n")
        try write("outside/secret.csv", "package,indicator,value\n,IK-99,1\n")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `text` (or bytes) at `rel`, creating folders.
    func write(_ rel: String, _ text: String) throws { try write(rel, Array(text.utf8)) }

    func write(_ rel: String, _ bytes: [UInt8]) throws {
        let path = root + "/" + rel
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A symbolic link at `rel` pointing to `target` (written as given, e.g. relative).
    func symlink(_ rel: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/" + rel, withDestinationPath: target)
    }

    /// Loads and validates `content/` as `content`; diagnostics sorted.
    func check() -> Pipeline.Checked {
        before = snapshot()
        return Pipeline.check(root: content, display: "content", today: SimpleDate(year: 2026, month: 7, day: 1))
    }

    /// Whether the sandbox is exactly as it was before the last `check()`.
    var unchanged: Bool { snapshot() == before }

    /// Every entry below the root (links not followed): folders, link targets and file bytes.
    private func snapshot() -> [String: String] {
        var out: [String: String] = [:]
        func visit(_ rel: String) {
            let path = rel.isEmpty ? root : root + "/" + rel
            var st = stat()
            guard lstat(path, &st) == 0 else { return }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                out[rel] = "folder"
                for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    visit(rel.isEmpty ? name : rel + "/" + name)
                }
            case S_IFLNK:
                out[rel] = "link " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            case S_IFREG:
                out[rel] = "file " + (FileManager.default.contents(atPath: path)?.base64EncodedString() ?? "?")
            default:
                out[rel] = "other"
            }
        }
        visit("")
        return out
    }
}

extension Pipeline.Checked {
    /// The diagnostics of the format rules (KJ001–KJ011: reading, YAML, types, ids) for one file
    /// (path as shown, e.g. `content/2026/plan.md`); the SOP rules are other suites' business.
    func loadDiagnostics(of file: String) -> [Diagnostic] {
        diagnostics.filter { $0.file == file && $0.code < "KJ100" }
    }

    /// `CODE line:column` of each of `loadDiagnostics(of:)`, for compact exact assertions.
    func loadPositions(of file: String) -> [String] {
        loadDiagnostics(of: file).map { "\($0.code) \($0.line):\($0.column)" }
    }
}
