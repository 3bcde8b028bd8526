import ArgumentParser
import Foundation
import KinerjaCore

@main
struct Kinerja: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kinerja",
        abstract: "Validate, score and publish a UKPBJ performance dashboard.",
        discussion: "Exit codes: 0 ok; 1 content errors (or unapproved target changes for diff); 2 usage or environment errors.",
        subcommands: [Build.self, Check.self, Serve.self, Template.self, Import.self, Diff.self, Init.self],
        defaultSubcommand: Build.self
    )

    /// Runs the command line with DESIGN §3's exit codes: usage errors exit 2, not 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// `--content`, shared by every command that reads content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content: String = "content"

    var displayRoot: String { DisplayPath.relative(content) }
}

/// A message on standard error and exit code 2.
struct EnvironmentError: Error, CustomStringConvertible {
    let description: String
}

extension ParsableCommand {
    static func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("kinerja: \(message)\n".utf8))
        return ExitCode(2)
    }
}
