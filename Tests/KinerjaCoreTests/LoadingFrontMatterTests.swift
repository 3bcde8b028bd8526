import Testing
@testable import KinerjaCore

@Suite struct LoadingFrontMatterTests {
    private func parse(_ bytes: [UInt8], stem: String = "IK-01") -> (MarkdownFile?, [Diagnostic]) {
        var diags = DiagnosticBag()
        guard let source = SourceText.decode(bytes, path: "f.md", into: &diags) else { return (nil, diags.items) }
        let file = MarkdownFile.parse(source, stem: stem, diags: diags)
        return (file, file.doc.diags.items)
    }

    @Test func crlfAndBOMKeepLineNumbers() {
        let text = "\u{FEFF}---\r\ntitle: Waktu\r\nunit: hari\r\nbaseline: {value: 35, year: 2025}\r\n---\r\nBaris satu.\r\nBaris dua.\r\n"
        let (file, diags) = parse(Array(text.utf8))
        #expect(diags.isEmpty)
        let p = file?.fields?.positions
        #expect(p?.key("title") == SourceLocation(file: "f.md", line: 2, column: 1))
        #expect(p?.value("unit") == SourceLocation(file: "f.md", line: 3, column: 7))
        #expect(p?.value("baseline") == SourceLocation(file: "f.md", line: 4, column: 11))
        #expect(file?.body == "Baris satu.\nBaris dua.\n")
    }

    @Test func errorsInCRLFFilesPointAtTheRightLine() {
        let text = "\u{FEFF}---\r\ntitle: Waktu\r\nunit: hari\r\norder: [1\r\n---\r\n"
        let (_, diags) = parse(Array(text.utf8))
        #expect(diags.map(\.code) == ["KJ003"])
        #expect(diags.first?.line == 5)
    }

    @Test func bareCRLineEndings() {
        let (file, diags) = parse(Array("---\rtitle: Waktu\runit: hari\r---\rIsi.".utf8))
        #expect(diags.isEmpty)
        #expect(file?.fields?.positions.value("unit") == SourceLocation(file: "f.md", line: 3, column: 7))
        #expect(file?.body == "Isi.")
    }

    @Test func missingOrUnclosedFences() {
        #expect(parse(Array("title: Waktu\n".utf8)).1.map(\.code) == ["KJ002"])
        #expect(parse(Array("---\ntitle: Waktu\n".utf8)).1.map(\.code) == ["KJ002"])
        #expect(parse(Array("---\n---\nIsi.".utf8)).1.map(\.code) == ["KJ002"])
    }

    @Test func closingFenceWithTrailingSpacesAndDots() {
        let (file, diags) = parse(Array("---\ntitle: Waktu\n...  \nIsi.\n".utf8))
        #expect(diags.isEmpty)
        #expect(file?.body == "Isi.\n")
    }

    @Test func invalidUTF8PositionAfterBOM() {
        var diags = DiagnosticBag()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\ntitle: Wa".utf8) + [0xC3, 0x28]
        #expect(SourceText.decode(bytes, path: "f.md", into: &diags) == nil)
        #expect(diags.items.map(\.location) == [SourceLocation(file: "f.md", line: 2, column: 10)])
    }
}
