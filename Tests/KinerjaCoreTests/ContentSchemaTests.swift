import Foundation
import Testing
import Yams
@testable import KinerjaCore

/// JSON Schemas for editors, made from the field tables the loaders read (`ContentSchema`):
/// they list every field the loader knows, with its type, and cover the sample content.
@Suite struct ContentSchemaTests {
    static func schema(_ kind: ContentSchema) throws -> [String: Any] {
        let data = Data(JSONSchema.text(kind).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(kind.name)")
    }

    static func properties(_ object: [String: Any]) -> [String: Any] { object["properties"] as? [String: Any] ?? [:] }

    @Test func everyKindHasAValidSchemaListingTheLoadersFields() throws {
        #expect(ContentSchema.all.map(\.name) == ["site", "plan", "area", "indicator", "package", "realization", "report"])
        for kind in ContentSchema.all {
            let schema = try Self.schema(kind)
            #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
            #expect(Set(Self.properties(schema).keys) == Set(kind.names), "\(kind.name)")
            #expect((schema["required"] as? [String] ?? []) == kind.fields.filter(\.required).map(\.name), "\(kind.name)")
        }
        // The loaders' known fields are the tables'.
        #expect(AreaLoader.known == ContentSchema.area.names)
        #expect(IndicatorLoader.known.contains("targets") && PlanLoader.known.contains("revisions"))
        // `mak` is a column `import sirup --funding` writes beside `sumber_dana` (docs/data-entry.md);
        // packages.csv keeps it, the model does not read it.
        #expect(ContentSchema.package.names.filter { $0 != "mak" } == Package.columns + ["id"])
        #expect(ContentSchema.package.names.contains("mak"))
        #expect(RealizationLoader.rowKeys == ["indicator", "package", "value", "numerator", "denominator", "note"])
        #expect(ContentSchema.site.names(of: "bands.label") == ["id", "en"])
    }

    @Test func choicesAndNestedFieldsComeFromTheModel() throws {
        let indicator = Self.properties(try Self.schema(.indicator))
        let polarity = try #require(indicator["polarity"] as? [String: Any])
        #expect(polarity["enum"] as? [String] == Polarity.allCases.map(\.rawValue))
        let actions = try #require(indicator["actions"] as? [String: Any])
        let items = try #require(actions["items"] as? [String: Any])
        #expect(Set(Self.properties(items).keys) == ["id", "title", "owner", "due", "targets"])
        #expect(items["required"] as? [String] == ["id", "title"])
        let report = Self.properties(try Self.schema(.report))
        let meeting = try #require(report["meeting"] as? [String: Any])
        let decisions = try #require(Self.properties(meeting)["decisions"] as? [String: Any])
        let decision = Self.properties(try #require(decisions["items"] as? [String: Any]))["decision"] as? [String: Any]
        #expect(decision?["enum"] as? [String] == DecisionKind.allCases.map(\.rawValue))
    }

    /// Every field written in the sample content is in its kind's schema.
    @Test func theSampleContentUsesOnlySchemaFields() throws {
        let root = ValidationFixture.packageRoot.appendingPathComponent("content")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return }
        var checked = 0
        for case let rel as String in walker {
            let kind: ContentSchema
            // An English body (`<name>.en.md`) has no front-matter (docs/content.md).
            if rel.hasSuffix(".en.md") { continue }
            if rel == "site.yaml" { kind = .site }
            else if rel.hasSuffix("/plan.md") { kind = .plan }
            else if rel.contains("/areas/") && rel.hasSuffix(".md") { kind = .area }
            else if rel.contains("/indicators/") && rel.hasSuffix(".md") { kind = .indicator }
            else if rel.contains("/packages/") && rel.hasSuffix(".md") { kind = .package }
            else if rel.contains("/realizations/") && rel.hasSuffix(".md") { kind = .realization }
            else if rel.contains("/reports/") && rel.hasSuffix(".md") { kind = .report }
            else { continue }
            var text = try String(contentsOf: root.appendingPathComponent(rel), encoding: .utf8)
            if rel.hasSuffix(".md") {
                let parts = text.components(separatedBy: "\n---\n")
                text = String(parts[0].dropFirst(4))
            }
            let fields = try #require(try Yams.load(yaml: text) as? [String: Any], "\(rel)")
            let unknown = Set(fields.keys).subtracting(kind.names)
            #expect(unknown.isEmpty, "\(rel): \(unknown.sorted()) not in \(kind.name).schema.json")
            checked += 1
        }
        #expect(checked > 20)
    }
}
