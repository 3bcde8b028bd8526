import Foundation

/// `kinerja template`: checks the content, then builds the Template Data Kinerja of a
/// period as CSV text.
public enum TemplateMaker {
    public struct Request: Sendable {
        public var root: String
        /// How `root` is shown in diagnostics.
        public var display: String
        public var period: Period
        /// Only this OPD's packages.
        public var opd: String?
        public var delimiter: Character
        public var today: SimpleDate

        public init(root: String, display: String? = nil, period: Period, opd: String? = nil, delimiter: Character = ",",
                    today: SimpleDate = BuildDate.today()) {
            self.root = root
            self.display = display ?? root
            self.period = period
            self.opd = opd
            self.delimiter = delimiter
            self.today = today
        }
    }

    public struct Output: Sendable {
        public let table: DataTable
        /// The file: UTF-8 with a byte order mark, CRLF line endings.
        public let text: String
        /// Warnings of the content check (they do not stop the template).
        public let warnings: [Diagnostic]

        public var data: Data { Data(text.utf8) }
    }

    public enum Failure: Error, Sendable {
        /// A usage or environment problem (exit code 2).
        case usage(String)
        /// The content has errors (exit code 1); the template would be built on them.
        case content([Diagnostic])
    }

    /// The format of the template: spreadsheets open it as UTF-8 thanks to the byte order
    /// mark; `;` and decimal commas for Indonesian-locale spreadsheets.
    public static func format(delimiter: Character) -> CSVFormat {
        CSVFormat(delimiter: delimiter, byteOrderMark: true, lineEnding: "\r\n")
    }

    public static func make(_ request: Request) -> Result<Output, Failure> {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: request.root, isDirectory: &isDir), isDir.boolValue else {
            return .failure(.usage("content folder `\(request.display)` does not exist"))
        }
        let checked = Pipeline.check(root: request.root, display: request.display, today: request.today)
        if checked.hasErrors { return .failure(.content(checked.diagnostics)) }
        guard let year = checked.content.year(request.period.year) else {
            let years = checked.content.years.map { String($0.year) }
            return .failure(.usage("the content has no year \(request.period.year)"
                + (years.isEmpty ? "" : " (years: \(years.joined(separator: ", ")))")))
        }
        if let opd = request.opd, checked.content.site.opd(opd) == nil {
            let known = checked.content.site.opds.map { "\($0.code) (\($0.short))" }
            return .failure(.usage("`\(opd)` is not an OPD code in site.yaml"
                + (known.isEmpty ? "" : "; known codes: \(known.joined(separator: ", "))")))
        }
        let table = DataTemplate.table(year: year, site: checked.content.site, period: request.period, opd: request.opd)
        let text = CSVWriter.render(table, format: format(delimiter: request.delimiter))
        return .success(Output(table: table, text: text, warnings: checked.diagnostics.filter { $0.severity == .warning }))
    }
}
