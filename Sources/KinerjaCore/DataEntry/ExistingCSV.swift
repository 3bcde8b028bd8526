import Foundation

/// A CSV file an import is about to rewrite, as it is on disk: its bytes (to leave an
/// unchanged file untouched), its byte order mark and delimiter (kept when it is written
/// again, docs/data-entry.md) and its table. `kinerja import sirup` reads `packages.csv`
/// through it, `kinerja import spse` a realization CSV.
struct ExistingCSV {
    var original: Data
    var byteOrderMark: Bool
    var delimiter: Character
    /// Nil when the file is not readable CSV (the content loader reports that one).
    var table: CSVTable?

    /// The file at `url`, or nil when there is none.
    static func read(_ url: URL) -> ExistingCSV? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        let bytes = [UInt8](data)
        var file = ExistingCSV(original: data, byteOrderMark: bytes.starts(with: [0xEF, 0xBB, 0xBF]), delimiter: ",", table: nil)
        var ignored = DiagnosticBag()
        guard let source = SourceText.decode(bytes, path: url.path, into: &ignored),
              case let .success(table) = CSVReader.parse(source.text) else { return file }
        file.delimiter = table.delimiter == UInt8(ascii: ";") ? ";" : ","
        file.table = table
        return file
    }
}
