import Foundation

/// `kinerja import spse`: SPSE results (tender and non-tender, JSON or CSV) become the
/// realization rows of the period for every indicator that declares `compute: {from: spse…}`
/// (docs/data-entry.md "Indicators computed from SPSE"). Preparing writes nothing; `apply`
/// writes the period's CSV (and, when needed, its `.md`) atomically. The rows it writes carry
/// `spse` in the CSV's `source` column; importing the period again replaces those rows only.
public enum SpseImport {
    /// The `source` column's value on the rows the import writes.
    public static let source = "spse"
    /// The columns of a new realization CSV.
    public static let columns = RealizationLoader.csvColumns + ["source"]

    public struct Request: Sendable {
        public var root: String
        public var display: String
        /// The SPSE files, in the order given; their records are merged.
        public var inputs: [SirupImport.Input]
        /// `2026-09`, `2026-Q3`…
        public var period: String
        /// `--year`: must be the period's year when given.
        public var year: Int?

        public init(root: String, display: String? = nil, inputs: [SirupImport.Input], period: String, year: Int? = nil) {
            self.root = root
            self.display = display ?? root
            self.inputs = inputs
            self.period = period
            self.year = year
        }
    }

    /// One computed row.
    public struct Row: Sendable, Equatable {
        public var indicator: String
        public var package: String
        public var value: Decimal?
        public var numerator: Decimal?
        public var denominator: Decimal?
    }

    public struct Plan: Sendable {
        /// The realization CSV and how it is shown.
        public let target: URL
        public let targetDisplay: String
        public let data: Data
        /// The realization `.md` to write (created, or given its `data:` line), nil when it stays.
        public let markdown: (target: URL, display: String, data: Data)?
        public let changed: Bool
        public let rows: [Row]
        /// Rows of the CSV that the import did not write, kept as they were.
        public let kept: Int
        /// Records whose kd_rup names no package of the year.
        public let unmatched: [String]
        /// Records outside the period (by `tgl_penetapan_pemenang`).
        public let outside: Int
        /// Warnings and notices (duplicates, rows left out…).
        public let warnings: [Diagnostic]
        public let notices: [String]

        /// `12 rows from SPSE (IK-01 2, IK-04 4), 0 kept, 1 unmatched, 0 outside 2026-09`.
        public var summary: String {
            var counts: [String: Int] = [:]
            for r in rows { counts[r.indicator, default: 0] += 1 }
            let per = counts.keys.sorted { $0.numericAwareLess($1) }.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
            return "\(rows.count) \(rows.count == 1 ? "row" : "rows") from SPSE" + (per.isEmpty ? "" : " (\(per))")
                + ", \(kept) other \(kept == 1 ? "row" : "rows") kept, \(unmatched.count) unmatched, \(outside) outside the period"
        }
    }

    public enum Failure: Error, Sendable {
        /// A usage or environment problem (exit code 2).
        case usage(String)
        /// Bad input (exit code 1): diagnostics, and notes to print after them.
        case rejected([Diagnostic], notes: [String])
    }

    /// The SPSE fields the importer reads besides those of the expressions.
    static let codeFields = ["kd_rup", "kd_rup_paket"]

