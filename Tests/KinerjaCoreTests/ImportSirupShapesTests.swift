import Foundation
import Testing
@testable import KinerjaCore

/// `kinerja import sirup` with the other real shapes of LKPP's data: SIRUP's web search,
/// unknown OPDs added to site.yaml (`--add-opds`) and RUP-PaketAnggaranPenyedia funding
/// rows (`--funding`), docs/data-entry.md.
@Suite struct ImportSirupShapesTests {
    static let header = ImportSirupTests.header

    private func request(_ f: DataEntryFixture, _ inputs: [String], addOPDs: Bool = false, funding: [String] = []) -> SirupImport.Request {
        var r = SirupImport.Request(root: f.root.path, display: "content",
                                    inputs: inputs.map { SirupImport.Input(path: $0, display: URL(fileURLWithPath: $0).lastPathComponent) },
                                    year: 2026, areaMap: DataEntryFixture.sirup("area-map.yaml"))
        r.addOPDs = addOPDs
        r.funding = funding.map { SirupImport.Input(path: $0, display: URL(fileURLWithPath: $0).lastPathComponent) }
        return r
    }

    private func imported(_ f: DataEntryFixture, _ r: SirupImport.Request) throws -> SirupImport.Plan {
        switch SirupImport.prepare(r) {
        case let .success(plan):
            try SirupImport.apply(plan)
            return plan
        case let .failure(failure):
            Issue.record("import failed: \(failure)")
            throw failure
        }
    }

    static let existingRows = """
        52011234,Pembangunan Jalan Desa Sukamaju,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,1250000000,Tender,Pekerjaan Konstruksi,APBD,PDN,Non UKM,2026-02-02,waktu
        52011235,Pengadaan Alat Kesehatan Puskesmas,1.02.01,Dinas Kesehatan,450000000,E-Purchasing,Barang,APBD,PDN,UKM,2026-01-15,biaya
        52011300,"Rehabilitasi Gedung ""B"", Lantai 2",1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,800000000,Tender,Pekerjaan Konstruksi,APBD,PDN,Non UKM,2026-03-01,biaya
        9,Pengadaan Alat Tulis Kantor,1.02.01,Dinas Kesehatan,15000000,Pengadaan Langsung,Barang,APBD,PDN,UKM,2026-01-10,waktu
        """

