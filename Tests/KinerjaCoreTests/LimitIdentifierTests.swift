import Foundation
import Testing
@testable import KinerjaCore

/// Ids become URL path segments: one with a path separator or `..` is KJ007 at its position and
/// is never used as a path (nothing outside the content folder is read or written).
@Suite struct LimitIdentifierTests {
    @Test func anIndicatorIdThatClimbsOutIsKJ007() throws {
        let box = try HostileSandbox()
        let file = "content/2026/indicators/ik-01.md"
        try box.write("2026/indicators/ik-01.md".prefixed, "---\nid: ../../outside/secret\ntitle: Keluar\narea: waktu\n---\n")
        let result = box.check()
        #expect(result.loadPositions(of: file) == ["KJ007 2:5"])
        #expect(result.loadDiagnostics(of: file).first?.message
            == "invalid id `../../outside/secret`: ids are 1–64 letters, digits, `.`, `_` or `-`, starting with a letter or digit")
        #expect(result.content.year(2026)?.indicators.isEmpty == true)
        #expect(box.unchanged)
    }

    @Test func idsWithSlashesAreKJ007WhereverTheyStand() throws {
        let box = try HostileSandbox()
        let file = "content/2026/indicators/ik-02.md"
        try box.write("2026/indicators/ik-02.md".prefixed, """
            ---
            title: Garis miring
            area: waktu
            actions:
              - {id: RA/1, title: Satu, owner: Kepala Subbagian, due: 2026-03-31}
              - {id: "a\\\\b", title: Dua, owner: Kepala Subbagian, due: 2026-03-31}
            ---

            """)
        let result = box.check()
        #expect(result.loadPositions(of: file) == ["KJ007 5:10", "KJ007 6:10"])
        #expect(result.content.year(2026)?.indicator("ik-02")?.actions.isEmpty == true)
        #expect(box.unchanged)
    }

    @Test func aFileNameThatIsNoIdIsKJ007() throws {
        let box = try HostileSandbox()
        try box.write("2026/indicators/-ik.md".prefixed, "---\ntitle: Tanda hubung\n---\n")
        try box.write("2026/areas/nama area.md".prefixed, "---\ntitle: Spasi\nobjective: T1\n---\n")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/indicators/-ik.md") == ["KJ007 1:1"])
        #expect(result.loadDiagnostics(of: "content/2026/areas/nama area.md").first?.message
            == "invalid id `nama area`: ids are 1–64 letters, digits, `.`, `_` or `-`, starting with a letter or digit (the file name is the id)")
        #expect(result.content.year(2026)?.areas.map(\.id) == ["waktu"])
        #expect(box.unchanged)
    }

    @Test func aPackageCodeThatClimbsOutIsKJ007InCSVAndMarkdown() throws {
        let box = try HostileSandbox()
        try box.write("2026/packages.csv".prefixed, """
            kd_rup,nama_paket,kd_satker,pagu,metode_pengadaan,area
            52011234,Jalan,1.03.01,100,Tender,waktu
            ../../outside/secret,Keluar,1.03.01,100,Tender,waktu

            """)
        try box.write("2026/packages/52011299.md".prefixed, "---\nkd_rup: /etc/passwd\nnama_paket: Keluar\nkd_satker: \"1.03.01\"\npagu: 1\nmetode_pengadaan: Tender\n---\n")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/packages.csv") == ["KJ007 3:1"])
        #expect(result.loadPositions(of: "content/2026/packages/52011299.md") == ["KJ007 2:9"])
        #expect(result.content.year(2026)?.packages.map(\.kdRup) == ["52011234"])
        #expect(box.unchanged)
    }

    @Test func anOPDCodeThatClimbsOutIsKJ007() throws {
        let box = try HostileSandbox()
        try box.write("site.yaml".prefixed, """
            title: Kinerja Pengadaan
            opds:
              - {code: "1.03.01", name: Dinas PUPR}
              - {code: "../../../outside", name: Keluar}
              - {code: "1.02/01", name: Garis miring}

            """)
        let result = box.check()
        #expect(result.loadPositions(of: "content/site.yaml") == ["KJ007 4:12", "KJ007 5:12"])
        #expect(result.content.site.opds.map(\.code) == ["1.03.01"])
        #expect(box.unchanged)
    }

    @Test func aDataFileOutsideTheFolderIsKJ007AndNeverRead() throws {
        let box = try HostileSandbox()
        try box.write("2026/realizations/2026-03.md".prefixed, "---\nperiod: 2026-03\ndata: ../../../outside/secret.csv\n---\n")
        try box.write("2026/realizations/2026-04.md".prefixed, "---\nperiod: 2026-04\ndata: sub/2026-04.csv\n---\n")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/realizations/2026-03.md") == ["KJ007 3:7"])
        #expect(result.loadPositions(of: "content/2026/realizations/2026-04.md") == ["KJ007 3:7"])
        // outside/secret.csv holds a row of IK-99: had it been read, the row would be there.
        #expect(result.content.year(2026)?.rows.isEmpty == true)
        #expect(!result.diagnostics.contains { $0.file.contains("outside") })
        #expect(box.unchanged)
    }
}

extension String {
    /// `rel` inside the sandbox's content folder.
    var prefixed: String { "content/" + self }
}
