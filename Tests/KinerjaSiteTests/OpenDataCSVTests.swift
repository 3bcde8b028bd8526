import Testing
import KinerjaCore
@testable import KinerjaSite

@Suite struct OpenDataCSVTests {
    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        #expect(CSVTableWriter.escape("plain text") == "plain text")
        #expect(CSVTableWriter.escape("a,b") == "\"a,b\"")
        #expect(CSVTableWriter.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTableWriter.escape("two\nlines") == "\"two\nlines\"")
        #expect(CSVTableWriter.escape("cr\rlf") == "\"cr\rlf\"")
        #expect(CSVTableWriter.escape("") == "")
    }

    @Test func realizationsCSVListsEveryRowInPeriodOrder() {
        let year = YearContent(year: 2026, folder: "content/2026", realizations: [
            Realization(period: Fixture.period("2026-02"), rows: [
                Fixture.row("2026-02", "IK-07", package: "52011234", value: 27, note: "selesai, \"tepat\"\nwaktu"),
                Fixture.row("2026-02", "IK-06", package: "52011234", numerator: 180_000_000, denominator: 1_500_000_000),
            ], positions: Fixture.here),
            Realization(period: Fixture.period("2026-01"), rows: [Fixture.row("2026-01", "IK-13", value: 81.2)],
                        positions: Fixture.here),
        ])
        let csv = Fixture.file(OpenData.files(content: Fixture.content(year), generated: "g"), "data/2026/realizations.csv")
        #expect(csv == "period,indicator,package,value,numerator,denominator,note\r\n"
            + "2026-01,IK-13,,81.2,,,\r\n"
            + "2026-02,IK-06,52011234,,180000000,1500000000,\r\n"
            + "2026-02,IK-07,52011234,27,,,\"selesai, \"\"tepat\"\"\nwaktu\"\r\n")
    }

    @Test func indicatorsCSVHasARowPerPeriod() {
        let csv = Fixture.file(OpenData.files(content: Fixture.designExample(), generated: "g"), "data/2026/indicators.csv")
        #expect(csv == "indicator,title,area,unit,polarity,period,value,target,capaian,band\r\n"
            + "IK-07,Rata-rata waktu pemilihan penyedia,waktu,hari,negative,2026-Q1,31.5,32,101.56,very-high\r\n")
    }

    @Test func packagesCSVUsesSIRUPColumnsAndFillsTheOPDName() {
        let package = Package(kdRup: "52011234", namaPaket: "Jalan poros, tahap II", kdSatker: "1.03.01",
                              pagu: 1_250_000_000, metodePengadaan: "Tender", jenisPengadaan: "Pekerjaan Konstruksi",
                              tglAwalPemilihan: SimpleDate(year: 2026, month: 2, day: 3), area: "waktu",
                              positions: Fixture.here)
        let year = YearContent(year: 2026, folder: "content/2026", packages: [package])
        let csv = Fixture.file(OpenData.files(content: Fixture.content(year), generated: "g"), "data/2026/packages.csv")
        #expect(PackagesTable.fields.map(\.name) == Package.columns)
        #expect(csv == Package.columns.joined(separator: ",") + "\r\n"
            + "52011234,\"Jalan poros, tahap II\",1.03.01,Dinas Pekerjaan Umum dan Penataan Ruang,1250000000,"
            + "Tender,Pekerjaan Konstruksi,,,,2026-02-03,waktu\r\n")
    }

    /// `pagu` is exact (Int64), and text cells that a spreadsheet would run as a formula get
    /// a leading `'` (docs/open-data.md); the negative number of a number column is not touched.
    @Test func packagesCSVIsExactAndGuardsFormulas() {
        let package = Package(kdRup: "52011234", namaPaket: "=HYPERLINK(\"http://x\",\"klik\")", kdSatker: "1.03.01",
                              namaSatker: "@Dinas", pagu: 9_007_199_254_740_993, metodePengadaan: "+Tender",
                              jenisPengadaan: "-Barang", sumberDana: "\tAPBD", area: "waktu", positions: Fixture.here)
        let year = YearContent(year: 2026, folder: "content/2026", packages: [package])
        let csv = Fixture.file(OpenData.files(content: Fixture.content(year), generated: "g"), "data/2026/packages.csv")
        #expect(csv == Package.columns.joined(separator: ",") + "\r\n"
            + "52011234,\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",1.03.01,'@Dinas,9007199254740993,"
            + "'+Tender,'-Barang,'\tAPBD,,,,waktu\r\n")
        #expect(TableCell.number(-5).csv == "-5")
        #expect(TableCell.integer(Int64.max).csv == "9223372036854775807")
    }
}
