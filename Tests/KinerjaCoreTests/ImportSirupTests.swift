import Foundation
import Testing
@testable import KinerjaCore

@Suite struct ImportSirupTests {
    static let header = "kd_rup,nama_paket,kd_satker,nama_satker,pagu,metode_pengadaan,jenis_pengadaan,sumber_dana,status_pdn,status_ukm,tgl_awal_pemilihan,area"

    private func request(_ f: DataEntryFixture, _ input: String, map: String? = DataEntryFixture.sirup("area-map.yaml"),
                         dropMissing: Bool = false) -> SirupImport.Request {
        SirupImport.Request(root: f.root.path, display: "content", input: input, inputDisplay: "export",
                            year: 2026, areaMap: map, dropMissing: dropMissing)
    }

    private func imported(_ f: DataEntryFixture, _ input: String, map: String? = DataEntryFixture.sirup("area-map.yaml"),
                          dropMissing: Bool = false) throws -> SirupImport.Plan {
        switch SirupImport.prepare(request(f, input, map: map, dropMissing: dropMissing)) {
        case let .success(plan):
            try SirupImport.apply(plan)
            return plan
        case let .failure(failure):
            Issue.record("import failed: \(failure)")
            throw failure
        }
    }

    private func rejected(_ f: DataEntryFixture, _ input: String) -> (diagnostics: [Diagnostic], notes: [String])? {
        guard case let .failure(.rejected(d, notes)) = SirupImport.prepare(request(f, input)) else { return nil }
        return (d, notes)
    }

    @Test func jsonImportUpdatesAddsAssignsAreasAndReports() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let plan = try imported(f, DataEntryFixture.sirup("rup-2026.json"))
        #expect(plan.summary == "3 new, 1 updated, 2 unchanged, 1 missing from SIRUP, 1 without area (1 deleted or inactive in SIRUP skipped)")
        #expect(plan.merge.updated.map(\.kdRup) == ["52011234"])
        #expect(plan.merge.missing.map(\.kdRup) == ["9"])
        #expect(plan.merge.withoutArea.map(\.kdRup) == ["52020003"])
        #expect(plan.areaMapUsed == DisplayPath.relative(DataEntryFixture.sirup("area-map.yaml")))
        #expect(try f.read("2026/packages.csv") == Self.header + "\n" + """
            52011234,Pembangunan Jalan Desa Sukamaju,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,1300000000,Tender,Pekerjaan Konstruksi,APBD,PDN,Non UKM,2026-02-02,waktu
            52011235,Pengadaan Alat Kesehatan Puskesmas,1.02.01,Dinas Kesehatan,450000000,E-Purchasing,Barang,APBD,PDN,UKM,2026-01-15,biaya
            52011300,"Rehabilitasi Gedung ""B"", Lantai 2",1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,800000000,Tender,Pekerjaan Konstruksi,APBD,PDN,Non UKM,2026-03-01,biaya
            9,Pengadaan Alat Tulis Kantor,1.02.01,Dinas Kesehatan,15000000,Pengadaan Langsung,Barang,APBD,PDN,UKM,2026-01-10,waktu
            52020001,Pembangunan Drainase Jalan Poros,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,2100000000,Tender,Pekerjaan Konstruksi,,PDN,Non UKM,2026-04-06,waktu
            52020002,Pengadaan Buku Pelajaran SD,63512,Dinas Pendidikan,150000000,E-Purchasing,Barang,,PDN,UKM,2026-03-02,biaya
            52020003,Jasa Kebersihan Kantor,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,90000000,Pengadaan Langsung,Jasa Lainnya,,PDN,UKM,,

