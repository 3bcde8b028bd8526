import Foundation
import Testing
@testable import KinerjaCore

/// `kinerja build` refuses an output folder that would replace or sit inside the content.
@Suite struct BuildGuardCLITests {
    @Test(arguments: [
        ("content/_site", "lies inside the content folder"),
        ("content", "is the content folder"),
        (".", "contains the content folder"),
    ])
    func outputInOrAroundContentIsRefused(output: String, expected: String) throws {
        try ValidationCLITests.withSite([]) { dir in
            let before = try FileManager.default.subpathsOfDirectory(atPath: dir.appendingPathComponent("content").path).sorted()
            let templates = ValidationFixture.packageRoot.appendingPathComponent("site-templates").path
            let run = try ValidationCLITests.run(["build", "--output", output, "--templates", templates], in: dir)
            #expect(run.status == 2)
            #expect(run.stderr.contains(expected), "\(run.stderr)")
            let after = try FileManager.default.subpathsOfDirectory(atPath: dir.appendingPathComponent("content").path).sorted()
            #expect(after == before)
        }
    }
}

/// `--base-url` is held to the rule of site.yaml's `base_url` (docs/content.md): a bad one is
/// refused before anything is built.
@Suite struct BaseURLOptionCLITests {
    @Test(arguments: [
        ("//cdn.example.net/", "kinerja: --base-url `//cdn.example.net/` starts with `//`: links would go to another host"),
        ("kinerja.example.go.id/", "kinerja: --base-url `kinerja.example.go.id/` is neither an absolute http(s) URL nor a path starting with `/`"),
        ("ftp://host/", "kinerja: --base-url `ftp://host/` must use http:// or https://"),
        ("https:///x/", "kinerja: --base-url `https:///x/` has no host after https://"),
    ])
    func badBaseURLIsRefused(url: String, expected: String) throws {
        try ValidationCLITests.withSite([]) { dir in
            let templates = ValidationFixture.packageRoot.appendingPathComponent("site-templates").path
            let run = try ValidationCLITests.run(["build", "--output", "out", "--templates", templates, "--base-url", url], in: dir)
            #expect(run.status == 2)
            #expect(run.stderr == expected + "\n", "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        }
    }

    @Test func goodBaseURLBuilds() throws {
        try ValidationCLITests.withSite([]) { dir in
            let templates = ValidationFixture.packageRoot.appendingPathComponent("site-templates").path
            let run = try ValidationCLITests.run(["build", "--output", "out", "--templates", templates, "--base-url", "/kinerja/"], in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/index.html").path))
        }
    }
}
