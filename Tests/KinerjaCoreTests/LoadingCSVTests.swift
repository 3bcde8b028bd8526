import Foundation
import Testing
@testable import KinerjaCore

@Suite struct LoadingCSVTests {
    private func table(_ text: String) throws -> CSVTable {
        switch CSVReader.parse(text) {
        case let .success(t): return t
        case let .failure(f): throw f
        }
    }

    private func failure(_ text: String) -> CSVReader.Failure? {
        if case let .failure(f) = CSVReader.parse(text) { return f }
        return nil
    }

    @Test func quotedFieldsKeepDelimitersAndQuotes() throws {
        let t = try table("kd_rup,nama_paket,pagu\n1,\"Jalan, Tahap \"\"I\"\"\",100\n")
        #expect(t.header == ["kd_rup", "nama_paket", "pagu"])
        #expect(t.rows.count == 1)
        #expect(t.rows[0].fields == ["1", "Jalan, Tahap \"I\"", "100"])
        #expect(t.rows[0].columns == [1, 3, 24])
    }

    @Test func embeddedNewlinesKeepLineNumbersOfLaterRows() throws {
        let t = try table("package,indicator,note\n52011234,IK-01,\"baris satu\nbaris dua\"\n52011235,IK-02,x\n")
        #expect(t.rows.map(\.line) == [2, 4])
        #expect(t.rows[0].fields[2] == "baris satu\nbaris dua")
        #expect(t.rows[1].fields == ["52011235", "IK-02", "x"])
    }

    @Test func crlfAndBOM() throws {
        let t = try table("\u{FEFF}package,indicator,value\r\n52011234,IK-01,29\r\n\r\n52011235,IK-02,\"a\r\nb\"\r\n")
        #expect(t.header == ["package", "indicator", "value"])
        #expect(t.rows.map(\.line) == [2, 4])
        #expect(t.rows[0].fields == ["52011234", "IK-01", "29"])
        #expect(t.rows[1].fields[2] == "a\nb")
    }

    @Test func semicolonDelimiterIsDetectedFromTheHeader() throws {
        let t = try table("package;indicator;value;note\n52011234;IK-01;12,5;\"a; b, c\"\n")
        #expect(t.delimiter == UInt8(ascii: ";"))
        #expect(t.rows[0].fields == ["52011234", "IK-01", "12,5", "a; b, c"])
        #expect(t.rows[0].columns == [1, 10, 16, 21])
        #expect(try table("a,b;c\n1,2;3\n").delimiter == UInt8(ascii: ","))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let t = try table("nama,pagu\nPengadaan Σ Jalan,5\n")
        #expect(t.rows[0].columns == [1, 19])
    }

    @Test func unterminatedQuoteAndEmptyInput() {
        #expect(failure("a,b\n1,\"open\n2,3\n") == .unterminatedQuote(line: 2, column: 3))
        #expect(failure("") == .empty)
        #expect(failure("\u{FEFF}\r\n\r\n") == .empty)
    }

    /// A realization CSV as a spreadsheet on an Indonesian-locale machine writes it: BOM,
    /// CRLF, `;`, decimal comma, thousands dots. It loads cleanly and its values are exact.
    @Test func spreadsheetExportLoadsThroughTheLoader() throws {
        let csv = "\u{FEFF}package;indicator;value;numerator;denominator;note\r\n"
            + "52011234;IK-01;29,5;;;\"tender\r\nselesai\"\r\n"
            + "52011236;IK-02;;64.000.000;640.000.000;\r\n"
        let root = try ValidationFixture.make([.write("2026/realizations/2026-03.csv", csv)])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let result = Pipeline.check(root: root.path, display: "content", today: ValidationFixture.today)
        #expect(result.diagnostics.map(Expected.init) == [])
        let rows = result.content.year(2026)?.realizations.first { $0.period.description == "2026-03" }?.rows ?? []
        let fromCSV = rows.filter { $0.positions.file.hasSuffix(".csv") }
        #expect(fromCSV.map(\.value) == [29.5, nil])
        #expect(fromCSV.map(\.numerator) == [nil, 64_000_000])
        #expect(fromCSV.map(\.denominator) == [nil, 640_000_000])
        #expect(fromCSV.map(\.note) == ["tender\nselesai", nil])
        #expect(fromCSV.map { $0.positions.value("value").line } == [2, 4])
        #expect(fromCSV[1].positions.value("numerator").column == 17)
    }

    /// A bad cell after a multi-line quoted cell is reported on its own line.
    @Test func badCellAfterEmbeddedNewlineHasItsLine() throws {
        let csv = "package,indicator,value,numerator,denominator,note\n"
            + "52011234,IK-01,29,,,\"catatan\ndua baris\"\n"
            + "52011236,IK-02,,64000000,enam ratus,\n"
        let result = try ValidationFixture.check([.write("2026/realizations/2026-03.csv", csv)])
        #expect(result.diagnostics.map(Expected.init) == [Expected("KJ010", "2026/realizations/2026-03.csv", 4, 26)])
    }
}

extension CSVReader.Failure: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .unterminatedQuote(line, column): return "unterminated quote at \(line):\(column)"
        case let .textAfterQuote(line, column): return "text after a closing quote at \(line):\(column)"
        case .empty: return "empty"
        }
    }
}
