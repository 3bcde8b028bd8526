import Foundation
import Testing
import Yams
@testable import KinerjaCore
@testable import KinerjaInit

/// `kinerja init`: a new publisher repository that passes `kinerja check` and carries CI recipes.
@Suite struct InitTests {
    static func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-init-\(UUID().uuidString)")
    }

    /// The built `kinerja` binary (`swift build` first).
    static var binary: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/kinerja").path
    }

    static func text(_ dir: URL, _ path: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: [2026, 2031])
    func starterContentPassesCheck(year: Int) throws {
        let dir = Self.scratch().appendingPathComponent("ukpbj")  // a folder that does not exist yet
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }

        _ = try Scaffold.create(at: dir.path, year: year, initializeGit: false)
        let checked = Pipeline.check(root: dir.appendingPathComponent("content").path, display: "content",
                                     today: SimpleDate(year: year, month: 2, day: 1))

        #expect(checked.diagnostics.map(DiagnosticFormatter.text) == [])
        let content = checked.content
        #expect(content.years.map(\.year) == [year])
        let plan = try #require(content.years.first?.plan)
        #expect(plan.objectives.map(\.id) == ["T1"])
        #expect(content.years[0].areas.map(\.id) == ["waktu", "efisiensi"])
        #expect(content.years[0].indicators.map(\.id) == ["IK-01", "IK-02"])
        #expect(content.years[0].indicators.map { $0.baseline?.year } == [year - 1, year - 1])
        #expect(content.years[0].packages.map(\.kdRup) == ["50000001", "50000002"])
        #expect(content.site.opds.count == 2)
    }

    @Test func writesTheRepositoryFiles() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }

        let result = try Scaffold.create(at: dir.path, year: 2026)

        #expect(result.gitInitialized)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".git").path))
        #expect(Array(result.files.prefix(4)) == ["README.md", ".gitignore", ".github/workflows/kinerja.yml", ".gitlab-ci.yml"])
        #expect(try Self.text(dir, ".gitignore").contains("_site/\n"))
        let readme = try Self.text(dir, "README.md")
        for phrase in ["## Cara mengubah isi", "kinerja check", "kinerja serve", "## Persetujuan perubahan target",
                       "field: target, from: 30, to: 28", "kinerja diff origin/main", "KINERJA_REPO"] {
            #expect(readme.contains(phrase), "README lacks \(phrase)")
        }
    }

    @Test func githubWorkflowChecksReviewsAndDeploys() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Scaffold.create(at: dir.path, year: 2026, initializeGit: false)

        let text = try Self.text(dir, ".github/workflows/kinerja.yml")
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        func runs(_ job: String) -> [String] {
            ((jobs[job] as? [String: Any])?["steps"] as? [[String: Any]] ?? []).compactMap { $0["run"] as? String }
        }
        func uses(_ job: String) -> [String] {
            ((jobs[job] as? [String: Any])?["steps"] as? [[String: Any]] ?? []).compactMap { $0["uses"] as? String }
        }

        #expect(text.contains("kinerja check --format github"))
        #expect(runs("review").contains("kinerja check --format github"))
        #expect(runs("review").contains { $0.contains(#"kinerja diff "origin/$GITHUB_BASE_REF" > kinerja-diff.md"#) })
        #expect(uses("review").contains("actions/github-script@v7"))
        #expect(uses("build").contains("actions/upload-pages-artifact@v3"))
        #expect(uses("deploy") == ["actions/deploy-pages@v4"])
        #expect(Set(jobs.keys) == ["review", "build", "deploy"])
    }

    @Test func gitlabPipelineChecksReviewsAndPublishesPages() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Scaffold.create(at: dir.path, year: 2026, initializeGit: false)

        let text = try Self.text(dir, ".gitlab-ci.yml")
        let pipeline = try #require(try Yams.load(yaml: text) as? [String: Any])
        let review = try #require(pipeline["review"] as? [String: Any])
        let pages = try #require(pipeline["pages"] as? [String: Any])

        #expect((review["script"] as? [String])?.contains("check=0; kinerja check || check=$?") == true)
        #expect((review["script"] as? [String])?.contains { $0.contains("kinerja diff \"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\"") } == true)
        #expect((pages["script"] as? [String])?.last == #"kinerja build --base-url "$CI_PAGES_URL/" --output public"#)
        #expect((pages["artifacts"] as? [String: Any])?["paths"] as? [String] == ["public"])
    }

    @Test func refusesANonEmptyFolderAndWritesNothing() throws {
        let dir = Self.scratch()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("keep me\n".utf8).write(to: dir.appendingPathComponent(".notes"))

        #expect(throws: ScaffoldError.notEmpty(dir.path)) { try Scaffold.create(at: dir.path, year: 2026) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [".notes"])

        let file = dir.appendingPathComponent(".notes").path
        #expect(throws: ScaffoldError.notADirectory(file)) { try Scaffold.create(at: file, year: 2026) }
    }

    @Test func commandRefusesANonEmptyFolderWithExitTwo() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = Self.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build first: swift build")

        let first = try Subprocess.run(binary, ["init", dir.path], in: FileManager.default.temporaryDirectory.path)
        let second = try Subprocess.run(binary, ["init", dir.path], in: FileManager.default.temporaryDirectory.path)

        #expect(first.status == 0)
        #expect(first.text.hasPrefix("Created \(dir.lastPathComponent) with \(11 + 2 + ContentSchema.all.count + EmbeddedTemplates.files.count + EmbeddedTemplates.binaryFiles.count) files"))
        #expect(second.status == 2)
        #expect(second.stderr == "kinerja: `\(dir.path)` is not empty; kinerja init only writes into a new or empty folder\n")
    }
}
