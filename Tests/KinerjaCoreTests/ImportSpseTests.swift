import Foundation
import Testing
@testable import KinerjaCore

/// `kinerja import spse`: SPSE results (TenderSelesaiNilai-like JSON, v1 API pages,
/// NonTenderSelesai-like CSV) become the realization rows of the indicators with
/// `compute: {from: spse…}` (docs/data-entry.md "Indicators computed from SPSE").
@Suite struct ImportSpseTests {
    /// The data-entry fixture with IK-01 (waktu, average days per package) and IK-02 (biaya,
    /// efficiency ratio per package) computed from SPSE.
    static func fixture() throws -> DataEntryFixture {
        let f = try DataEntryFixture()
        for (file, compute) in [("IK-01", #"compute: {from: spse, value: "days(tgl_penetapan_pemenang - tgl_pengumuman_tender)"}"#),
                                ("IK-02", #"compute: {from: spse, numerator: "pagu - nilai_kontrak", denominator: pagu}"#)] {
            let path = "2026/indicators/\(file).md"
            let text = try f.read(path)
            try f.write(path, text.replacingOccurrences(of: "data_source: SPSE\n", with: "data_source: SPSE\n\(compute)\n"))
        }
        return f
    }

    static func request(_ f: DataEntryFixture, _ inputs: [String], period: String = "2026-03", year: Int? = nil) -> SpseImport.Request {
        SpseImport.Request(root: f.root.path, display: "content",
                           inputs: inputs.map { SirupImport.Input(path: $0, display: URL(fileURLWithPath: $0).lastPathComponent) },
                           period: period, year: year)
    }

    static func imported(_ r: SpseImport.Request) throws -> SpseImport.Plan {
        switch SpseImport.prepare(r) {
        case let .success(plan):
            try SpseImport.apply(plan)
            return plan
        case let .failure(failure):
            Issue.record("import failed: \(failure)")
            throw failure
        }
    }

    static func rejected(_ r: SpseImport.Request) -> [String] {
        guard case let .failure(.rejected(diagnostics, _)) = SpseImport.prepare(r) else {
            Issue.record("the import was not refused")
            return []
        }
        return diagnostics.map { "\($0.location): \($0.code) \($0.message)" }
    }

    /// A TenderSelesaiNilai page of the v1 API: kd_rup as text, amounts as numbers.
    static let tenderPage = """
        {
          "data": [
            {"kd_tender": 10481001, "kd_rup": "52011234", "kd_satker": 301031, "kd_satker_str": "1.03.01", "pagu": 1250000000, "hps": 1240000000, "nilai_kontrak": 1187500000, "nilai_pdn_kontrak": 1187500000, "nilai_umk_kontrak": 0, "tgl_pengumuman_tender": "2026-03-02 10:00:00", "tgl_penetapan_pemenang": "2026-03-27 15:00:00"},
            {"kd_tender": 10482001, "kd_rup": "52011300", "kd_satker": 301031, "kd_satker_str": "1.03.01", "pagu": 800000000, "hps": 795000000, "nilai_kontrak": 731250000, "nilai_pdn_kontrak": 731250000, "nilai_umk_kontrak": 0, "tgl_pengumuman_tender": "2026-02-23", "tgl_penetapan_pemenang": "2026-03-16"}
          ],
          "meta": {"cursor": "MTA0ODIwMDE=", "has_more": true}
        }

        """

    /// A NonTenderSelesai-like CSV as an Indonesian-locale spreadsheet saves it: `;`, BOM.
    static let nonTenderCSV = "\u{FEFF}kd_nontender;kd_rup_paket;kd_satker;kd_satker_str;pagu;hps;nilai_kontrak;tgl_penetapan_pemenang\n"
        + "20391001;52011235;301021;1.02.01;450000000;449500000;449999999;2026-03-20 09:00:00\n"

    static let expectedCSV = """
        package,indicator,value,numerator,denominator,note,source
        52011234,IK-01,25,,,,spse
        52011235,IK-02,,1,450000000,,spse
        52011300,IK-02,,68750000,800000000,,spse

        """

    @Test func efficiencyAndDaysAreComputedExactly() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let page = try f.writeOutside("tender.json", Self.tenderPage)
        let csv = try f.writeOutside("nontender.csv", Self.nonTenderCSV)
        let plan = try Self.imported(Self.request(f, [page, csv]))
        // 25 days from 2 to 27 March; (800 000 000 − 731 250 000) / 800 000 000 and
        // (450 000 000 − 449 999 999) / 450 000 000, to the rupiah.
        #expect(try f.read("2026/realizations/2026-03.csv") == Self.expectedCSV)
        #expect(try f.read("2026/realizations/2026-03.md") == """
            ---
            period: 2026-03
            data: 2026-03.csv
            ---
            Realisasi 2026-03 dari hasil SPSE (`kinerja import spse`).

            """)
        #expect(plan.summary == "3 rows from SPSE (IK-01 1, IK-02 2), 0 other rows kept, 0 unmatched, 0 outside the period")
        #expect(plan.notices == [])
        // The rows load and score: IK-02's March value is Σ numerators / Σ denominators × 100.
        let checked = f.check()
        #expect(checked.diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.code) \($0.message)" } == [])
        let rows = checked.content.years[0].rows.filter { $0.indicator == "IK-02" }
        #expect(rows.map(\.numerator) == [1, 68_750_000])
        #expect(rows.map(\.denominator) == [450_000_000, 800_000_000])
    }

    @Test func twoPagesOfTheV1APIAreMergedAndADuplicateIsReported() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let page1 = try f.writeOutside("page-1.json", Self.tenderPage)
        // The second page repeats 52011234 with a later winner (a re-tender): the later record wins.
        let page2 = try f.writeOutside("page-2.json", """
            {"data": [
              {"kd_tender": 10489001, "kd_rup": "52011234", "kd_satker": 301031, "kd_satker_str": "1.03.01", "pagu": 1250000000, "nilai_kontrak": 1190000000, "tgl_pengumuman_tender": "2026-03-02", "tgl_penetapan_pemenang": "2026-03-30"},
              {"kd_tender": 10482001, "kd_rup": "52011300", "kd_satker": 301031, "kd_satker_str": "1.03.01", "pagu": 800000000, "hps": 795000000, "nilai_kontrak": 731250000, "nilai_pdn_kontrak": 731250000, "nilai_umk_kontrak": 0, "tgl_pengumuman_tender": "2026-02-23", "tgl_penetapan_pemenang": "2026-03-16"}
            ], "meta": {"cursor": null, "has_more": false}}

            """)
        let plan = try Self.imported(Self.request(f, [page1, page2]))
        #expect(plan.notices == [
            "kd_rup 52011234: page-2.json:2:3 (record 1) replaces page-1.json:3:5 (record 1) (duplicate result; the later record wins)",
            "kd_rup 52011300: page-2.json:3:3 (record 2) repeats page-1.json:4:5 (record 2) (duplicate result, read once)",
        ])
        #expect(try f.read("2026/realizations/2026-03.csv") == """
            package,indicator,value,numerator,denominator,note,source
            52011234,IK-01,28,,,,spse
            52011300,IK-02,,68750000,800000000,,spse

            """)
    }

    @Test func unmatchedResultsAndResultsOfAnotherPeriodAreListedNotRefused() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let csv = try f.writeOutside("nontender.csv", Self.nonTenderCSV
            + "20392001;52099999;301021;1.02.01;90000000;89000000;88000000;2026-03-11\n"
            + "20393001;52011300;301031;1.03.01;800000000;795000000;760000000;2026-04-02\n")
        let plan = try Self.imported(Self.request(f, [csv]))
        #expect(plan.unmatched == ["kd_rup 52099999 at nontender.csv:3:1"])
        #expect(plan.outside == 1)
        #expect(plan.summary == "1 row from SPSE (IK-02 1), 0 other rows kept, 1 unmatched, 1 outside the period")
        #expect(try f.read("2026/realizations/2026-03.csv") == """
            package,indicator,value,numerator,denominator,note,source
            52011235,IK-02,,1,450000000,,spse

            """)
    }

    @Test func aResultLackingAFieldLeavesItsRowOutWithANotice() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let csv = try f.writeOutside("nontender.csv", "kd_rup;pagu;nilai_kontrak\n52011235;450000000;\n52011300;800000000;0\n")
        let plan = try Self.imported(Self.request(f, [csv]))
        #expect(plan.notices == ["kd_rup 52011235, IK-02: no `nilai_kontrak` at nontender.csv:2:1; row left out"])
        #expect(plan.rows == [SpseImport.Row(indicator: "IK-02", package: "52011300", numerator: 800_000_000, denominator: 800_000_000)])
    }

    static let handWritten = """
        ---
        period: 2026-03
        reported_on: 2026-04-06
        reported_by: Tim Pengelola Kelembagaan UKPBJ
        values:
          - {indicator: IK-03, value: 14}
        data: 2026-03.csv
        ---
        Maret.

        """

    @Test func aBadAmountRefusesTheImportAndLeavesTheFilesUntouched() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        try f.write("2026/realizations/2026-03.md", Self.handWritten)
        let before = "package;indicator;value;numerator;denominator;note;source\n52011300;IK-02;;60000000;800000000;dicek Pokja;spse\n"
        try f.write("2026/realizations/2026-03.csv", before)
        let csv = try f.writeOutside("nontender.csv", "kd_rup;pagu;nilai_kontrak;tgl_penetapan_pemenang\n52011235;450000000;empat ratus juta;2026-03-20\n52011300;800000000;731250000;2026-03-32\n")
        #expect(Self.rejected(Self.request(f, [csv])) == [
            "nontender.csv:2:20: KJ010 `nilai_kontrak` `empat ratus juta` is not an amount",
            "nontender.csv:3:30: KJ008 `tgl_penetapan_pemenang` `2026-03-32` is not a date",
        ])
        #expect(try f.read("2026/realizations/2026-03.csv") == before)
        #expect(try f.read("2026/realizations/2026-03.md") == Self.handWritten)
    }

    @Test func importingAgainReplacesOnlyTheRowsItWrote() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        try f.write("2026/realizations/2026-03.md", Self.handWritten)
        // A row by hand (IK-01 of package 9), an earlier import's rows: one with a note the
        // Tim added, one for a package SPSE no longer lists for March.
        try f.write("2026/realizations/2026-03.csv", """
            package;indicator;value;numerator;denominator;note;source
            52011300;IK-02;;60000000;800000000;dicek Pokja;spse
            9;IK-01;12;;;diisi manual;
            52011235;IK-02;;5000000;450000000;;spse

            """)
        let page = try f.writeOutside("tender.json", Self.tenderPage)
        let plan = try Self.imported(Self.request(f, [page]))
        #expect(plan.kept == 1)
        #expect(try f.read("2026/realizations/2026-03.csv") == """
            package;indicator;value;numerator;denominator;note;source
            9;IK-01;12;;;diisi manual;
            52011234;IK-01;25;;;;spse
            52011300;IK-02;;68750000;800000000;dicek Pokja;spse

            """)
        // The `.md` already named the CSV: it is not touched.
        #expect(plan.markdown == nil)
        #expect(try f.read("2026/realizations/2026-03.md") == Self.handWritten)
        // The same import again changes nothing.
        guard case let .success(again) = SpseImport.prepare(Self.request(f, [page])) else {
            Issue.record("second import refused")
            return
        }
        #expect(!again.changed)
    }

    @Test func aHandWrittenRowForAComputedPackageIsADuplicate() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        try f.write("2026/realizations/2026-03.md", Self.handWritten.replacingOccurrences(
            of: "data: 2026-03.csv\n", with: "packages:\n  - {package: \"52011300\", indicator: IK-02, numerator: 1, denominator: 2}\n"))
        let page = try f.writeOutside("tender.json", Self.tenderPage)
        #expect(Self.rejected(Self.request(f, [page])) == [
            "content/2026/realizations/2026-03.md:8:5: KJ705 package 52011300, IK-02: a row in `packages:`, and computed from SPSE by this import",
        ])
        #expect(f.data("2026/realizations/2026-03.csv") == nil)
    }

    @Test func aMarkdownWithoutDataIsGivenItsCSVLine() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let md = Self.handWritten.replacingOccurrences(of: "data: 2026-03.csv\n", with: "")
        try f.write("2026/realizations/2026-03.md", md)
        let page = try f.writeOutside("tender.json", Self.tenderPage)
        let plan = try Self.imported(Self.request(f, [page]))
        #expect(plan.markdown?.display == "content/2026/realizations/2026-03.md")
        #expect(try f.read("2026/realizations/2026-03.md") == md.replacingOccurrences(of: "---\nMaret.", with: "data: 2026-03.csv\n---\nMaret."))
        #expect(f.check().diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func aJSONObjectWithoutDataIsRefusedInSPSEWords() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let file = try f.writeOutside("hasil.json", #"{"success": true, "result": []}"# + "\n")
        #expect(Self.rejected(Self.request(f, [file])) == [
            #"hasil.json:1:1: KJ004 an SPSE export must be a JSON array of results or an API page {"data": [...]}, found an object without a `data` array"#,
        ])
    }

    @Test func aBadPeriodOrAnotherYearIsAUsageError() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let page = try f.writeOutside("tender.json", Self.tenderPage)
        guard case let .failure(.usage(m1)) = SpseImport.prepare(Self.request(f, [page], period: "2026-13")),
              case let .failure(.usage(m2)) = SpseImport.prepare(Self.request(f, [page], period: "2026-03", year: 2025)) else {
            Issue.record("not a usage error")
            return
        }
        #expect(m1 == "`2026-13` is not a period: write 2026-09, 2026-Q3, 2026-S2 or 2026")
        #expect(m2 == "--year 2025 and --period 2026-03 name different years")
    }

    @Test func anIndicatorWithABrokenExpressionStopsTheImportAtItsColumn() throws {
        let f = try Self.fixture()
        defer { f.remove() }
        let path = "2026/indicators/IK-02.md"
        try f.write(path, try f.read(path).replacingOccurrences(of: "\"pagu - nilai_kontrak\"", with: "\"pagu - nilai_kontrak)\""))
        let page = try f.writeOutside("tender.json", Self.tenderPage)
        let got = Self.rejected(Self.request(f, [page]))
        #expect(got.count == 1)
        #expect(got.first?.hasPrefix("content/2026/indicators/IK-02.md:") == true)
        #expect(got.first?.contains(": KJ206 indicator IK-02: `compute.numerator`: unexpected `)`") == true)
    }
}

/// The pipeline of the README ("Pengisian data · Data entry") on a copy of the sample, with
/// the built binary: SIRUP → packages → SPSE → realizations → check.
@Suite struct ImportSpseCLITests {
    static let sample = ValidationFixture.packageRoot.appendingPathComponent("content")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sample.appendingPathComponent("imports").path)))
    func theSamplePipelineRunsEndToEnd() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-spse-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.sample, to: dir.appendingPathComponent("content"))
        let csvPath = dir.appendingPathComponent("content/2026/realizations/2026-09.csv")
        let committed = try String(contentsOf: csvPath, encoding: .utf8)

        let sirup = try ValidationCLITests.run(["import", "sirup", "content/imports/rup-2026.json", "--year", "2026"], in: dir)
        #expect(sirup.status == 0, "\(sirup.stderr)")
        #expect(sirup.stdout == "kinerja import: unchanged: content/2026/packages.csv: 0 new, 0 updated, 10 unchanged, 136 missing from SIRUP, 0 without area\n")

        let spseArguments = ["import", "spse", "content/imports/spse-tender-2026-09.json", "content/imports/spse-nontender-2026-09.csv",
                             "--period", "2026-09"]
        let summary = "12 rows from SPSE (IK-01 2, IK-04 4, IK-11 3, IK-12 3), 0 other rows kept, 1 unmatched, 1 outside the period"
        // The sample's September rows are what the import computes: nothing changes.
        let again = try ValidationCLITests.run(spseArguments, in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "kinerja import: unchanged: content/2026/realizations/2026-09.csv: \(summary)\n")
        #expect(again.stderr == "not a package of the year, left out: 1\n  kd_rup 59990001 at content/imports/spse-tender-2026-09.json:7:5 (record 5)\n")

        // From a CSV with its header only, the rows come back (the Tim's notes aside).
        try Data("package,indicator,value,numerator,denominator,note,source\n".utf8).write(to: csvPath)
        let fresh = try ValidationCLITests.run(spseArguments, in: dir)
        #expect(fresh.status == 0)
        #expect(fresh.stdout == "kinerja import: wrote content/2026/realizations/2026-09.csv: \(summary)\n")
        #expect(try String(contentsOf: csvPath, encoding: .utf8)
            == committed.replacingOccurrences(of: "\"Efisiensi = pagu − nilai kontrak, dibagi pagu\"", with: ""))

        let check = try ValidationCLITests.run(["check", "--content", "content"], in: dir)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func aBadPeriodExitsWith2() throws {
        try ValidationCLITests.withSite([]) { dir in
            let r = try ValidationCLITests.run(["import", "spse", "content/2026/packages.csv", "--period", "2026-13"], in: dir)
            #expect(r.status == 2)
            #expect(r.stderr == "kinerja: `2026-13` is not a period: write 2026-09, 2026-Q3, 2026-S2 or 2026\n")
            #expect(r.stdout == "")
        }
    }
}
