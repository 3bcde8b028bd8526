import Foundation

/// `packages.csv` as the import rewrites it: the columns of `Package.columns` in that
/// order, then any other column the file had (kept as it was, per `kd_rup`). The file's
/// delimiter and byte order mark are kept; a new file uses `,` and no byte order mark.
struct PackagesFile {
    var delimiter: Character = ","
    var byteOrderMark = false
    /// Columns beyond `Package.columns`, in the file's order.
    var extraColumns: [String] = []
    /// Values of the extra columns by `kd_rup`.
    var extras: [String: [String]] = [:]
    /// The bytes as read, nil for a new file.
    var original: Data?

    /// The layout of an existing file (its rows are loaded by the content loader).
    static func read(_ url: URL) -> PackagesFile {
        var file = PackagesFile()
        guard let existing = ExistingCSV.read(url) else { return file }
        file.original = existing.original
        file.byteOrderMark = existing.byteOrderMark
        guard let table = existing.table else { return file }
        file.delimiter = existing.delimiter
        let extraIndexes = table.header.indices.filter { !Package.columns.contains(table.header[$0].lowercased()) && !table.header[$0].isEmpty }
        file.extraColumns = extraIndexes.map { table.header[$0] }
        guard !extraIndexes.isEmpty, let kd = table.index(of: "kd_rup") else { return file }
        for row in table.rows where row.fields.count == table.header.count {
            let code = String(Substring(row.fields[kd]).trimmingSpaces())
            file.extras[code] = extraIndexes.map { row.fields[$0] }
        }
        return file
    }

    /// Sets an extra column's value for `kd_rup`, adding the column (after the others) when
    /// the file does not have it yet.
    mutating func set(_ column: String, _ value: String, for kdRup: String) {
        var index = extraColumns.firstIndex { $0.lowercased() == column }
        if index == nil {
            extraColumns.append(column)
            for k in extras.keys { extras[k]?.append("") }
            index = extraColumns.count - 1
        }
        guard let i = index else { return }
        var cells = extras[kdRup] ?? Array(repeating: "", count: extraColumns.count)
        cells[i] = value
        extras[kdRup] = cells
    }

    var format: CSVFormat { CSVFormat(delimiter: delimiter, byteOrderMark: byteOrderMark, lineEnding: "\n") }

    func render(_ packages: [Package]) -> String {
        let empty = Array(repeating: "", count: extraColumns.count)
        let rows = packages.map { p in Self.cells(p, decimalComma: format.decimalComma) + (extras[p.kdRup] ?? empty) }
        return CSVWriter.render(header: Package.columns + extraColumns, rows: rows, format: format)
    }

    /// A package's cells in `Package.columns` order.
    static func cells(_ p: Package, decimalComma: Bool = false) -> [String] {
        [p.kdRup, p.namaPaket, p.kdSatker, p.namaSatker ?? "",
         p.pagu.map { String($0) } ?? "",
         p.metodePengadaan ?? "", p.jenisPengadaan ?? "", p.sumberDana ?? "", p.statusPdn ?? "", p.statusUkm ?? "",
         p.tglAwalPemilihan?.description ?? "", p.area ?? ""]
    }
}