            """)
        // The written file loads without a problem (the package without area is the rules' KJ601).
        #expect(f.check().diagnostics.filter { $0.file == "content/2026/packages.csv" && $0.code.hasPrefix("KJ0") } == [])
        #expect(f.check().content.year(2026)?.packages.count == 7)
    }

    @Test func jsonCommaCSVAndSemicolonCSVGiveTheSameFile() throws {
        var files: [String] = []
        for name in ["rup-2026.json", "rup-2026.csv", "rup-2026-semicolon.csv"] {
            let f = try DataEntryFixture()
            defer { f.remove() }
            let plan = try imported(f, DataEntryFixture.sirup(name))
            #expect(plan.summary.hasPrefix("3 new, 1 updated, 2 unchanged, 1 missing from SIRUP, 1 without area"), "\(name)")
            files.append(try f.read("2026/packages.csv"))
        }
        #expect(files[0] == files[1])
        #expect(files[0] == files[2])
    }

    @Test func reimportKeepsManualAreasAndChangesNothingElse() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        _ = try imported(f, DataEntryFixture.sirup("rup-2026.json"))
        // The Tim assigns the package the map left without area, and moves another one.
        var text = try f.read("2026/packages.csv")
        text = text.replacingOccurrences(of: "Jasa Lainnya,,PDN,UKM,,\n", with: "Jasa Lainnya,,PDN,UKM,,biaya\n")
        text = text.replacingOccurrences(of: "Barang,,PDN,UKM,2026-03-02,biaya", with: "Barang,,PDN,UKM,2026-03-02,waktu")
        try f.write("2026/packages.csv", text)
        let plan = try imported(f, DataEntryFixture.sirup("rup-2026.json"))
        #expect(plan.summary == "0 new, 0 updated, 6 unchanged, 1 missing from SIRUP, 0 without area (1 deleted or inactive in SIRUP skipped)")
        #expect(plan.changed == false)
        #expect(try f.read("2026/packages.csv") == text)
        let areas = Dictionary(uniqueKeysWithValues: (f.check().content.year(2026)?.packages ?? []).map { ($0.kdRup, $0.area ?? "") })
        #expect(areas["52020003"] == "biaya")
        #expect(areas["52020002"] == "waktu")
    }

    @Test func fieldsTheExportLacksKeepTheirValue() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        // SIRUP's package list has no `sumber_dana`: the file's APBD stays.
        let input = try f.writeOutside("rup.json", """
            [{"kd_rup": 52011235, "nama_paket": "Pengadaan Alat Kesehatan Puskesmas (revisi)", "kd_satker": "1.02.01",
              "pagu": 475000000, "metode_pengadaan": "E-Purchasing"}]
            """)
        let plan = try imported(f, input)
        let p = try #require(plan.merge.updated.first)
        #expect(p.namaPaket == "Pengadaan Alat Kesehatan Puskesmas (revisi)")
        #expect(p.pagu == 475_000_000)
        #expect(p.sumberDana == "APBD")
        #expect(p.jenisPengadaan == "Barang")
        #expect(p.area == "biaya")
    }

    @Test func packagesGoneFromSIRUPAreReportedAndKept() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let input = try f.writeOutside("rup.csv", """
            kd_rup,nama_paket,kd_satker,pagu,metode_pengadaan
            52011234,Pembangunan Jalan Desa Sukamaju,1.03.01,1250000000,Tender

            """)
        let plan = try imported(f, input)
        #expect(plan.merge.missing.map(\.kdRup) == ["52011235", "52011300", "9"])
        #expect(plan.merge.dropped.isEmpty)
        #expect(f.check().content.year(2026)?.packages.map(\.kdRup) == ["52011234", "52011235", "52011300", "9"])
    }

    @Test func dropMissingRemovesThemUnlessRealizationsNameThem() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/realizations/2026-03.md", """
            ---
            period: 2026-03
            packages:
              - {package: "9", indicator: IK-01, value: 20}
            ---

