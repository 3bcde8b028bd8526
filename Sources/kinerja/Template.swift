import ArgumentParser
import Foundation
import KinerjaCore

struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the Template Data Kinerja (CSV) that performance owners fill for a period.",
        discussion: """
        One row per `per: unit` indicator and one per package × `per: package` indicator of the \
        package's area; indicators whose frequency is finer than the period are left out. \
        Columns package,indicator,value,numerator,denominator,note are read back; the columns \
        after them are context and ignored. UTF-8 with a byte order mark. Exit codes: 0 ok; 1 the \
        content has errors; 2 bad period, OPD or output.
        """
    )

    @OptionGroup var options: ContentOptions

    @Option(help: "The period: 2026-03 (month), 2026-Q1, 2026-S1 or 2026.")
    var period: String

    @Option(help: "Only the packages of this OPD (its code in site.yaml); no unit-level rows.")
    var opd: String?

    @Option(name: [.short, .long], help: "Write to this file (replaced in one step) instead of standard output.")
    var output: String?

    @Option(help: "Column delimiter: `,` (or `comma`) or `;` (or `semicolon`, for Indonesian-locale spreadsheets: decimals then with comma).")
    var delimiter: TemplateDelimiter = .comma

    @Flag(help: "Replace the output file if it exists (it may hold filled values).")
    var force = false

    func validate() throws {
        guard Period(period) != nil else {
            throw ValidationError("`\(period)` is not a period: write 2026-03 (month), 2026-Q1 (quarter), 2026-S1 (semester) or 2026 (year)")
        }
        if let output, output.lowercased().hasSuffix(".xlsx") {
            throw ValidationError("only CSV is written for now; name the output .csv (spreadsheets open it directly)")
        }
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("`\(output)` exists and may hold filled values; choose another name or pass --force to replace it")
        }
    }

    func run() throws {
        guard let p = Period(period) else { throw Self.fail("invalid period `\(period)`") }
        let request = TemplateMaker.Request(root: options.content, display: options.displayRoot, period: p, opd: opd,
                                            delimiter: delimiter.character)
        switch TemplateMaker.make(request) {
        case let .failure(.usage(message)):
            throw Self.fail(message)
        case let .failure(.content(diagnostics)):
            Stderr.write(DiagnosticFormatter.format(diagnostics, as: .text))
            let errors = diagnostics.filter { $0.severity == .error }.count
            Stderr.write("kinerja template: the content has \(errors) \(errors == 1 ? "error" : "errors"); fix \(errors == 1 ? "it" : "them") first (kinerja check)\n")
            throw ExitCode(1)
        case let .success(out):
            Stderr.write(DiagnosticFormatter.format(out.warnings, as: .text))
            guard let output else {
                FileHandle.standardOutput.write(out.data)
                return
            }
            do {
                try AtomicFile.write(out.data, to: URL(fileURLWithPath: output))
            } catch {
                throw Self.fail("\(error)")
            }
            let name = URL(fileURLWithPath: output).lastPathComponent
            let stem = String(name.dropLast(name.hasSuffix(".csv") ? 4 : 0))
            let dataName = name.hasSuffix(".csv") && Identifier.isValid(stem) ? name : "\(p).csv"
            let folder = "\(options.displayRoot)/\(p.year)/realizations"
            Stderr.write("""
            kinerja template: \(out.table.rows.count) rows for \(p) written to \(DisplayPath.relative(output))
            when it is filled: save it as \(folder)/\(dataName) and write `data: \(dataName)` in \(folder)/\(p).md

            """)
        }
    }
}

/// `,` or `;` (also `comma`, `semicolon`).
enum TemplateDelimiter: String, ExpressibleByArgument {
    case comma = ","
    case semicolon = ";"

    init?(argument: String) {
        switch argument.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        default: return nil
        }
    }

    var character: Character { self == .comma ? "," : ";" }
}

enum Stderr {
    static func write(_ s: String) {
        guard !s.isEmpty else { return }
        FileHandle.standardError.write(Data(s.utf8))
    }
}
