import Foundation
import Testing
import Yams
@testable import KinerjaCore
@testable import KinerjaInit

/// `kinerja init` wires the content files' JSON Schemas into the editor and adds a check
/// before each commit (docs/content.md "Editor help: JSON Schemas").
@Suite struct InitEditorHelpTests {
    @Test func initWiresTheSchemasAndACheckBeforeEachCommit() throws {
        let dir = InitTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Scaffold.create(at: dir.path, year: 2026, initializeGit: false)
        #expect(result.files.contains(".vscode/settings.json") && result.files.contains(".pre-commit-config.yaml"))

        let settingsData = try Data(contentsOf: dir.appendingPathComponent(".vscode/settings.json"))
        let settings = try #require(try JSONSerialization.jsonObject(with: settingsData) as? [String: Any])
        let schemas = try #require(settings["yaml.schemas"] as? [String: [String]])
        #expect(schemas["./.vscode/schemas/indicator.schema.json"] == ["content/*/indicators/*.md"])
        #expect(schemas["./.vscode/schemas/site.schema.json"] == ["content/site.yaml"])
        #expect(schemas.count == ContentSchema.all.count)
        for kind in ContentSchema.all {
            let written = try InitTests.text(dir, ".vscode/schemas/\(kind.name).schema.json")
            #expect(written == JSONSchema.text(kind))
        }

        let hook = try #require(try Yams.load(yaml: try InitTests.text(dir, ".pre-commit-config.yaml")) as? [String: Any])
        let repos = try #require(hook["repos"] as? [[String: Any]])
        let hooks = try #require(repos.first?["hooks"] as? [[String: Any]])
        #expect(repos.first?["repo"] as? String == "local")
        #expect(hooks.first?["entry"] as? String == "kinerja check")
        #expect(hooks.first?["language"] as? String == "system")
        #expect(hooks.first?["pass_filenames"] as? Bool == false)
    }

    /// The temp files of a killed `kinerja import` write (docs/data-entry.md) are ignored by git.
    @Test func gitignoreHidesTheTempFilesOfAKilledImport() {
        #expect(Scaffold.gitignore.contains("\n.*.tmp\n"))
    }
}
