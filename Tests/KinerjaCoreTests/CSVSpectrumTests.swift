import Foundation
import Testing
@testable import KinerjaCore

/// csv-spectrum (Tests/Fixtures/csv-spectrum, BSD-2) through the CSV reader: every case's
/// header and rows must be the fields its JSON gives (docs/conformance.md).
@Suite struct CSVSpectrumTests {
    static var folder: URL { ValidationFixture.fixturesFolder.appendingPathComponent("csv-spectrum") }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("csvs").path)) ?? [])
            .filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The one case whose expected JSON does not hold its CSV's values.
    static let suiteFault = "location_coordinates"
    /// Cases read differently by design.
    static let byDesign: Set<String> = ["newlines_crlf"]

    @Test func everyCaseReadsAsItsJSONSays() throws {
        let names = Self.names
        #expect(names.count == 12)
        var passed = 0
        for name in names {
            let csv = try String(contentsOf: Self.folder.appendingPathComponent("csvs/\(name).csv"), encoding: .utf8)
            let json = try Data(contentsOf: Self.folder.appendingPathComponent("json/\(name).json"))
            let parsed = try JSONSerialization.jsonObject(with: json)
            let objects = try #require(parsed as? [[String: Any]] ?? (parsed as? [String: Any]).map { [$0] }, "\(name)")
            let expected = objects.map { $0.mapValues { "\($0)" } }
            guard case let .success(table) = CSVReader.parse(csv) else {
                Issue.record("\(name): \(CSVReader.parse(csv))")
                continue
            }
            let rows = table.rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(table.header, row.fields).map { ($0, $1) })
            }
            #expect(table.rows.allSatisfy { $0.fields.count == table.header.count }, "\(name)")
            if name == Self.suiteFault {
                // The suite's JSON for this case holds other values than its CSV (another
                // phone number): the other fields are compared.
                #expect(rows.map { $0.keys.sorted() } == expected.map { $0.keys.sorted() })
                #expect(rows.first?["Location Coordinates"] == expected.first?["Location Coordinates"])
                #expect(rows.first?["Cities"] == "Modesto")
                continue
            }
            if Self.byDesign.contains(name) {
                // A line break inside a quoted field is read as LF, as every content text is
                // (docs/content.md): the CR of a CR LF is not kept.
                #expect(rows != expected)
                #expect(rows == expected.map { $0.mapValues { $0.replacingOccurrences(of: "\r\n", with: "\n") } }, "\(name)")
                continue
            }
            #expect(rows == expected, "\(name)")
            if rows == expected { passed += 1 }
        }
        print("csv-spectrum: \(names.count) cases, \(passed) pass, \(Self.byDesign.count) by design (CR LF in a quoted field read as LF), 1 compared by shape (\(Self.suiteFault): the suite's JSON disagrees with its CSV)")
        #expect(passed == names.count - 1 - Self.byDesign.count)
    }

    // MARK: - Faults (regressions)

    private func parse(_ text: String) -> Result<CSVTable, CSVReader.Failure> { CSVReader.parse(text) }

    @Test func aRowOfOneQuotedEmptyFieldIsARow() throws {
        let t = try parse("note\n\"\"\nx\n").get()
        #expect(t.rows.map(\.fields) == [[""], ["x"]])
        #expect(t.rows.map(\.line) == [2, 3])
        // Also as the last line, without a line break.
        #expect(try parse("note\nx\n\"\"").get().rows.map(\.fields) == [["x"], [""]])
        // A truly blank line is still skipped.
        #expect(try parse("note\n\nx\n").get().rows.map(\.fields) == [["x"]])
    }

    @Test func blanksBeforeAnOpeningQuoteAreDropped() throws {
        // RFC 4180 has no blanks around quotes; spreadsheets write `, "x,y"`. The field is
        // the quoted text (docs/content.md).
        let t = try parse("a,b\n  \"x,y\",2\n").get()
        #expect(t.rows[0].fields == ["x,y", "2"])
        #expect(t.rows[0].columns == [1, 9])
        #expect(try parse("a,b\n1,  \"x,y\"\n").get().rows[0].fields == ["1", "x,y"])
    }

    @Test func textAfterAClosingQuoteIsKJ010WithItsPosition() throws {
        #expect(parse("a,b\n1,\"x\"y\n").failure == .textAfterQuote(line: 2, column: 6))
        #expect(parse("a\n\"x\" \"y\"\n").failure == .textAfterQuote(line: 2, column: 5))
        // Blanks after the closing quote are allowed.
        #expect(try parse("a,b\n\"x\"  ,2\n").get().rows[0].fields == ["x", "2"])
        var diags = DiagnosticBag()
        let source = SourceText(path: "content/2026/realisasi.csv", text: "a,b\n1,\"x\"y\n")
        #expect(CSVFile.table(source, into: &diags) == nil)
        #expect(diags.items.map(\.rule) == [.KJ010])
        #expect(diags.items.first?.location == SourceLocation(file: "content/2026/realisasi.csv", line: 2, column: 6))
    }
}

extension Result {
    var failure: Failure? {
        if case let .failure(f) = self { return f }
        return nil
    }
}
