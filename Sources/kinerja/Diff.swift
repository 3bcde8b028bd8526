import ArgumentParser
import Foundation
import KinerjaCore

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare targets, baselines and indicators between two git revisions.",
        discussion: """
            Compares the content at BASE with HEAD (default: the working tree). In a year whose plan was \
            approved at BASE, every target or baseline change needs a new `revisions` entry in HEAD's plan \
            with the same indicator, field, from and to; otherwise it is unapproved (KJ904) and the exit \
            code is 1. Unapproved changes are also listed on standard error as diagnostics.
            """)

    @Argument(help: "The revision to compare against, e.g. origin/main.")
    var base: String

    @Argument(help: "The revision to compare (default: the working tree).")
    var head: String?

    @OptionGroup var options: ContentOptions

    @Option(help: "Output format: markdown or json.")
    var format: DiffFormat = .markdown

    func run() throws {
        let request = RevisionDiff.Request(base: base, head: head, content: options.content,
                                           display: options.displayRoot)
        let result: RevisionDiff.Result
        do {
            result = try RevisionDiff.run(request)
        } catch {
            throw Self.fail(error.description)
        }
        let output = format == .json ? DiffJSON.format(result.diff) : DiffMarkdown.format(result)
        FileHandle.standardOutput.write(Data(output.utf8))
        let notes = result.diagnostics.map(DiagnosticFormatter.text).joined()
        FileHandle.standardError.write(Data(notes.utf8))
        if result.diff.unapproved > 0 { throw ExitCode(1) }
    }
}

enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case markdown, json
}