    public static func prepare(_ r: Request) -> Result<Plan, Failure> {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard let period = Period(r.period) else {
            return .failure(.usage("`\(r.period)` is not a period: write 2026-09, 2026-Q3, 2026-S2 or 2026"))
        }
        if let y = r.year, y != period.year {
            return .failure(.usage("--year \(y) and --period \(period) name different years"))
        }
        guard fm.fileExists(atPath: r.root, isDirectory: &isDir), isDir.boolValue else {
            return .failure(.usage("content folder `\(r.display)` does not exist"))
        }
        let yearURL = URL(fileURLWithPath: r.root).appendingPathComponent(String(period.year))
        let yearDisplay = SirupImport.join(r.display, String(period.year))
        guard fm.fileExists(atPath: yearURL.path, isDirectory: &isDir), isDir.boolValue else {
            return .failure(.usage("`\(yearDisplay)` does not exist"))
        }
        guard !r.inputs.isEmpty else { return .failure(.usage("no SPSE file given")) }
        for input in r.inputs where !fm.fileExists(atPath: input.path) {
            return .failure(.usage("`\(input.display)` does not exist"))
        }

        let loaded = ContentLoader.load(root: r.root, display: r.display)
        guard let year = loaded.content.year(period.year) else {
            return .failure(.usage("`\(yearDisplay)` has no content to import into"))
        }
        // The existing realization of the period (any file name), else `<period>.md`.
        let realizationsDisplay = SirupImport.join(yearDisplay, "realizations")
        let existing = year.realizations.first { $0.period == period }
        let mdName = existing.map { ($0.positions.file as NSString).lastPathComponent } ?? "\(period).md"
        let csvName = existing?.dataFile ?? "\(period).csv"
        let mdDisplay = SirupImport.join(realizationsDisplay, mdName)
        let csvDisplay = SirupImport.join(realizationsDisplay, csvName)
        // What the import reads must load cleanly: the year's indicators and packages, and
        // the period's realization files.
        let watched = [SirupImport.join(yearDisplay, "indicators/"), SirupImport.join(yearDisplay, "packages")]
        var blocking = loaded.diagnostics.filter { d in
            d.severity == .error && (watched.contains { d.file.hasPrefix($0) } || d.file == mdDisplay || d.file == csvDisplay)
        }
        var computeBag = DiagnosticBag()
        let computed = year.indicators.filter { $0.compute?.from == source }
        for ind in computed { if let c = ind.compute { ComputeRules.check(ind, c, into: &computeBag) } }
        blocking += computeBag.items.filter { $0.severity == .error }
        if !blocking.isEmpty {
            return .failure(.rejected(blocking.sorted { $0.location < $1.location },
                                      notes: ["fix these first: the import computes rows from the indicators' `compute:` and the year's packages"]))
        }
        guard !computed.isEmpty else {
            return .failure(.rejected([Diagnostic(.KJ011, at: SourceLocation(file: SirupImport.join(yearDisplay, "indicators"), line: 1, column: 1),
                                                  "no indicator of \(period.year) declares `compute: {from: spse, …}`",
                                                  hint: "add e.g. `compute: {from: spse, numerator: \"pagu - nilai_kontrak\", denominator: pagu}` to a ratio indicator per package")],
                                      notes: []))
        }

        var diags = DiagnosticBag()
        var notices: [String] = []
        var records: [SirupRecord] = []
        for input in r.inputs {
            records += SirupReader.read(URL(fileURLWithPath: input.path), display: input.display, source: .spse, into: &diags)
        }
        let (byCode, order) = merge(records, notices: &notices, into: &diags)

        // The records of the period (by the day the winner was set), matched to packages.
        let packages = Dictionary(year.packages.map { ($0.kdRup, $0) }, uniquingKeysWith: { first, _ in first })
        var outside = 0
        var unmatched: [String] = []
        var matched: [(record: SirupRecord, package: Package)] = []
        for code in order {
            guard let record = byCode[code] else { continue }
            if let raw = record.fields["tgl_penetapan_pemenang"], let text = raw.text {
                guard let day = SirupDate.parse(text) else {
                    diags.add(.KJ008, at: record.location(of: "tgl_penetapan_pemenang"),
                              "\(label(record))`tgl_penetapan_pemenang` `\(text.clipped)` is not a date",
                              hint: "SPSE writes 2026-09-14 or 2026-09-14 10:00:00")
                    continue
                }
                guard period.startDate <= day && day <= period.endDate else { outside += 1; continue }
            }
            guard let package = packages[code] else {
                unmatched.append("kd_rup \(code) at \(SirupImport.place(record))")
                continue
            }
            matched.append((record, package))
        }
        matched.sort { $0.package.kdRup.numericAwareLess($1.package.kdRup) }
        // Every field an expression reads is an amount (KJ010) or a date (KJ008), once per record.
        var used: [String] = []
        for ind in computed {
            for (_, result) in ind.compute?.parsed() ?? [] {
                if case let .success(e) = result { used += e.fieldNames.filter { !used.contains($0) } }
            }
        }
        matched = matched.filter { checkFields(used, $0.record, into: &diags) }

        // The rows: each computed indicator × each matched package of its area.
        var rows: [Row] = []
        let listed = Set(DataTemplate.indicators(of: year, for: period).map(\.id))
        for ind in computed.sorted(by: { $0.id.numericAwareLess($1.id) }) {
            guard listed.contains(ind.id) else {
                notices.append("\(ind.id): its frequency is finer than \(period), no rows written (KJ704)")
                continue
            }
            guard let compute = ind.compute else { continue }
            var expressions: [String: SpseExpression] = [:]
            for (key, result) in compute.parsed() { if case let .success(e) = result { expressions[key] = e } }
            for (record, package) in matched where package.area == ind.area {
                var out = Row(indicator: ind.id, package: package.kdRup)
                var missing: String? = nil
                for (key, e) in expressions.sorted(by: { $0.key < $1.key }) {
                    switch e.evaluate(record.fields) {
                    case let .success(v):
                        switch key {
                        case "value": out.value = v
                        case "numerator": out.numerator = v
                        default: out.denominator = v
                        }
                    case let .failure(.missing(field)): missing = "no `\(field)`"
                    case .failure(.divisionByZero): missing = "a division by zero in `compute.\(key)`"
                    }
                    if missing != nil { break }
                }
                if let denominator = out.denominator, denominator <= 0, missing == nil {
                    missing = "denominator \(text(denominator)) (not above 0)"
                }
                if let missing {
                    notices.append("kd_rup \(package.kdRup), \(ind.id): \(missing) at \(SirupImport.place(record)); row left out")
                    continue
                }
                rows.append(out)
            }
        }
        if diags.hasErrors { return .failure(.rejected(diags.sorted, notes: [])) }

        // The CSV: its rows from SPSE replaced, every other row kept.
        let target = yearURL.appendingPathComponent("realizations").appendingPathComponent(csvName)
        let file = RealizationFile.read(target)
        let computedKeys = Set(rows.map { "\($0.package)\u{1F}\($0.indicator)" })
        // A row written by hand for a package and indicator the import computes would count twice (KJ705).
        for kept in file.keptRows(source: source) where computedKeys.contains(kept.key) {
            diags.add(.KJ705, at: SourceLocation(file: csvDisplay, line: kept.line, column: 1),
                      "package \(kept.package), \(kept.indicator): a row written by hand, and computed from SPSE by this import",
                      hint: "delete the hand-written row, or its indicator's `compute:`")
        }
        if let existing {
            for row in existing.rows where row.positions.file == mdDisplay {
                guard let pkg = row.package, computedKeys.contains("\(pkg)\u{1F}\(row.indicator)") else { continue }
                diags.add(.KJ705, at: row.positions.origin,
                          "package \(pkg), \(row.indicator): a row in `packages:`, and computed from SPSE by this import",
                          hint: "delete the row from `packages:`, or its indicator's `compute:`")
            }
        }
        if diags.hasErrors { return .failure(.rejected(diags.sorted, notes: [])) }
        let rendered = file.render(rows: rows, source: source)
        let data = Data(rendered.text.utf8)

        // The `.md`: created when the period has none; given `data:` when it names no CSV.
        var markdown: (URL, String, Data)? = nil
        let mdURL = yearURL.appendingPathComponent("realizations").appendingPathComponent(mdName)
        if existing == nil {
            let text = "---\nperiod: \(period)\ndata: \(csvName)\n---\nRealisasi \(period) dari hasil SPSE (`kinerja import spse`).\n"
            markdown = (mdURL, mdDisplay, Data(text.utf8))
        } else if existing?.dataFile == nil {
            guard let old = try? Data(contentsOf: mdURL), let new = addData(csvName, to: String(decoding: old, as: UTF8.self)) else {
                return .failure(.rejected([Diagnostic(.KJ002, at: SourceLocation(file: mdDisplay, line: 1, column: 1),
                                                      "cannot add `data: \(csvName)` to the front matter")], notes: []))
            }
            markdown = (mdURL, mdDisplay, Data(new.utf8))
        }
        let changed = data != file.original || markdown != nil
        return .success(Plan(target: target, targetDisplay: csvDisplay, data: data, markdown: markdown, changed: changed,
                             rows: rows, kept: rendered.kept, unmatched: unmatched, outside: outside,
                             warnings: diags.sorted, notices: notices))
    }