            """)
        let input = try f.writeOutside("rup.csv", "kd_rup,nama_paket,kd_satker,pagu,metode_pengadaan\n52011234,Jalan,1.03.01,1250000000,Tender\n")
        let plan = try imported(f, input, dropMissing: true)
        #expect(plan.merge.dropped.map(\.kdRup) == ["52011235", "52011300"])
        #expect(plan.merge.keptReferenced.map(\.kdRup) == ["9"])
        #expect(plan.summary == "0 new, 1 updated, 0 unchanged, 3 missing from SIRUP, 0 without area (2 dropped)")
        #expect(f.check().content.year(2026)?.packages.map(\.kdRup) == ["52011234", "9"])
    }

    @Test func badJSONRecordsAreReportedByRecordAndLineAndNothingIsWritten() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let before = f.data("2026/packages.csv")
        let result = try #require(rejected(f, DataEntryFixture.sirup("rup-2026-bad.json")))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.code) \($0.message)" } == [
            "2:3 KJ010 record 1 (kd_rup 52030001): `pagu`: `satu miliar` is not an amount in rupiah",
            "4:3 KJ011 record 2 (kd_rup 52030002): required field `nama_paket` is missing",
            "5:3 KJ008 record 3 (kd_rup 52030003): `tgl_awal_pemilihan`: `Maret 2026` is not a date",
            "7:3 KJ603 record 4: kd_rup 52030001 appears twice; first at record 1",
            "9:3 KJ007 record 5 (kd_rup 52 030 005): `kd_rup`: invalid id `52 030 005`: ids are 1–64 letters, digits, `.`, `_` or `-`, starting with a letter or digit",
        ])
        #expect(result.diagnostics.allSatisfy { $0.file == "export" })
        #expect(f.data("2026/packages.csv") == before)
    }

    @Test func badCSVRowsAreReportedByLineAndColumn() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let before = f.data("2026/packages.csv")
        let result = try #require(rejected(f, DataEntryFixture.sirup("rup-2026-bad.csv")))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.code) \($0.message)" } == [
            "2:35 KJ010 kd_rup 52030001: `pagu`: `satu miliar` is not an amount in rupiah",
            "3:1 KJ010 row has 4 columns, the header has 5",
            "4:10 KJ011 kd_rup 52030003: required field `nama_paket` is missing",
        ])
        #expect(f.data("2026/packages.csv") == before)
    }

    @Test func unknownSatkersStopTheImportWithTheOPDsToAdd() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try FileManager.default.removeItem(atPath: f.path("2026/packages.csv"))
        let result = try #require(rejected(f, DataEntryFixture.sirup("rup-2026-unknown-satker.json")))
        #expect(result.diagnostics.map { "\($0.line) \($0.code) \($0.message)" } == [
            "2 KJ602 record 1: kd_satker `70011` (Dinas Perhubungan) is not an OPD in site.yaml; 2 packages",
        ])
        #expect(result.notes == [
            "add these OPDs to `opds:` in content/site.yaml (then set `short`), and import again, or import with --add-opds:",
            "  - {code: \"70011\", name: \"Dinas Perhubungan\", short: \"DP\"}",
            "OPDs in site.yaml: 1.02.01 (Dinkes), 1.03.01 (DPUPR), 63512 (Disdik)",
        ])
        #expect(!FileManager.default.fileExists(atPath: f.path("2026/packages.csv")))
    }

    @Test func apiPagesAreMergedAndARepeatedKdRupIsReportedWithBothPlaces() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let pages = ["api-page-1.json", "api-page-2.json"].map { SirupImport.Input(path: DataEntryFixture.sirup($0), display: $0) }
        let r = SirupImport.Request(root: f.root.path, display: "content", inputs: pages, year: 2026,
                                    areaMap: DataEntryFixture.sirup("area-map.yaml"))
        guard case let .success(plan) = SirupImport.prepare(r) else { Issue.record("import failed"); return }
        // 52011235 is the same on both pages: merged silently; 52011234 differs: page 2 wins.
        #expect(plan.notices == ["kd_rup 52011234: api-page-2.json:7:5 (record 2) replaces api-page-1.json:3:5 (record 1) (the later file wins)"])
        #expect(plan.merge.updated.map(\.kdRup) == ["52011234"])
        #expect(plan.merge.updated.map(\.pagu) == [1_350_000_000])
        #expect(plan.merge.updated.map(\.kdSatker) == ["1.03.01"])
        #expect(plan.merge.new.isEmpty)
    }

    @Test func apiPageRecordsAreReportedAtTheirLine() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let input = try f.writeOutside("page.json", """
            {"meta": {"cursor": "x", "has_more": false},
             "data": [{"kd_rup": 52050001, "nama_paket": "Pemeliharaan Jembatan", "kd_satker": "1.03.01", "pagu": 1, "metode_pengadaan": "Tender"},
               {"kd_rup": 52050002, "nama_paket": "Pemeliharaan Gedung", "kd_satker": "1.03.01", "pagu": "banyak", "metode_pengadaan": "Tender"}]}
            """)
        let result = try #require(rejected(f, input))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.code) \($0.message)" } == [
            "3:4 KJ010 record 2 (kd_rup 52050002): `pagu`: `banyak` is not an amount in rupiah",
        ])
        let other = try f.writeOutside("other.json", #"{"items": []}"#)
        #expect(rejected(f, other)?.diagnostics.map(\.code) == ["KJ004"])
    }

    @Test func booleansInTheirSpreadsheetSpellingsAndAnythingElseIsKJ004() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let good = try f.writeOutside("rup.csv", """
            kd_rup;nama_paket;kd_satker;pagu;metode_pengadaan;status_pdn;status_ukm;status_aktif_rup;status_delete_rup
            52050001;Pemeliharaan Jembatan;1.03.01;300000000;Tender;BENAR;SALAH;BENAR;SALAH
            52050002;Pemeliharaan Gedung;1.03.01;200000000;Tender;TRUE;true;1;0
            52050003;Pemeliharaan Taman;1.03.01;100000000;Tender;PDN;UKM;SALAH;FALSE
            52050004;Pemeliharaan Pasar;1.03.01;100000000;Tender;PDN;UKM;TRUE;BENAR