    @Test func webSearchShapeIsMappedWithAHintNamingTheMapping() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let plan = try imported(f, request(f, [DataEntryFixture.sirup("web-search.json")]))
        #expect(plan.notices == [
            "web-search.json: 5 records in the shape of SIRUP's web search, read as id → kd_rup, paket → nama_paket, "
                + "pagu → pagu, metode → metode_pengadaan, jenis → jenis_pengadaan, sumberDana → sumber_dana, idSatker → kd_satker, "
                + "satker → nama_satker, isPDN → status_pdn, isUMK → status_ukm, pemilihan → tgl_awal_pemilihan "
                + "(a month's name and year → its first day)",
        ])
        #expect(plan.summary == "5 new, 0 updated, 0 unchanged, 4 missing from SIRUP, 2 without area")
        #expect(try f.read("2026/packages.csv") == Self.header + "\n" + Self.existingRows + "\n" + """
            52060001,Pengadaan Meja dan Kursi Sekolah,63512,Dinas Pendidikan,240000000,E-Purchasing,Barang,APBD,PDN,UKM,2026-01-01,
            52060002,Rehabilitasi Ruang Kelas SD,63512,Dinas Pendidikan,780000000,Tender,Pekerjaan Konstruksi,DAK,PDN,Non UKM,2026-03-01,waktu
            52060003,Pengadaan Obat Puskesmas,1.02.01,Dinas Kesehatan,510000000,E-Purchasing,Barang,APBD,Non PDN,Non UKM,2026-02-01,biaya
            52060004,Jasa Konsultansi Pengawasan Jalan,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,95000000,Pengadaan Langsung,Jasa Konsultansi,APBD,PDN,UKM,2026-04-01,
            52060005,Pemeliharaan Jalan Lingkungan,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,1150000000,Tender,Pekerjaan Konstruksi,APBD,PDN,Non UKM,2026-06-01,waktu

            """)
    }

    @Test func webSearchRecordWithABadMonthIsAKJ008AndTheHintIsKept() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let input = try f.writeOutside("cari.json", """
            [{"id": 52060009, "paket": "Pengadaan Tenda", "pagu": 40000000, "metode": "Pengadaan Langsung", "idSatker": "1.03.01",
              "isPDN": true, "isUMK": true, "pemilihan": "Smarch 2026"}]
            """)
        guard case let .failure(.rejected(d, notes)) = SirupImport.prepare(request(f, [input])) else {
            Issue.record("accepted"); return
        }
        #expect(d.map { "\($0.line):\($0.column) \($0.code) \($0.message)" } == [
            "1:2 KJ008 record 1 (kd_rup 52060009): `tgl_awal_pemilihan`: `Smarch 2026` is not a date",
        ])
        #expect(notes.first?.hasPrefix("cari.json: 1 record in the shape of SIRUP's web search, read as id → kd_rup, paket → nama_paket") == true)
    }

    @Test func monthNamesGiveTheMonthsFirstDay() {
        #expect(SirupWebSearch.monthStart(.text("January 2026")) == .text("2026-01-01"))
        #expect(SirupWebSearch.monthStart(.text("Desember 2026")) == .text("2026-12-01"))
        #expect(SirupWebSearch.monthStart(.text("Sep 2026")) == .text("2026-09-01"))
        #expect(SirupWebSearch.monthStart(.text("2026-03-02")) == .text("2026-03-02"))
        #expect(SirupWebSearch.monthStart(.text("Ju 2026")) == .text("Ju 2026"))
    }

    static let unknownExport = """
        [{"kd_rup": 52050001, "nama_paket": "Pemeliharaan Jembatan", "kd_satker": 123456, "kd_satker_str": "2.07.3.32.0.00.09.0000",
          "nama_satker": "DINAS PERHUBUNGAN", "pagu": 300000000, "metode_pengadaan": "Tender"},
         {"kd_rup": 52050002, "nama_paket": "Pengadaan Bibit Padi", "kd_satker": 123457, "kd_satker_str": "3.27.3.27.0.00.01.0000",
          "nama_satker": "DINAS TANAMAN PANGAN DAN HORTIKULTURA", "pagu": 90000000, "metode_pengadaan": "E-Purchasing"}]
        """

    @Test func addOPDsAppendsLinesToTheOPDsBlockKeepingEverythingElse() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("site.yaml", """
            # Situs kinerja contoh.
            title: Kinerja Pengadaan Kabupaten Contoh
            languages: [id, en]   # the first is the default
            opds:
              # dinas
              - {code: "1.02.01", name: Dinas Kesehatan, short: Dinkes}
              - {code: "1.03.01", name: Dinas Pekerjaan Umum dan Penataan Ruang, short: DPUPR}
              - {code: "63512", name: Dinas Pendidikan, short: Disdik}

            # Rating bands follow.
            achievement_cap: 120

            """)
        let input = try f.writeOutside("rup.json", Self.unknownExport)
        let plan = try imported(f, request(f, [input], addOPDs: true))
        #expect(plan.addedOPDs == [
            "  - {code: \"2.07.3.32.0.00.09.0000\", name: \"Dinas Perhubungan\", short: \"DP\"}",
            "  - {code: \"3.27.3.27.0.00.01.0000\", name: \"Dinas Tanaman Pangan dan Hortikultura\", short: \"DTPH\"}",
        ])
        #expect(try f.read("site.yaml") == """
            # Situs kinerja contoh.
            title: Kinerja Pengadaan Kabupaten Contoh
            languages: [id, en]   # the first is the default
            opds:
              # dinas
              - {code: "1.02.01", name: Dinas Kesehatan, short: Dinkes}
              - {code: "1.03.01", name: Dinas Pekerjaan Umum dan Penataan Ruang, short: DPUPR}
              - {code: "63512", name: Dinas Pendidikan, short: Disdik}
              - {code: "2.07.3.32.0.00.09.0000", name: "Dinas Perhubungan", short: "DP"}
              - {code: "3.27.3.27.0.00.01.0000", name: "Dinas Tanaman Pangan dan Hortikultura", short: "DTPH"}

            # Rating bands follow.
            achievement_cap: 120

            """)
        #expect(plan.summary.hasSuffix("(2 OPDs added to site.yaml)"))
        let checked = f.check()
        #expect(checked.content.site.opd("2.07.3.32.0.00.09.0000")?.short == "DP")
        #expect(checked.diagnostics.filter { $0.code == "KJ602" } == [])
        #expect(checked.content.year(2026)?.packages.count == 6)
    }

    @Test func addOPDsEditsTheOtherSpellingsOfTheList() throws {
        let e = [SiteOPDEditor.Entry(code: "9.9", name: "Dinas Contoh", short: "DC")]
        #expect(try SiteOPDEditor.add(e, to: "title: X\nopds: []   # none yet\nlanguages: [id]\n").get()
                == "title: X\nopds: # none yet\n  - {code: \"9.9\", name: \"Dinas Contoh\", short: \"DC\"}\nlanguages: [id]\n")
        #expect(try SiteOPDEditor.add(e, to: "title: X").get() == "title: X\nopds:\n  - {code: \"9.9\", name: \"Dinas Contoh\", short: \"DC\"}\n")
        #expect(try SiteOPDEditor.add(e, to: "opds:\n- code: \"1\"\n  name: A\ntitle: X\n").get()
                == "opds:\n- code: \"1\"\n  name: A\n- {code: \"9.9\", name: \"Dinas Contoh\", short: \"DC\"}\ntitle: X\n")
        #expect(try SiteOPDEditor.add(e, to: "opds:\r\n    - {code: \"1\", name: A}\r\ntitle: X\r\n").get()
                == "opds:\r\n    - {code: \"1\", name: A}\r\n    - {code: \"9.9\", name: \"Dinas Contoh\", short: \"DC\"}\r\ntitle: X\r\n")
        #expect(SiteOPDEditor.add(e, to: "title: X\nopds: [{code: \"1\", name: A}]\n") == .failure(.flowList(line: 2)))
    }

    @Test func withoutAddOPDsTheOPDsAreRefusedAndSiteYAMLIsUntouched() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let before = try f.read("site.yaml")
        let input = try f.writeOutside("rup.json", Self.unknownExport)
        guard case let .failure(.rejected(d, notes)) = SirupImport.prepare(request(f, [input])) else { Issue.record("accepted"); return }
        #expect(d.map(\.code) == ["KJ602", "KJ602"])
        #expect(notes.first == "add these OPDs to `opds:` in content/site.yaml (then set `short`), and import again, or import with --add-opds:")
        #expect(try f.read("site.yaml") == before)
    }

    @Test func fundingRowsFillSumberDanaAndMakJoinedInAStableOrder() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let plan = try imported(f, request(f, [DataEntryFixture.sirup("rup-2026.json")], funding: [DataEntryFixture.sirup("anggaran-2026.json")]))
        #expect(plan.notices == ["funding: 1 row names no package of the export, left out:\n  kd_rup 52099999 at anggaran-2026.json:6:3 (record 5)"])
        #expect(plan.funded == 2)
        #expect(try f.read("2026/packages.csv") == Self.header + ",mak\n" + """
            52011234,Pembangunan Jalan Desa Sukamaju,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,1300000000,Tender,Pekerjaan Konstruksi,APBD; DAK,PDN,Non UKM,2026-02-02,waktu,1.03.03.2.01.0003.5.2.03.03.01.0001; 1.03.03.2.01.0003.5.2.03.03.01.0002
            52011235,Pengadaan Alat Kesehatan Puskesmas,1.02.01,Dinas Kesehatan,450000000,E-Purchasing,Barang,APBD,PDN,UKM,2026-01-15,biaya,1.02.02.2.01.0012.5.1.02.01.01.0029
            52011300,"Rehabilitasi Gedung ""B"", Lantai 2",1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,800000000,Tender,Pekerjaan Konstruksi,APBD,PDN,Non UKM,2026-03-01,biaya,
            9,Pengadaan Alat Tulis Kantor,1.02.01,Dinas Kesehatan,15000000,Pengadaan Langsung,Barang,APBD,PDN,UKM,2026-01-10,waktu,
            52020001,Pembangunan Drainase Jalan Poros,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,2100000000,Tender,Pekerjaan Konstruksi,,PDN,Non UKM,2026-04-06,waktu,
            52020002,Pengadaan Buku Pelajaran SD,63512,Dinas Pendidikan,150000000,E-Purchasing,Barang,,PDN,UKM,2026-03-02,biaya,
            52020003,Jasa Kebersihan Kantor,1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,90000000,Pengadaan Langsung,Jasa Lainnya,,PDN,UKM,,,

            """)
        // The file loads; a reversed order of the funding rows gives the same file.
        #expect(f.check().diagnostics.filter { $0.file == "content/2026/packages.csv" && $0.code.hasPrefix("KJ0") } == [])
        let written = try f.read("2026/packages.csv")
        let reversed = try f.writeOutside("anggaran.csv", """
            kd_rup;sumber_dana;mak;pagu
            52011234;APBD;1.03.03.2.01.0003.5.2.03.03.01.0002;800000000
            52011234;DAK;1.03.03.2.01.0003.5.2.03.03.01.0001;500000000
            52011235;APBD;1.02.02.2.01.0012.5.1.02.01.01.0029;450000000

            """)
        let again = try imported(f, request(f, [DataEntryFixture.sirup("rup-2026.json")], funding: [reversed]))
        #expect(again.changed == false)
        #expect(try f.read("2026/packages.csv") == written)
    }
}