    /// Writes the CSV, then the `.md` that names it, each in one step.
    public static func apply(_ plan: Plan) throws {
        guard plan.changed else { return }
        try FileManager.default.createDirectory(at: plan.target.deletingLastPathComponent(), withIntermediateDirectories: true)
        if plan.data != (try? Data(contentsOf: plan.target)) { try AtomicFile.write(plan.data, to: plan.target) }
        if let md = plan.markdown { try AtomicFile.write(md.data, to: md.target) }
    }

    /// Records by kd_rup (`kd_rup`, else `kd_rup_paket`, as text), in first-seen order. The
    /// same kd_rup again: an identical record is merged silently; a different one replaces
    /// the earlier with a notice naming both places (the later record wins).
    static func merge(_ records: [SirupRecord], notices: inout [String],
                      into diags: inout DiagnosticBag) -> ([String: SirupRecord], [String]) {
        var byCode: [String: SirupRecord] = [:]
        var order: [String] = []
        for record in records {
            guard let code = codeFields.lazy.compactMap({ record.text($0) }).first else {
                diags.add(.KJ011, at: record.location, "\(label(record))no `kd_rup` (or `kd_rup_paket`)",
                          hint: "export the results from SPSE again: every result names its package's kd_rup")
                continue
            }
            if let earlier = byCode[code] {
                if earlier.fields != record.fields {
                    notices.append("kd_rup \(code): \(SirupImport.place(record)) replaces \(SirupImport.place(earlier)) (duplicate result; the later record wins)")
                } else {
                    notices.append("kd_rup \(code): \(SirupImport.place(record)) repeats \(SirupImport.place(earlier)) (duplicate result, read once)")
                }
            } else {
                order.append(code)
            }
            byCode[code] = record
        }
        return (byCode, order)
    }

