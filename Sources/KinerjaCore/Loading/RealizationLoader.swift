import Foundation

enum RealizationLoader {
    static let known = ContentSchema.realization.names
    static let rowKeys = ContentSchema.realization.names(of: "values")
    /// Columns the reader uses; any other column (context columns of the template) is ignored.
    public static let csvColumns = ["package", "indicator", "value", "numerator", "denominator", "note"]

    static func load(_ path: String, display: String, year: Int) -> (Realization?, [Diagnostic]) {
        let file = MarkdownFile.load(path, display: display)
        guard let f = file.fields else { return (nil, file.doc.diags.items) }
        let doc = file.doc
        guard let period = file.period(f, year: year) else { return (nil, doc.diags.items) }
        var r = Realization(period: period, reportedOn: f.date("reported_on"), reportedBy: f.string("reported_by"),
                            positions: f.positions)
        for (key, withPackage) in [("values", false), ("packages", true)] {
            for (_, row) in f.mappings(key, what: "a realization row") {
                guard let ind = row.string("indicator", required: true, what: "a realization row") else { continue }
                var pkg: String? = nil
                if withPackage || row.has("package") {
                    pkg = row.string("package", required: withPackage, what: "a package row")
                    if withPackage && pkg == nil { continue }
                }
                row.warnUnknown(rowKeys, what: "a realization row")
                for key in ["value", "numerator", "denominator"] {
                    if case let .scalar(sc)? = row.node(key),
                       let d = ambiguity(key, sc.string, groupedDots: false, at: row.valueLocation(key)) {
                        doc.diags.add(d)
                    }
                }
                r.rows.append(RealizationRow(period: period, indicator: ind, package: pkg, value: row.number("value"),
                                             numerator: row.number("numerator"), denominator: row.number("denominator"),
                                             note: row.string("note"), positions: row.positions))
            }
        }
        if let data = f.string("data") {
            let name = data.hasSuffix(".csv") ? String(data.dropLast(4)) : data
            if !data.hasSuffix(".csv") || !Identifier.isValid(name) {
                doc.diags.add(.KJ007, at: f.valueLocation("data"),
                              "`data` must name a .csv file in the same folder, found `\(data)`")
            } else {
                r.dataFile = data
                let csvPath = PathName.folder(of: path) + "/" + data
                let csvDisplay = (display as NSString).deletingLastPathComponent + "/" + data
                switch Entry.kind(csvPath) {
                case .missing:
                    doc.diags.add(.KJ001, at: f.valueLocation("data"), "data file `\(data)` does not exist")
                case .symlink:
                    break  // not followed; the folder's listing reports it
                default:
                    var bag = DiagnosticBag()
                    appendRows(fromCSV: csvPath, display: csvDisplay, period: period, to: &r.rows, diags: &bag)
                    doc.diags.merge(bag)
                }
            }
        }
        for (_, a) in f.mappings("actions", what: "an action progress") {
            guard let id = a.string("id", required: true, what: "an action progress") else { continue }
            a.warnUnknown(ContentSchema.realization.names(of: "actions"), what: "an action progress")
            r.actions.append(ActionProgress(id: id, status: a.choice("status", ActionStatus.self),
                                            progress: a.number("progress"), note: a.string("note"),
                                            positions: a.positions))
        }
        for (_, b) in f.mappings("budget", what: "a budget line") {
            b.warnUnknown(["area", "action", "pagu", "realisasi"], what: "a budget line")
            func rupiah(_ key: String) -> Int64? {
                guard let v = b.number(key) else { return nil }
                guard v >= 0, v < 9.0e18, v.rounded() == v else {
                    doc.diags.add(.KJ004, at: b.valueLocation(key), "`\(key)` must be whole rupiah (0 or more)")
                    return nil
                }
                return Int64(v)
            }
            let line = BudgetLine(area: b.string("area"), action: b.string("action"), pagu: rupiah("pagu"),
                                  realisasi: rupiah("realisasi"), positions: b.positions)
            r.budget.append(line)
        }
        f.warnUnknown(known, what: "a realization")
        r.body = file.body
        r.positions = f.positions
        return (r, doc.diags.items)
    }

    /// Appends the rows of a Template Data Kinerja CSV to `rows` (where they stay: 150 000
    /// rows are not copied from one array into another). Empty value cells mean "not reported".
    static func appendRows(fromCSV path: String, display: String, period: Period, to rows: inout [RealizationRow],
                           diags: inout DiagnosticBag) {
        guard let source = SourceText.read(path: path, display: display, limit: Limits.maxCSVBytes, into: &diags),
              let table = CSVFile.table(source, into: &diags) else { return }
        guard let indicatorColumn = table.index(of: "indicator") else {
            diags.add(.KJ010, at: SourceLocation(file: display, line: table.headerLine, column: 1),
                      "the CSV has no column `indicator`",
                      hint: "the header is: \(csvColumns.joined(separator: ","))")
            return
        }
        // Columns are looked up once per file, not once per cell.
        let packageColumn = table.index(of: "package"), valueColumn = table.index(of: "value")
        let numeratorColumn = table.index(of: "numerator"), denominatorColumn = table.index(of: "denominator")
        let noteColumn = table.index(of: "note")
        rows.reserveCapacity(rows.count + table.rows.count)
        for row in table.rows {
            guard let v = CSVFile.RowView(row: row, table: table, file: display, diags: &diags) else { continue }
            let reported = diags.added
            let value = v.number(at: valueColumn, name: "value", diags: &diags)
            let num = v.number(at: numeratorColumn, name: "numerator", diags: &diags)
            let den = v.number(at: denominatorColumn, name: "denominator", diags: &diags)
            // A cell that is not a number is reported (KJ010) and its row left out, so the
            // rules on rows do not report the same cell a second time.
            if diags.added > reported { continue }
            for (column, name) in [(valueColumn, "value"), (numeratorColumn, "numerator"), (denominatorColumn, "denominator")] {
                if let t = v.text(at: column),
                   let d = ambiguity(name, t, groupedDots: table.delimiter == UInt8(ascii: ";"), at: v.location(at: column)) {
                    diags.add(d)
                }
            }
            guard let ind = v.text(at: indicatorColumn) else {
                // (A number is nil exactly when its cell is empty: bad cells left the row above.)
                if value != nil || num != nil {
                    diags.add(.KJ011, at: v.location(at: indicatorColumn), "row has a value but no `indicator`")
                }
                continue
            }
            if value == nil && num == nil && den == nil { continue }
            rows.append(RealizationRow(period: period, indicator: ind, package: v.text(at: packageColumn), value: value,
                                       numerator: num, denominator: den, note: v.text(at: noteColumn), positions: v.positions))
        }
    }

    /// KJ711: a value like `1,250` or `1.250` is read as a decimal (1,25) but may have been
    /// meant as a whole number with a thousands separator (1 250); both readings are named
    /// (docs/validation.md).
    static func ambiguity(_ key: String, _ text: String, groupedDots: Bool, at location: SourceLocation) -> Diagnostic? {
        guard let other = NumberParser.otherReading(text, groupedDots: groupedDots),
              let read = NumberParser.parse(text, groupedDots: groupedDots) else { return nil }
        let readText = DecimalText(read)?.text(decimalSeparator: ",") ?? text
        let otherText = DecimalText(other)?.text() ?? text
        return Diagnostic(.KJ711, at: location,
                          "`\(key)` `\(text.prefix(40))` is read as \(readText); it could also mean \(otherText)",
                          hint: "write \(readText) for the decimal or \(otherText) for the whole number")
    }
}
