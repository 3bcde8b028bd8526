import KinerjaCore

/// The open data of the site (DESIGN §7): per year `indicators.json`, `indicators.csv`,
/// `realizations.csv`, `packages.csv`, and one Frictionless `datapackage.json` for all years.
/// The same content and `generated` string always give byte-identical files.
public enum OpenData {
    /// The output folder of the open data.
    public static let folder = "data"

    /// The folder of the per-indicator files of a year, below `data/<year>/`.
    public static let indicatorFolder = "indicators"

    /// Every open-data file: for each year (ascending) its files, then one JSON and one CSV
    /// file per indicator (`data/<year>/indicators/<id>.json`, docs/open-data.md), then
    /// `data/datapackage.json`. `generated` is written as-is (an RFC 3339 time; the build takes
    /// it from `SOURCE_DATE_EPOCH` when set).
    /// `scorers`: the years' scorers when the caller has them already. `today`: the build
    /// date, for `provisional` (docs/open-data.md); by default the date `generated` starts
    /// with, or none (every period ended) when it starts with no date.
    public static func files(content: Content, generated: String, scorers: [Int: Scorer] = [:],
                             today: SimpleDate? = nil) -> [OutputFile] {
        let buildDate = today ?? SimpleDate(String(generated.prefix(10))) ?? SimpleDate(year: 9999, month: 12, day: 31)
        var files: [OutputFile] = []
        var resources: [DataPackage.Resource] = []
        let series = YearSeries(content: content, scorers: scorers)
        for year in content.years {
            let records = IndicatorRecord.all(site: content.site, year: year, scorer: scorers[year.year], series: series,
                                              content: content, today: buildDate)
            let json = IndicatorsJSON.document(year: year.year, generated: generated, records: records)
            files.append(file(year.year, .indicatorsJSON, json.text + "\n"))
            let tables: [(DataFileKind, CSVTableWriter, [String])] = [
                (.indicatorsCSV, IndicatorsTable.table(records), ["indicator", "period"]),
                (.realizationsCSV, RealizationsTable.table(year), []),
                (.packagesCSV, PackagesTable.table(year, site: content.site), ["kd_rup"]),
                (.budgetCSV, BudgetTable.table(year, scorer: scorers[year.year] ?? Scorer(site: content.site, year: year)),
                 []),
            ]
            for (kind, table, key) in tables {
                let csv = OutputFile(path: "\(folder)/\(year.year)/\(kind.fileName)", bytes: table.bytes)
                files.append(csv)
                resources.append(.init(kind: kind, year: year.year, table: table, bytes: csv.bytes.count, primaryKey: key))
            }
            let rows = IndicatorFile.rows(year)
            for record in records {
                // Ids are validated identifiers (DESIGN §2, KJ007); anything else never becomes a path.
                let id = record.indicator.id
                guard Identifier.isValid(id) else { continue }
                let base = "\(folder)/\(year.year)/\(indicatorFolder)/\(id)"
                let document = IndicatorFile.document(year: year.year, generated: generated, record: record,
                                                      rows: rows[id] ?? [])
                files.append(OutputFile(path: base + ".json", bytes: Array((document.text + "\n").utf8)))
                let table = IndicatorsTable.table([record])
                let csv = OutputFile(path: base + ".csv", bytes: table.bytes)
                files.append(csv)
                resources.append(.init(kind: .indicatorCSV, year: year.year, table: table, bytes: csv.bytes.count,
                                       primaryKey: ["indicator", "period"], indicator: id))
            }
        }
        let package = DataPackage.document(site: content.site, generated: generated, resources: resources)
        files.append(OutputFile(path: "\(folder)/\(DataFileKind.dataPackage.fileName)", bytes: Array((package.text + "\n").utf8)))
        return files
    }

    /// The `/data/` index: the open-data files among `files` with their sizes,
    /// `datapackage.json` first, then by year (newest first), each year's files in
    /// `DataFileKind` order. Other files are left out.
    public static func index(files: [OutputFile]) -> [DataFileEntry] {
        let entries = Array(files.compactMap(entry).enumerated())
        return entries.sorted { x, y in
            let (a, b) = (x.element, y.element)
            if a.year != b.year { return (a.year ?? .max) > (b.year ?? .max) }
            if a.kind != b.kind { return a.kind < b.kind }
            return x.offset < y.offset
        }.map(\.element)
    }

    /// The entry of `data/datapackage.json` or `data/<year>/<known file>`, else nil.
    static func entry(_ file: OutputFile) -> DataFileEntry? {
        let parts = file.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 4, parts[0] == folder, let year = Int(parts[1]), parts[2] == indicatorFolder {
            let name = parts[3]
            let kind: DataFileKind? = name.hasSuffix(".json") ? .indicatorJSON : name.hasSuffix(".csv") ? .indicatorCSV : nil
            guard let kind else { return nil }
            let id = String(name.dropLast(kind == .indicatorJSON ? 5 : 4))
            guard Identifier.isValid(id) else { return nil }
            return DataFileEntry(year: year, kind: kind, path: file.path, bytes: file.bytes.count, indicator: id)
        }
        guard parts.first == folder, let name = parts.last, let kind = DataFileKind(fileName: name) else { return nil }
        switch (parts.count, kind) {
        case (2, .dataPackage):
            return DataFileEntry(year: nil, kind: kind, path: file.path, bytes: file.bytes.count)
        case (3, _) where kind != .dataPackage:
            guard let year = Int(parts[1]) else { return nil }
            return DataFileEntry(year: year, kind: kind, path: file.path, bytes: file.bytes.count)
        default:
            return nil
        }
    }

    private static func file(_ year: Int, _ kind: DataFileKind, _ text: String) -> OutputFile {
        OutputFile(path: "\(folder)/\(year)/\(kind.fileName)", bytes: Array(text.utf8))
    }
}