    /// KJ010 / KJ008 for an expression field the record has but that is no amount / date.
    static func checkFields(_ names: [String], _ record: SirupRecord, into diags: inout DiagnosticBag) -> Bool {
        var ok = true
        for name in names {
            guard let v = record.fields[name], let t = v.text else { continue }
            if SpseExpression.dateFields.contains(name) {
                if SirupDate.parse(t) == nil {
                    diags.add(.KJ008, at: record.location(of: name), "\(label(record))`\(name)` `\(t.clipped)` is not a date")
                    ok = false
                }
            } else if SpseExpression.amount(v) == nil {
                diags.add(.KJ010, at: record.location(of: name), "\(label(record))`\(name)` `\(t.clipped)` is not an amount")
                ok = false
            }
        }
        return ok
    }

    static func label(_ r: SirupRecord) -> String { r.label.map { "\($0): " } ?? "" }

    /// A figure as data files carry it (`NumberText`, the one number-to-text path).
    static func text(_ d: Decimal, decimalComma: Bool = false) -> String {
        NumberText.format(NSDecimalNumber(decimal: d).doubleValue, decimalComma: decimalComma)
    }

    /// The front matter with `data: <name>` added before its closing `---`, in the file's
    /// line ending; nil when the front matter is not found.
    static func addData(_ name: String, to text: String) -> String? {
        let crlf = text.contains("\r\n")
        let lines = text.components(separatedBy: crlf ? "\r\n" : "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }) else { return nil }
        var out = lines
        out.insert("data: \(name)", at: close)
        return out.joined(separator: crlf ? "\r\n" : "\n")
    }
}

extension SpseExpression {
    /// The fields the expression reads.
    var fieldNames: [String] {
        switch self {
        case .number: return []
        case let .field(n): return [n]
        case let .negate(e): return e.fieldNames
        case let .binary(_, a, b): return a.fieldNames + b.fieldNames
        case let .days(a, b): return [a, b]
        }
    }
}

/// A realization CSV as the SPSE import rewrites it: the rows whose `source` is not `spse`
/// kept as they were, the import's rows after them. The delimiter, byte order mark and extra
/// columns are kept; a note written on an imported row is kept when the row is imported again.
struct RealizationFile {
    var delimiter: Character = ","
    var byteOrderMark = false
    var header: [String] = SpseImport.columns
    var rows: [(line: Int, fields: [String])] = []
    var original: Data?

