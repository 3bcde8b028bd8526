import Foundation

enum RealizationLoader {
    static let known = ["period", "reported_on", "reported_by", "values", "packages", "data", "actions"]
    static let rowKeys = ["indicator", "package", "value", "numerator", "denominator", "note"]
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
                    r.rows += rowsFromCSV(csvPath, display: csvDisplay, period: period, diags: &bag)
                    doc.diags.merge(bag)
                }
            }
        }
        for (_, a) in f.mappings("actions", what: "an action progress") {
            guard let id = a.string("id", required: true, what: "an action progress") else { continue }
            a.warnUnknown(["id", "status", "progress", "note"], what: "an action progress")
            r.actions.append(ActionProgress(id: id, status: a.choice("status", ActionStatus.self),
                                            progress: a.number("progress"), note: a.string("note"),
                                            positions: a.positions))
        }
        f.warnUnknown(known, what: "a realization")
        r.body = file.body
        r.positions = f.positions
        return (r, doc.diags.items)
    }

    /// Rows of a Template Data Kinerja CSV. Empty value cells mean "not reported".
    static func rowsFromCSV(_ path: String, display: String, period: Period, diags: inout DiagnosticBag) -> [RealizationRow] {
        guard let source = SourceText.read(path: path, display: display, limit: Limits.maxCSVBytes, into: &diags),
              let table = CSVFile.table(source, into: &diags) else { return [] }
        guard table.index(of: "indicator") != nil else {
            diags.add(.KJ010, at: SourceLocation(file: display, line: table.headerLine, column: 1),
                      "the CSV has no column `indicator`",
                      hint: "the header is: \(csvColumns.joined(separator: ","))")
            return []
        }
        var rows: [RealizationRow] = []
        rows.reserveCapacity(table.rows.count)
        for row in table.rows {
            guard let v = CSVFile.RowView(row: row, table: table, file: display, diags: &diags) else { continue }
            let reported = diags.items.count
            let value = v.number("value", diags: &diags)
            let num = v.number("numerator", diags: &diags)
            let den = v.number("denominator", diags: &diags)
            // A cell that is not a number is reported (KJ010) and its row left out, so the
            // rules on rows do not report the same cell a second time.
            if diags.items.count > reported { continue }
            guard let ind = v.text("indicator") else {
                if v.text("value") != nil || v.text("numerator") != nil {
                    diags.add(.KJ011, at: v.location("indicator"), "row has a value but no `indicator`")
                }
                continue
            }
            if v.text("value") == nil && v.text("numerator") == nil && v.text("denominator") == nil { continue }
            rows.append(RealizationRow(period: period, indicator: ind, package: v.text("package"), value: value,
                                       numerator: num, denominator: den, note: v.text("note"), positions: v.positions))
        }
        return rows
    }
}
