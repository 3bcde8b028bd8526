import Foundation
@testable import KinerjaCore

/// A throw-away git repository in a temporary folder holding a small content tree: one
/// year (2026) with a plan, one area and two indicators (IK-07, IK-08).
final class DiffTestRepository {
    let root: URL

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// An empty repository (no commit yet); `remove()` it when done.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-diff-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git(["init", "-q"])
    }

    /// A repository whose first commit holds the standard content with the plan at `status`.
    static func standard(status: String = "approved", baseURL: String? = nil) throws -> DiffTestRepository {
        let repo = try DiffTestRepository()
        try repo.write("content/site.yaml", site(baseURL: baseURL))
        try repo.write("content/2026/plan.md", plan(status: status))
        try repo.write("content/2026/areas/waktu.md", area)
        try repo.write("content/2026/indicators/IK-07.md", indicator07)
        try repo.write("content/2026/indicators/IK-08.md", indicator08)
        try repo.commit("base")
        return repo
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func delete(_ path: String) throws { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }

    /// Replaces the single occurrence of `old` in `path`.
    func replace(_ path: String, _ old: String, _ new: String) throws {
        let url = root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let parts = text.components(separatedBy: old)
        guard parts.count == 2 else { throw Failure(description: "`\(old)` occurs \(parts.count - 1) times in \(path)") }
        try Data(parts.joined(separator: new).utf8).write(to: url)
    }

    /// Appends a revisions entry (a YAML flow mapping) to the plan.
    func addRevision(_ entry: String) throws {
        try replace("content/2026/plan.md", "revisions:\n", "revisions:\n  - \(entry)\n")
    }

    func commit(_ message: String) throws {
        try git(["add", "-A"])
        try git(["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false",
                 "commit", "-q", "-m", message])
    }

    @discardableResult
    func git(_ arguments: [String]) throws -> String {
        let out = try Subprocess.run("git", ["-c", "init.defaultBranch=main"] + arguments, in: root.path)
        guard out.succeeded else { throw Failure(description: "git \(arguments.joined(separator: " ")): \(out.stderr)") }
        return out.text
    }

    /// `kinerja diff BASE [HEAD]` as a library call, run from the repository's top.
    func diff(_ base: String, _ head: String? = nil) throws -> RevisionDiff.Result {
        try RevisionDiff.run(RevisionDiff.Request(base: base, head: head, content: "content", directory: root.path))
    }

    static func site(baseURL: String?) -> String {
        """
        title: Kinerja Pengadaan Kabupaten Contoh
        unit: Bagian Pengadaan Barang dan Jasa
        \(baseURL.map { "base_url: \($0)" } ?? "")
        opds:
          - {code: "1.01.01", name: Dinas Pendidikan, short: Disdik}

        """
    }

    static func plan(status: String) -> String {
        """
        ---
        year: 2026
        title: Rencana Kinerja UKPBJ 2026
        status: \(status)
        approval: {by: Kepala UKPBJ, on: 2026-01-15}
        objectives:
          - {id: T1, title: Pengadaan yang tepat waktu}
        revisions:
        ---
        Rencana.

        """
    }

    static let area = """
        ---
        title: Ketepatan Waktu
        objective: T1
        order: 1
        ---

        """

    /// `target` stands on line 13, `targets` on line 14, `baseline` on line 12.
    static let indicator07 = """
        ---
        title: Rata-rata waktu pemilihan penyedia
        area: waktu
        unit: hari
        polarity: negative
        frequency: quarterly
        aggregation: average
        per: package
        formula: "Σ(tanggal penetapan − tanggal pengumuman) / jumlah paket"
        data_source: SPSE
        owner: {name: Kepala Subbagian Pengelolaan PBJ, role: Penanggung Jawab Kinerja}
        baseline: {value: 35, year: 2025}
        target: 30
        targets: {2026-Q1: 33, 2026-Q2: 32, 2026-Q3: 31, 2026-Q4: 30}
        actions:
          - {id: RA-07-1, title: Standarisasi dokumen pemilihan, owner: Kepala Subbagian, due: 2026-03-31}
        ---

        """

    static let indicator08 = """
        ---
        title: Persentase paket tender yang gagal
        area: waktu
        unit: "%"
        polarity: negative
        frequency: annual
        aggregation: ratio
        formula: "paket gagal / paket tender × 100"
        data_source: SPSE
        owner: {name: Kepala Subbagian Pengelolaan PBJ, role: Penanggung Jawab Kinerja}
        baseline: {value: 12, year: 2025}
        target: 8
        actions:
          - {id: RA-08-1, title: Klinik penyusunan dokumen, owner: Kepala Subbagian, due: 2026-06-30}
        ---

        """
}
