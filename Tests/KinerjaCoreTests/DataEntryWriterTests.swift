import Foundation
import Testing
@testable import KinerjaCore

@Suite struct DataEntryWriterTests {
    @Test func numbersHaveNoExponentAndTheLocalesDecimalMark() {
        #expect(NumberText.format(1_250_000_000) == "1250000000")
        #expect(NumberText.format(81.5) == "81.5")
        #expect(NumberText.format(81.5, decimalComma: true) == "81,5")
        #expect(NumberText.format(1e20) == "100000000000000000000")
        #expect(NumberText.format(0.00001) == "0.00001")
        #expect(NumberText.format(-0.0) == "0")
        #expect(NumberText.format(2.0 / 3.0, maxFractionDigits: 2) == "0.67")
        #expect(NumberText.format(.nan) == "")
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        let t = DataTable(header: ["a", "b"], rows: [
            [.text("x;y"), .text("say \"hi\"")],
            [.text("two\nlines"), .number(1.5)],
            [.text(" padded"), .empty],
        ])
        #expect(CSVWriter.render(t, format: CSVFormat(delimiter: ",")) == "a,b\nx;y,\"say \"\"hi\"\"\"\n\"two\nlines\",1.5\n\" padded\",\n")
        #expect(CSVWriter.render(t, format: CSVFormat(delimiter: ";", byteOrderMark: true, lineEnding: "\r\n"))
            == "\u{FEFF}a;b\r\n\"x;y\";\"say \"\"hi\"\"\"\r\n\"two\nlines\";1,5\r\n\" padded\";\r\n")
    }

    /// `kinerja template` sheets guard formula-leading text cells with `'` (OWASP); a negative
    /// number cell stays a number.
    @Test func templateSheetsGuardFormulas() {
        let t = DataTable(header: ["a", "b"], rows: [
            [.text("=HYPERLINK(\"http://x\")"), .number(-5)],
            [.text("@SUM(A1)"), .text("+62")],
            [.text("-Barang"), .text("\tTab")],
            [.text("Paket = 1"), .empty],
        ])
        #expect(CSVWriter.render(t, format: CSVFormat(delimiter: ","))
            == "a,b\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\n'@SUM(A1),'+62\n'-Barang,'\tTab\nPaket = 1,\n")
    }

    @Test func writtenCSVReadsBackCellForCell() throws {
        let rows = [["52011300", "Rehabilitasi \"B\", Lantai 2", "a;b", "line\nbreak", ""]]
        for delimiter: Character in [",", ";"] {
            let text = CSVWriter.render(header: ["p", "q", "r", "s", "t"], rows: rows,
                                        format: CSVFormat(delimiter: delimiter, byteOrderMark: true, lineEnding: "\r\n"))
            let table = try CSVReader.parse(text).get()
            #expect(table.header == ["p", "q", "r", "s", "t"])
            #expect(table.rows.map(\.fields) == rows)
        }
    }

    @Test func jsonRecordsAreLocatedByLine() {
        let json = "[\n  {\"a\": \"x ] , {\"},\n  {\"b\": [1, 2]},\n\n  3\n]"
        let starts = JSONElementLocator.elementStarts(Array(json.utf8))
        #expect(starts?.map { "\($0.line):\($0.column)" } == ["2:3", "3:3", "5:3"])
        #expect(JSONElementLocator.elementStarts(Array("{\"data\": []}".utf8)) == nil)
        #expect(JSONElementLocator.elementStarts(Array("[]".utf8))?.isEmpty == true)
    }

    @Test func sirupDatesInTheirUsualShapes() {
        for text in ["2026-03-02", "2026-03-02 00:00:00", "2026-03-02T08:00:00+07:00", "02-03-2026", "02/03/2026"] {
            #expect(SirupDate.parse(text) == SimpleDate(year: 2026, month: 3, day: 2), "\(text)")
        }
        for text in ["Maret 2026", "2026-02-30", "2-3-2026", "02-03/2026"] {
            #expect(SirupDate.parse(text) == nil, "\(text)")
        }
    }

    @Test func sirupFlagsAndTexts() {
        #expect(SirupValue.number(52_011_234).text == "52011234")
        #expect(SirupValue.text("  PDN ").text == "PDN")
        #expect(SirupValue.text("").text == nil)
        #expect(SirupValue.null.text == nil)
        #expect(SirupValue.text("Tidak").flag == false)
        #expect(SirupValue.number(1).flag == true)
        #expect(SirupValue.text("mungkin").flag == nil)
    }

    @Test func atomicWriteReplacesAndLeavesNoTemporaryFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("packages.csv")
        try Data("old".utf8).write(to: target)
        try AtomicFile.write(Data("new".utf8), to: target)
        #expect(String(decoding: try Data(contentsOf: target), as: UTF8.self) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["packages.csv"])
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write(Data("x".utf8), to: dir.appendingPathComponent("missing/packages.csv"))
        }
    }
}
