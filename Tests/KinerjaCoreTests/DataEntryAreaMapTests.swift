import Foundation
import Testing
@testable import KinerjaCore

@Suite struct DataEntryAreaMapTests {
    private func package(_ metode: String, jenis: String? = nil, satker: String = "1.03.01", pagu: Int64?) -> Package {
        Package(kdRup: "1", namaPaket: "P", kdSatker: satker, pagu: pagu, metodePengadaan: metode, jenisPengadaan: jenis,
                positions: Positions(origin: SourceLocation(file: "t")))
    }

    private func load(_ yaml: String) throws -> (AreaMap?, [Diagnostic]) {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let path = try f.writeOutside("map.yaml", yaml)
        var diags = DiagnosticBag()
        let map = AreaMapLoader.load(URL(fileURLWithPath: path), display: "map.yaml", areas: ["waktu", "biaya", "pdn-umk"],
                                     into: &diags)
        return (map, diags.sorted)
    }

    @Test func firstMatchingRuleWins() throws {
        let (loaded, diags) = try load("""
            - {area: waktu, metode_pengadaan: [Tender, Seleksi]}
            - {area: pdn-umk, jenis_pengadaan: barang, pagu_max: 200.000.000}
            - {area: biaya, kd_satker: "1.02.01", pagu_min: 1000000}
            - {area: biaya}
            """)
        #expect(diags.isEmpty)
        let map = try #require(loaded)
        #expect(map.area(for: package("Tender", jenis: "Barang", pagu: 100)) == "waktu")
        #expect(map.area(for: package("seleksi", pagu: 100)) == "waktu")
        // pagu_max is inclusive; values compare without regard to case.
        #expect(map.area(for: package("E-Purchasing", jenis: "Barang", pagu: 200_000_000)) == "pdn-umk")
        #expect(map.area(for: package("E-Purchasing", jenis: "Barang", pagu: 200_000_001)) == "biaya")
        // A rule with a pagu bound never matches a package without pagu.
        #expect(map.rules[2].matches(package("E-Purchasing", satker: "1.02.01", pagu: nil)) == false)
        #expect(map.rules[2].matches(package("E-Purchasing", satker: "1.02.01", pagu: 1_000_000)) == true)
        #expect(map.area(for: package("Pengadaan Langsung", pagu: nil)) == "biaya")
    }

    @Test func noRuleMatchesLeavesTheAreaEmpty() {
        let map = AreaMap(rules: [AreaMap.Rule(area: "waktu", texts: [("metode_pengadaan", ["Tender"])],
                                               location: SourceLocation(file: "m"))])
        #expect(map.area(for: package("E-Purchasing", pagu: 5)) == nil)
    }

    @Test func badRulesAreReportedAtTheirPosition() throws {
        let (map, diags) = try load("""
            - {area: waktuu, metode_pengadaan: Tender}
            - {area: biaya, pagu_min: 500, pagu_max: 100}
            - {area: biaya, metode: Tender}
            - {metode_pengadaan: Tender}
            - {area: biaya, pagu_max: banyak}
            """)
        #expect(map == nil)
        #expect(diags.map { "\($0.line):\($0.column) \($0.code) \($0.message)" } == [
            "1:10 KJ601 area-map rule names an unknown area `waktuu`",
            "2:42 KJ004 `pagu_max` (100) is below `pagu_min` (500)",
            "3:17 KJ004 unknown field `metode` in an area-map rule: the rule would match packages it does not name",
            "4:3 KJ011 required field `area` is missing in an area-map rule",
            "5:27 KJ004 `pagu_max` must be an amount in rupiah, found `banyak`",
        ])
        #expect(diags.first?.hint == "did you mean `waktu`?")
    }

    @Test func anAreaMapMustBeAList() throws {
        let (map, diags) = try load("waktu: {metode_pengadaan: Tender}\n")
        #expect(map == nil)
        #expect(diags.map(\.code) == ["KJ004"])
        let (empty, none) = try load("# no rules yet\n")
        #expect(empty?.rules.isEmpty == true)
        #expect(none.isEmpty)
    }
}
