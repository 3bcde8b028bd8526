import Testing
@testable import KinerjaCore

@Suite struct LoadingYAMLErrorTests {
    private func diagnostics(_ text: String) -> [Diagnostic] {
        var diags = DiagnosticBag()
        guard let source = SourceText.decode(Array(text.utf8), path: "f.md", into: &diags) else { return diags.items }
        return MarkdownFile.parse(source, stem: "x", diags: diags).doc.diags.items
    }

    @Test func duplicateKeyPointsAtTheRepeatedOne() {
        let ds = diagnostics("---\ntitle: Waktu\nowner:\n  name: a\n  role: b\n  \"name\": c\n---\n")
        #expect(ds.map(\.code) == ["KJ003"])
        #expect(ds.first?.location == SourceLocation(file: "f.md", line: 6, column: 3))
        #expect(ds.first?.message == "duplicate key `name` in a mapping (first at line 4)")
    }

    @Test func duplicateKeyInAFlowMappingPointsAtTheFirst() {
        let ds = diagnostics("---\ntitle: Waktu\nbaseline: {value: 1, value: 2}\n---\n")
        #expect(ds.map(\.code) == ["KJ003"])
        #expect(ds.first?.location == SourceLocation(file: "f.md", line: 3, column: 12))
    }

    @Test func undefinedAliasAndUnclosedQuote() {
        #expect(diagnostics("---\ntitle: *nothing\n---\n").map(\.location)
            == [SourceLocation(file: "f.md", line: 2, column: 8)])
        #expect(diagnostics("---\ntitle: \"open\n---\n").map(\.code) == ["KJ003"])
    }
}