    struct Kept {
        var line: Int
        var package: String
        var indicator: String
        var key: String { "\(package)\u{1F}\(indicator)" }
    }

    static func read(_ url: URL) -> RealizationFile {
        var file = RealizationFile()
        guard let existing = ExistingCSV.read(url) else { return file }
        file.original = existing.original
        file.byteOrderMark = existing.byteOrderMark
        guard let table = existing.table else { return file }
        file.delimiter = existing.delimiter
        file.header = table.header
        for column in SpseImport.columns where !file.header.contains(where: { $0.lowercased() == column }) {
            file.header.append(column)
        }
        file.rows = table.rows.map { ($0.line, $0.fields) }
        return file
    }

    func index(_ name: String) -> Int? { header.firstIndex { $0.lowercased() == name } }

    func cell(_ fields: [String], _ name: String) -> String {
        guard let i = index(name), i < fields.count else { return "" }
        return String(Substring(fields[i]).trimmingSpaces())
    }

    func isImported(_ fields: [String], source: String) -> Bool { cell(fields, "source").lowercased() == source }

    func keptRows(source: String) -> [Kept] {
        rows.filter { !isImported($0.fields, source: source) }.compactMap { row in
            let p = cell(row.fields, "package"), i = cell(row.fields, "indicator")
            return p.isEmpty || i.isEmpty ? nil : Kept(line: row.line, package: p, indicator: i)
        }
    }

    func render(rows new: [SpseImport.Row], source: String) -> (text: String, kept: Int) {
        let format = CSVFormat(delimiter: delimiter, byteOrderMark: byteOrderMark, lineEnding: "\n")
        var notes: [String: String] = [:]
        var out: [[String]] = []
        for row in rows {
            var fields = row.fields
            if fields.count < header.count { fields += Array(repeating: "", count: header.count - fields.count) }
            if isImported(fields, source: source) {
                let note = cell(fields, "note")
                if !note.isEmpty { notes["\(cell(fields, "package"))\u{1F}\(cell(fields, "indicator"))"] = note }
            } else {
                out.append(fields)
            }
        }
        let kept = out.count
        func number(_ d: Decimal?) -> String { d.map { SpseImport.text($0, decimalComma: format.decimalComma) } ?? "" }
        for r in new {
            var fields = Array(repeating: "", count: header.count)
            func set(_ name: String, _ value: String) { if let i = index(name) { fields[i] = value } }
            set("package", r.package)
            set("indicator", r.indicator)
            set("value", number(r.value))
            set("numerator", number(r.numerator))
            set("denominator", number(r.denominator))
            set("note", notes["\(r.package)\u{1F}\(r.indicator)"] ?? "")
            set("source", source)
            out.append(fields)
        }
        return (CSVWriter.render(header: header, rows: out, format: format), kept)
    }
}
