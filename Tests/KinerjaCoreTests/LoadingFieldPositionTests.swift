import Testing
@testable import KinerjaCore

/// Where `Fields` records keys and values: every key of a mapping, however many, nested
/// keys under their dotted path, and no value position for a null.
@Suite struct LoadingFieldPositionTests {
    private func fields(_ yaml: String) throws -> Fields {
        let doc = YAMLDocument(file: "f.md", lineOffset: 1)
        let root = try #require(doc.parse(yaml))
        return try #require(Fields(root, doc: doc, what: "the front-matter"))
    }

    @Test func everyKeyOfALargeMapping() throws {
        let yaml = (1...20).map { "k\($0): v\($0)" }.joined(separator: "\n") + "\n"
        let f = try fields(yaml)
        #expect(f.keys.count == 20)
        #expect(f.keyLocation("k1") == SourceLocation(file: "f.md", line: 2, column: 1))
        #expect(f.keyLocation("k17") == SourceLocation(file: "f.md", line: 18, column: 1))
        #expect(f.valueLocation("k20") == SourceLocation(file: "f.md", line: 21, column: 6))
    }

    @Test func nullValueHasOnlyItsKey() throws {
        let f = try fields("title: Waktu\narea:\norder: 1\n")
        #expect(f.positions.values["area"] == nil)
        #expect(f.valueLocation("area") == SourceLocation(file: "f.md", line: 3, column: 1))
        #expect(f.valueLocation("order") == SourceLocation(file: "f.md", line: 4, column: 8))
    }

    @Test func nestedKeysAreRecordedInTheParent() throws {
        let f = try fields("owner:\n  name: Kepala\n  role: PJ\nactions:\n  - {id: RA-1, due: 2026-03-31}\n")
        let owner = try #require(f.mapping("owner"))
        #expect(owner.valueLocation("role") == SourceLocation(file: "f.md", line: 4, column: 9))
        #expect(f.positions.keys["owner.role"] == SourceLocation(file: "f.md", line: 4, column: 3))
        _ = f.mappings("actions", what: "an action")
        #expect(f.positions.values["actions.0.due"] == SourceLocation(file: "f.md", line: 6, column: 21))
    }
}
