import ArgumentParser
import Foundation
import KinerjaCore
import KinerjaInit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new publisher repository with starter content, templates and CI recipes.",
        discussion: "DIR must not exist yet or be empty. The starter plan is for the current year.")

    @Argument(help: "The folder of the new repository.")
    var directory: String

    func run() throws {
        let year = BuildDate.today().year
        let result: Scaffold.Result
        do {
            result = try Scaffold.create(at: directory, year: year)
        } catch {
            throw Self.fail(error.description)
        }
        let shown = DisplayPath.relative(directory)
        var lines = ["Created \(shown) with \(result.files.count) files: content for \(year), site-templates/, README.md,"]
        lines.append("CI recipes for GitHub (.github/workflows/kinerja.yml) and GitLab (.gitlab-ci.yml),")
        lines.append("editor help (.vscode/settings.json, .vscode/schemas/) and a pre-commit check (.pre-commit-config.yaml).")
        if !result.gitInitialized { lines.append("Note: `git init` did not run; make the folder a git repository yourself.") }
        lines.append("Next: cd \(shown) && kinerja check && kinerja serve")
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
