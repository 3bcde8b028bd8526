import Testing
@testable import KinerjaCore

/// How the CSV reader cuts fields that are partly quoted, end the file, or carry spaces:
/// unquoted cells are taken from the file's bytes as they are, quoted ones rebuilt.
@Suite struct LoadingCSVFieldTests {
    private func rows(_ text: String) -> [[String]] {
        guard case let .success(t) = CSVReader.parse(text) else { return [] }
        return t.rows.map(\.fields)
    }

    @Test func quoteAfterSpacesStartsAQuotedField() {
        // Blanks around the quotes are dropped (docs/content.md).
        #expect(rows("a,b\n  \"x y\" ,z\n") == [["x y", "z"]])
        // A second quoted part after the closing quote is text after it: KJ010.
        #expect(CSVReader.parse("a,b\n\"\" \"q\",z\n").failure == .textAfterQuote(line: 2, column: 4))
    }

    @Test func quoteInsideAnUnquotedFieldIsText() {
        #expect(rows("a,b\nx\"y,z\n") == [["x\"y", "z"]])
        #expect(rows("a,b\n x \" y ,z\n") == [[" x \" y ", "z"]])
    }

    @Test func lastFieldWithoutNewline() {
        #expect(rows("a,b\nx,") == [["x", ""]])
        #expect(rows("a,b\nx,\"y\"") == [["x", "y"]])
        #expect(rows("a,b\nx,y\r\n\r\n") == [["x", "y"]])
    }

    @Test func headerIsNotARow() throws {
        guard case let .success(t) = CSVReader.parse("\n\nindicator , value\nIK-01,5\n") else {
            Issue.record("not parsed")
            return
        }
        #expect(t.header == ["indicator", "value"])
        #expect(t.headerLine == 3)
        #expect(t.rows.map(\.line) == [4])
    }

    @Test func cellTextIsTrimmedOnlyWhenItNeedsIt() throws {
        guard case let .success(t) = CSVReader.parse("indicator,note\nIK-01, \u{00A0}catatan\u{00A0} \n IK-02,x\n") else {
            Issue.record("not parsed")
            return
        }
        var diags = DiagnosticBag()
        let views = t.rows.compactMap { CSVFile.RowView(row: $0, table: t, file: "f.csv", diags: &diags) }
        #expect(views.map { $0.text("note") } == ["catatan", "x"])
        #expect(views.map { $0.text(at: t.index(of: "indicator")) } == ["IK-01", "IK-02"])
    }
}
