import ArgumentParser
import Foundation
import KinerjaCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the content and render the site; on any error nothing is written."
    )

    @OptionGroup var options: ContentOptions

    @Option(help: "The templates folder (templates, i18n/ and assets/).")
    var templates: String = "site-templates"

    @Option(help: "The output folder.")
    var output: String = "_site"

    @Option(name: .customLong("base-url"), help: "The URL the site is served from, e.g. https://host/kinerja/ (default: site.yaml's base_url).")
    var baseURL: String?

    @Flag(help: "Write every file and replace the output folder as a whole.")
    var clean = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: options.content) else {
            throw Self.fail("content folder `\(options.content)` does not exist")
        }
        guard FileManager.default.fileExists(atPath: templates) else {
            throw Self.fail("templates folder `\(templates)` does not exist")
        }
        // The same rule as site.yaml's `base_url` (docs/content.md).
        if let baseURL, let problem = BaseURL.problem(baseURL) {
            throw Self.fail(problem.replacingOccurrences(of: "`base_url`", with: "--base-url"))
        }
        if let problem = OutputGuard.validate(output: output, content: options.content)
            ?? OutputGuard.validate(output: output, protecting: templates, named: "templates folder") {
            throw Self.fail(problem + "; choose another --output")
        }
        let request = BuildRequest(content: options.content, display: options.displayRoot, templates: templates,
                                   output: output, baseURL: baseURL, incremental: !clean, keepsContentUntilExit: true)
        let outcome = BuildRunner.run(request, progress: Progress.terminal())
        Progress.finish()
        switch outcome {
        case .built:
            FileHandle.standardOutput.write(Data("kinerja build: \(outcome.summary)\n".utf8))
        case let .failed(message, diagnostics):
            if !diagnostics.isEmpty {
                FileHandle.standardOutput.write(Data(DiagnosticFormatter.format(diagnostics, as: .text).utf8))
            }
            FileHandle.standardError.write(Data("kinerja build: \(message)\n".utf8))
            // Content errors exit 1; template, strings or write problems are environment errors.
            throw ExitCode(diagnostics.isEmpty ? 2 : 1)
        }
    }
}
