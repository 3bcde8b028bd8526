import Foundation
import Testing
import KinerjaCore
@testable import KinerjaSite

@Suite struct OpenDataPackageTests {
    func datapackage(_ files: [OutputFile]) throws -> [String: Any] {
        let text = try #require(Fixture.file(files, "data/datapackage.json"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func schemaFieldsEqualTheCSVHeaders() throws {
        let files = OpenData.files(content: Fixture.designExample(), generated: Fixture.generated)
        let package = try datapackage(files)
        #expect(package["profile"] as? String == "tabular-data-package")
        #expect(package["name"] as? String == "kinerja-ukpbj-kukar")
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.compactMap { $0["path"] as? String } == [
            "2026/indicators.csv", "2026/realizations.csv", "2026/packages.csv", "2026/budget.csv",
            "2026/indicators/IK-07.csv",
        ])
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let csv = try #require(files.first { $0.path == "data/" + path })
            let header = String(decoding: csv.bytes, as: UTF8.self).components(separatedBy: "\r\n")[0]
            let schema = try #require(resource["schema"] as? [String: Any])
            let fields = try #require(schema["fields"] as? [[String: Any]])
            #expect(fields.compactMap { $0["name"] as? String }.joined(separator: ",") == header, "\(path)")
            #expect(fields.allSatisfy { ["string", "number", "integer", "date"].contains($0["type"] as? String ?? "") })
            #expect(fields.allSatisfy { !($0["description"] as? String ?? "").isEmpty })
            #expect(resource["format"] as? String == "csv")
            #expect(resource["mediatype"] as? String == "text/csv")
            #expect(resource["encoding"] as? String == "utf-8")
            #expect(resource["bytes"] as? Int == csv.bytes.count)
        }
    }

    @Test func columnTypesAreDeclared() {
        #expect(IndicatorsTable.fields.filter { $0.type == .number }.map(\.name) == ["value", "target", "capaian"])
        #expect(RealizationsTable.fields.filter { $0.type == .number }.map(\.name) == ["value", "numerator", "denominator"])
        #expect(PackagesTable.fields.filter { $0.type != .string }.map(\.name) == ["pagu", "tgl_awal_pemilihan"])
    }

    @Test func packageNameIsASlugOfTheShortName() {
        #expect(DataPackage.packageName(Fixture.site(shortName: "UKPBJ Kab. Kukar (2026)")) == "kinerja-ukpbj-kab-kukar-2026")
        #expect(DataPackage.packageName(Fixture.site(shortName: "")) == "kinerja")
    }
}
