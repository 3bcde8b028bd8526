import ArgumentParser
import Foundation
import KinerjaCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate the content against the SOP's rules.")

    @OptionGroup var options: ContentOptions

    @Option(help: "Output format: text, json or github.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: options.content) else {
            throw Self.fail("content folder `\(options.content)` does not exist")
        }
        let result = Pipeline.check(root: options.content, display: options.displayRoot)
        let output = DiagnosticFormatter.format(result.diagnostics, as: format)
        FileHandle.standardOutput.write(Data(output.utf8))
        // True totals, also of the diagnostics a "… N more" line stands for (docs/validation.md).
        let errors = DiagnosticCap.total(result.diagnostics, .error)
        let warnings = DiagnosticCap.total(result.diagnostics) - errors
        if format == .text {
            let hidden = DiagnosticCap.notShown(result.diagnostics)
            let capped = hidden == 0 ? ""
                : " (\(hidden) not shown: at most \(DiagnosticCap.perFileAndRule) of one rule per file are listed)"
            let summary = "kinerja check: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings") in \(result.files) files\(capped)\n"
            FileHandle.standardOutput.write(Data(summary.utf8))
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
