import Foundation
import Testing
@testable import KinerjaCore

/// The Template Data Kinerja written by `kinerja template`, filled as a spreadsheet on an
/// Indonesian-locale machine would (`;`, decimal commas, thousands dots), named by a
/// realization, and read back by the loader.
@Suite struct TemplateRoundTripTests {
    static let realization = """
        ---
        period: 2026-03
        reported_on: 2026-04-06
        reported_by: Kepala Subbagian Pengelolaan PBJ
        data: 2026-03.csv
        actions:
          - {id: RA-01-1, status: in_progress, progress: 50}
        ---
        Tidak ada kendala berarti.

        """

    @Test func filledTemplateLoadsAndChecksClean() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let request = TemplateMaker.Request(root: f.root.path, period: Period("2026-03")!, delimiter: ";",
                                            today: SimpleDate(year: 2026, month: 4, day: 10))
        guard case let .success(out) = TemplateMaker.make(request) else {
            Issue.record("template failed")
            return
        }
        // Read the file as a spreadsheet would, fill cells, save it again with `;`.
        let table = try CSVReader.parse(out.text).get()
        #expect(table.delimiter == UInt8(ascii: ";"))
        let col = { (name: String) in table.header.firstIndex(of: name)! }
        var rows = table.rows.map(\.fields)
        for i in rows.indices {
            switch (rows[i][col("package")], rows[i][col("indicator")]) {
            case ("", "IK-03"): rows[i][col("value")] = "31"
            case ("9", "IK-01"): rows[i][col("value")] = "27,5"
            case ("52011235", "IK-02"):
                rows[i][col("numerator")] = "40.500.000"
                rows[i][col("denominator")] = "450.000.000"
                rows[i][col("note")] = "hemat; sesuai HPS"
            case ("52011234", "IK-01"):
                rows[i][col("value")] = "30,25"
                rows[i][col("note")] = "sanggah \"banding\""
            case ("52011300", "IK-02"):
                rows[i][col("numerator")] = "0"
                rows[i][col("denominator")] = "800.000.000"
            default: break // IK-04 is annual: left empty, not reported
            }
        }
        let filled = CSVWriter.render(header: table.header, rows: rows, format: TemplateMaker.format(delimiter: ";"))
        try f.write("2026/realizations/2026-03.csv", filled)
        try f.write("2026/realizations/2026-03.md", Self.realization)

        let checked = f.check()
        #expect(checked.diagnostics.filter { $0.severity == .error } == [])
        let loaded = try #require(checked.content.year(2026)?.realizations.first)
        #expect(loaded.period == Period("2026-03"))
        #expect(loaded.dataFile == "2026-03.csv")
        let got = loaded.rows.map { r in
            "\(r.package ?? "-")/\(r.indicator) v=\(r.value.map { "\($0)" } ?? "nil") n=\(r.numerator.map { "\($0)" } ?? "nil") d=\(r.denominator.map { "\($0)" } ?? "nil") note=\(r.note ?? "")"
        }
        #expect(got == [
            "-/IK-03 v=31.0 n=nil d=nil note=",
            "9/IK-01 v=27.5 n=nil d=nil note=",
            "52011235/IK-02 v=nil n=40500000.0 d=450000000.0 note=hemat; sesuai HPS",
            "52011234/IK-01 v=30.25 n=nil d=nil note=sanggah \"banding\"",
            "52011300/IK-02 v=nil n=0.0 d=800000000.0 note=",
        ])
        // Each row points at its line in the CSV (header on line 1, IK-03 on line 2).
        #expect(loaded.rows.map(\.positions.origin.line) == [2, 4, 5, 6, 7])
        #expect(loaded.rows.allSatisfy { $0.period == Period("2026-03") })
    }

    @Test func readerIgnoresContextColumnsAndReportsEveryBadCell() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/realizations/2026-03.md", Self.realization)
        try f.write("2026/realizations/2026-03.csv", """
            package,indicator,value,numerator,denominator,note,nama_paket,opd,judul_indikator,satuan,target
            ,IK-03,12,,,,,,Jumlah paket,paket,tiga puluh
            9,IK-01,,,,belum ada paket selesai,Pengadaan ATK,Dinkes,Waktu,hari,32
            52011234,IK-01,0,,,,Jalan,DPUPR,Waktu,hari,32
            52011235,IK-02,,4O.000,abc,,Alkes,Dinkes,Efisiensi,%,10
            52011300,IK-02,,1,2,3,4
            52011234,IK-01,27.5x,,,,Jalan,DPUPR,Waktu,hari,32

            """)
        let checked = f.check()
        let csv = "content/2026/realizations/2026-03.csv"
        let errors = checked.diagnostics.filter { $0.severity == .error && $0.file == csv }
        #expect(errors.map { "\($0.location) \($0.code) \($0.message)" } == [
            "\(csv):5:17 KJ010 `numerator`: `4O.000` is not a number",
            "\(csv):5:24 KJ010 `denominator`: `abc` is not a number",
            "\(csv):6:1 KJ010 row has 7 columns, the header has 11",
            "\(csv):7:16 KJ010 `value`: `27.5x` is not a number",
        ])
        let rows = try #require(checked.content.year(2026)?.realizations.first?.rows)
        // The context column `target` is never read; the empty row of package 9 is "not
        // reported"; a reported 0 is a value; rows with a bad cell are left out.
        #expect(rows.map { "\($0.package ?? "-")/\($0.indicator)=\($0.value.map { "\($0)" } ?? "nil")" }
            == ["-/IK-03=12.0", "52011234/IK-01=0.0"])
    }

    @Test func semicolonFilesGroupThousandsWithDots() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/realizations/2026-03.md", Self.realization)
        try f.write("2026/realizations/2026-03.csv", "package;indicator;value;numerator;denominator\n;IK-03;1.500;;\n9;IK-01;12,5;;\n52011235;IK-02;;1.250.000,50;2.000.000\n")
        let rows = try #require(f.check().content.year(2026)?.realizations.first?.rows)
        #expect(rows.map(\.value) == [1500, 12.5, nil])
        #expect(rows[2].numerator == 1_250_000.5)
        #expect(rows[2].denominator == 2_000_000)
        // With `,` a single dot stays a decimal point.
        try f.write("2026/realizations/2026-03.csv", "package,indicator,value\n,IK-03,1.500\n")
        #expect(try #require(f.check().content.year(2026)?.realizations.first?.rows).map(\.value) == [1.5])
    }
}