            """)
        let plan = try imported(f, good)
        #expect(plan.merge.new.map(\.kdRup) == ["52050001", "52050002"])
        #expect(plan.merge.new.map { "\($0.statusPdn ?? "-") \($0.statusUkm ?? "-")" } == ["PDN Non UKM", "PDN UKM"])
        #expect(plan.inactive == 2)
        let bad = try f.writeOutside("bad.csv", """
            kd_rup;nama_paket;kd_satker;pagu;metode_pengadaan;status_aktif_rup;status_delete_rup
            52050005;Pemeliharaan Jalan;1.03.01;100000000;Tender;YA;SALAH

            """)
        let result = try #require(rejected(f, bad))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.code) \($0.message)" } == [
            "2:54 KJ004 kd_rup 52050005: `status_aktif_rup`: `YA` is not a boolean",
        ])
    }

    @Test func unknownOPDsAreKeyedBySatkerStringWithTitleCaseNames() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let input = try f.writeOutside("rup.json", """
            [{"kd_rup": 52050001, "nama_paket": "Pemeliharaan Jembatan", "kd_satker": 123456, "kd_satker_str": "2.07.3.32.0.00.09.0000",
              "nama_satker": "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "pagu": 300000000, "metode_pengadaan": "Tender"}]
            """)
        let result = try #require(rejected(f, input))
        #expect(result.diagnostics.map { "\($0.line) \($0.code) \($0.message)" } == [
            "1 KJ602 record 1: kd_satker `2.07.3.32.0.00.09.0000` (DINAS PEKERJAAN UMUM DAN PENATAAN RUANG) is not an OPD in site.yaml; 1 package",
        ])
        #expect(result.notes.dropFirst().first == "  - {code: \"2.07.3.32.0.00.09.0000\", name: \"Dinas Pekerjaan Umum dan Penataan Ruang\", short: \"DPUPR\"}")
    }

    @Test func packagesDeletedInSirupAreReportedAndDroppedOnlyWithDropMissing() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let input = try f.writeOutside("rup.json", """
            [{"kd_rup": 9, "nama_paket": "Pengadaan Alat Tulis Kantor", "kd_satker": "1.02.01", "pagu": 15000000,
              "metode_pengadaan": "Pengadaan Langsung", "status_delete_rup": true}]
            """)
        let kept = try #require(try? SirupImport.prepare(request(f, input)).get())
        #expect(kept.deletedInSirup.map(\.kdRup) == ["9"])
        #expect(kept.merge.new.isEmpty)
        let dropped = try imported(f, input, dropMissing: true)
        #expect(dropped.deletedInSirup.map(\.kdRup) == ["9"])
        #expect(dropped.merge.dropped.map(\.kdRup).contains("9"))
        #expect(try !f.read("2026/packages.csv").contains("\n9,"))
    }

    @Test func satkerStringIsUsedWhenItIsTheSitesCode() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let input = try f.writeOutside("rup.json", """
            [{"kd_rup": 52050001, "nama_paket": "Pemeliharaan Jembatan", "kd_satker": 123456, "kd_satker_str": "1.03.01",
              "pagu": 300000000, "metode_pengadaan": "Tender"}]
            """)
        let plan = try imported(f, input)
        #expect(plan.merge.new.map(\.kdSatker) == ["1.03.01"])
        #expect(plan.merge.new.map(\.area) == ["waktu"])
    }

    @Test func recordsOfAnotherYearAreReportedOnce() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let input = try f.writeOutside("rup.json", """
            [{"kd_rup": 1, "nama_paket": "A", "kd_satker": "1.03.01", "pagu": 1, "metode_pengadaan": "Tender", "tahun_anggaran": 2025},
             {"kd_rup": 2, "nama_paket": "B", "kd_satker": "1.03.01", "pagu": 1, "metode_pengadaan": "Tender", "tahun_anggaran": 2025}]
            """)
        guard case let .failure(.rejected(d, _)) = SirupImport.prepare(request(f, input)) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(d.map { "\($0.line) \($0.code) \($0.message)" } == ["1 KJ009 2 records are for tahun anggaran 2025, not 2026 (first: record 1)"])
    }

    @Test func otherColumnsOfPackagesCSVAreKept() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/packages.csv", "kd_rup;nama_paket;kd_satker;pagu;metode_pengadaan;area;catatan\n52011234;Jalan;1.03.01;1.250.000.000;Tender;waktu;prioritas bupati\n")
        let plan = try imported(f, DataEntryFixture.sirup("rup-2026.json"))
        #expect(plan.merge.updated.map(\.kdRup) == ["52011234"])
        let lines = try f.read("2026/packages.csv").split(separator: "\n")
        #expect(lines[0] == "kd_rup;nama_paket;kd_satker;nama_satker;pagu;metode_pengadaan;jenis_pengadaan;sumber_dana;status_pdn;status_ukm;tgl_awal_pemilihan;area;catatan")
        #expect(lines[1] == "52011234;Pembangunan Jalan Desa Sukamaju;1.03.01;Dinas Pekerjaan Umum dan Penataan Ruang;1300000000;Tender;Pekerjaan Konstruksi;;PDN;Non UKM;2026-02-02;waktu;prioritas bupati")
        #expect(lines[2].hasPrefix("52011235;Pengadaan Alat Kesehatan Puskesmas;1.02.01;") && lines[2].hasSuffix(";biaya;"))
    }

    @Test func packagesWithTheirOwnPageAreLeftToIt() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/packages/52020001.md", """
            ---
            nama_paket: Pembangunan Drainase Jalan Poros
            kd_satker: "1.03.01"
            pagu: 2100000000
            metode_pengadaan: Tender
            area: waktu
            ---
            Drainase sepanjang 2 km.

            """)
        let plan = try imported(f, DataEntryFixture.sirup("rup-2026.json"))
        #expect(plan.merge.onPage.map(\.kdRup) == ["52020001"])
        #expect(plan.merge.new.map(\.kdRup) == ["52020002", "52020003"])
        #expect(!(try f.read("2026/packages.csv")).contains("52020001"))
    }

    @Test func brokenPackagesCSVOrMissingYearStopTheImport() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/packages.csv", "kd_rup,nama_paket,kd_satker,pagu,metode_pengadaan\n1,\"unclosed,1.03.01,1,Tender\n")
        guard case let .failure(.rejected(d, _)) = SirupImport.prepare(request(f, DataEntryFixture.sirup("rup-2026.json"))) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(d.map { "\($0.file):\($0.line) \($0.code)" } == ["content/2026/packages.csv:2 KJ010"])
        var r = request(f, DataEntryFixture.sirup("rup-2026.json"))
        r.year = 2031
        guard case let .failure(.usage(message)) = SirupImport.prepare(r) else {
            Issue.record("expected a usage error")
            return
        }
        #expect(message == "`content/2031` does not exist: create the year's plan and areas before importing its packages")
    }

    @Test func areaMapInTheYearFolderIsUsedByDefault() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/area-map.yaml", "- {area: biaya}\n")
        let plan = try imported(f, DataEntryFixture.sirup("rup-2026.json"), map: nil)
        #expect(plan.areaMapUsed == "content/2026/area-map.yaml")
        #expect(plan.merge.new.map(\.area) == ["biaya", "biaya", "biaya"])
    }

    // Import holes (docs/data-entry.md): each is refused with a position and nothing is written.

    private func record(_ fields: String) -> String {
        """
        [
          {"kd_rup": 52039001, "nama_paket": "Belanja Alat Tulis", "kd_satker": "1.02.01", "pagu": 1000000, "metode_pengadaan": "Tender"},
          {"kd_rup": 52039002, \(fields)}
        ]
        """
    }

    @Test func controlCharacterInANameIsRefusedAtItsRecord() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let before = f.data("2026/packages.csv")
        let input = try f.writeOutside("nul.json", record(#""nama_paket": "Belanja\u0000Kertas", "kd_satker": "1.02.01", "pagu": 2000000, "metode_pengadaan": "Tender""#))
        let result = try #require(rejected(f, input))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.code) \($0.message)" } == [
            "3:3 KJ004 record 2 (kd_rup 52039002): `nama_paket` holds the control character U+0000",
        ])
        #expect(f.data("2026/packages.csv") == before)
    }

    @Test func numberOutOfRangeIsAKJ004AtItsRecord() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let before = f.data("2026/packages.csv")
        let input = try f.writeOutside("big.json", record(#""nama_paket": "Belanja Kertas", "kd_satker": "1.02.01", "pagu": 1e309, "metode_pengadaan": "Tender""#))
        let result = try #require(rejected(f, input))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.code)" } == ["3:3 KJ004"])
        #expect(result.diagnostics.first?.message == "record 2: `pagu`: a number is out of range")
        #expect(f.data("2026/packages.csv") == before)
    }

    /// The same in a page of the v1 API: at the record inside `data`, not a KJ001 at 1:1.
    @Test func numberOutOfRangeInAnAPIPageIsAKJ004AtItsRecord() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let before = f.data("2026/packages.csv")
        let page = "{\"data\": " + record(#""nama_paket": "Belanja Kertas", "kd_satker": "1.02.01", "pagu": 1e309, "metode_pengadaan": "Tender""#)
            + ", \"meta\": {\"cursor\": null, \"has_more\": false}}"
        let input = try f.writeOutside("page.json", page)
        let result = try #require(rejected(f, input))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.code)" } == ["3:3 KJ004"])
        #expect(result.diagnostics.first?.message == "record 2: `pagu`: a number is out of range")
        #expect(f.data("2026/packages.csv") == before)
    }

    @Test func misspeltAreaMapKeyIsAnErrorAndNothingIsWritten() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let before = f.data("2026/packages.csv")
        let map = try f.writeOutside("map.yaml", "- {area: waktu, metod: Tender}\n- {area: biaya}\n")
        guard case let .failure(.rejected(d, _)) = SirupImport.prepare(request(f, DataEntryFixture.sirup("rup-2026.json"), map: map)) else {
            Issue.record("the import was not refused"); return
        }
        #expect(d.map { "\($0.line):\($0.column) \($0.code) \($0.severity)" } == ["1:17 KJ004 error"])
        #expect(d.first?.message.hasPrefix("unknown field `metod` in an area-map rule") == true)
        #expect(f.data("2026/packages.csv") == before)
    }

    @Test func tempFilesOfAKilledWriteAreRemovedOnTheNextWrite() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/.packages.csv.0A1B2C3D-0000-0000-0000-000000000000.tmp", "half a file")
        _ = try imported(f, DataEntryFixture.sirup("rup-2026.json"))
        let names = try FileManager.default.contentsOfDirectory(atPath: f.root.appendingPathComponent("2026").path)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
    }

    @Test func duplicateKeysAndTrailingCommasAreRefusedAtTheirPosition() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let before = f.data("2026/packages.csv")
        let input = try f.writeOutside("strict.json", record(#""nama_paket": "A", "nama_paket": "B", "kd_satker": "1.02.01", "pagu": 5, "metode_pengadaan": "Tender","#))
        let result = try #require(rejected(f, input))
        #expect(result.diagnostics.map { "\($0.line):\($0.column) \($0.code) \($0.message)" } == [
            "3:43 KJ004 the key `nama_paket` appears twice in one object",
            "3:125 KJ004 a trailing comma before `}`",
        ])
        #expect(f.data("2026/packages.csv") == before)
    }
}
