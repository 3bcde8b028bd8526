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
