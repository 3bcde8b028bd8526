import Foundation
import Testing
@testable import KinerjaCore

@Suite struct TemplateTests {
    private func make(_ period: String, opd: String? = nil, delimiter: Character = ",",
                      in fixture: DataEntryFixture) throws -> TemplateMaker.Output {
        let p = try #require(Period(period))
        let request = TemplateMaker.Request(root: fixture.root.path, display: "content", period: p, opd: opd,
                                            delimiter: delimiter, today: SimpleDate(year: 2026, month: 4, day: 10))
        switch TemplateMaker.make(request) {
        case let .success(out): return out
        case let .failure(f): Issue.record("template failed: \(f)"); throw f
        }
    }

    /// (package, indicator) of each row.
    private func keys(_ t: DataTable) -> [String] {
        t.rows.map { row in
            let pkg: String
            if case let .text(s) = row[0] { pkg = s } else { pkg = "-" }
            guard case let .text(ind) = row[1] else { return pkg + "/?" }
            return pkg + "/" + ind
        }
    }

    @Test func monthlyTemplateListsUnitRowsThenPackagesByOPDAndCode() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let out = try make("2026-03", in: f)
        #expect(out.table.header == ["package", "indicator", "value", "numerator", "denominator", "note",
                                     "nama_paket", "opd", "judul_indikator", "satuan", "target", "isi_kolom", "periode"])
        // Unit rows first; then OPD 1.02.01 (package 9 before 52011235), then 1.03.01.
        #expect(keys(out.table) == ["-/IK-03", "-/IK-04", "9/IK-01", "52011235/IK-02", "52011234/IK-01", "52011300/IK-02"])
        let targets = out.table.rows.map { $0[10] }
        // IK-03 is a sum: 120 × 3/12; IK-01 uses targets[2026-Q1]; the others their year target.
        #expect(targets == [.number(30), .number(3.4), .number(32), .number(10), .number(32), .number(10)])
        #expect(out.table.rows[3][7] == .text("Dinkes"))
        #expect(out.table.rows[3][11] == .text("numerator & denominator"))
        #expect(out.table.rows[2][11] == .text("value"))
        #expect(out.table.rows.allSatisfy { $0[2] == .empty && $0[3] == .empty && $0[4] == .empty })
    }

    @Test func coarserPeriodsLeaveOutFinerIndicators() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        // IK-02 and IK-03 are monthly: a quarterly realization of them would be KJ704.
        #expect(keys(try make("2026-Q1", in: f).table) == ["-/IK-04", "9/IK-01", "52011234/IK-01"])
        #expect(keys(try make("2026-S1", in: f).table) == ["-/IK-04"])
        #expect(keys(try make("2026", in: f).table) == ["-/IK-04"])
    }

    /// An indicator computed from SPSE results (`compute:`) gets its rows from
    /// `kinerja import spse`: the template does not ask its owner for them.
    @Test func computedIndicatorsAreLeftOut() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let ik01 = try String(contentsOfFile: f.path("2026/indicators/IK-01.md"), encoding: .utf8)
        try f.write("2026/indicators/IK-01.md", ik01.replacingOccurrences(
            of: "data_source: SPSE\n",
            with: "data_source: SPSE\ncompute: {from: spse, value: \"days(tgl_penetapan_pemenang - tgl_pengumuman_tender)\"}\n"))
        #expect(keys(try make("2026-03", in: f).table) == ["-/IK-03", "-/IK-04", "52011235/IK-02", "52011300/IK-02"])
    }

    @Test func opdTemplateHasOnlyThatOPDsPackages() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        #expect(keys(try make("2026-03", opd: "1.03.01", in: f).table) == ["52011234/IK-01", "52011300/IK-02"])
    }

    @Test func commaFileHasBOMCRLFAndQuotes() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let text = try make("2026-03", opd: "1.03.01", in: f).text
        #expect(text == "\u{FEFF}package,indicator,value,numerator,denominator,note,nama_paket,opd,judul_indikator,satuan,target,isi_kolom,periode\r\n"
            + "52011234,IK-01,,,,,Pembangunan Jalan Desa Sukamaju,DPUPR,Rata-rata waktu pemilihan penyedia,hari,32,value,2026-03\r\n"
            + "52011300,IK-02,,,,,\"Rehabilitasi Gedung \"\"B\"\", Lantai 2\",DPUPR,Persentase efisiensi pagu,%,10,numerator & denominator,2026-03\r\n")
        #expect(Array(try make("2026-03", in: f).data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func semicolonFileWritesDecimalCommas() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        let lines = try make("2026", delimiter: ";", in: f).text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("\u{FEFF}package;indicator;value;numerator;denominator;note;nama_paket;"))
        #expect(lines[1] == ";IK-04;;;;;;;Indeks kepuasan layanan;indeks;3,4;value;2026")
    }

    @Test func contentErrorsStopTheTemplate() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        try f.write("2026/indicators/IK-09.md", "---\ntitle: [unclosed\n---\n")
        let request = TemplateMaker.Request(root: f.root.path, display: "content", period: Period("2026-03")!)
        guard case let .failure(.content(diags)) = TemplateMaker.make(request) else {
            Issue.record("expected content errors")
            return
        }
        #expect(diags.contains { $0.code == "KJ003" && $0.file == "content/2026/indicators/IK-09.md" })
    }

    @Test func unknownYearAndOPDAreUsageErrors() throws {
        let f = try DataEntryFixture()
        defer { f.remove() }
        guard case let .failure(.usage(year)) = TemplateMaker.make(.init(root: f.root.path, period: Period("2027-01")!)) else {
            Issue.record("expected a usage error for the year")
            return
        }
        #expect(year == "the content has no year 2027 (years: 2026)")
        guard case let .failure(.usage(opd)) = TemplateMaker.make(.init(root: f.root.path, period: Period("2026-01")!, opd: "9.99")) else {
            Issue.record("expected a usage error for the OPD")
            return
        }
        #expect(opd == "`9.99` is not an OPD code in site.yaml; known codes: 1.02.01 (Dinkes), 1.03.01 (DPUPR), 63512 (Disdik)")
        guard case .failure(.usage) = TemplateMaker.make(.init(root: f.path("missing"), period: Period("2026-01")!)) else {
            Issue.record("expected a usage error for a missing folder")
            return
        }
    }
}
