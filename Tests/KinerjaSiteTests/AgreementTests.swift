import Testing
import KinerjaCore
@testable import KinerjaSite

/// The Perjanjian Kinerja appendix of annual reports (docs/site.md).
@Suite struct AgreementTests {
    @Test func annualReportHasTheAgreementAppendix() throws {
        var content = SiteFixture.content()
        content.years[0].reports.append(Report(period: Period("2026")!, preparedBy: "Kepala Subbagian Pengelolaan PBJ",
                                               positions: SiteFixture.at))
        let files = try SiteFixture.build(content)
        let annual = try #require(SiteFixture.page(files, "2026/reports/2026/index.html"))
        let pk = try #require(annual.range(of: #"<section aria-labelledby="pk-h" class="appendix">"#).map { String(annual[$0.lowerBound...]) })
        #expect(pk.contains(#"<td role="cell" data-label="Sasaran / area">Ketepatan Waktu</td><th scope="row" role="rowheader">Rata-rata waktu pemilihan penyedia</th><td role="cell" data-label="Satuan">hari</td><td class="num" role="cell" data-label="Target">28 hari</td>"#))
        #expect(pk.contains(#"<div><dt>Pihak kedua</dt><dd>Kepala UKPBJ<span class="sub">15 Januari 2026</span></dd></div>"#))
        #expect(pk.contains(#"<div><dt>Pihak pertama</dt><dd>Kepala Subbagian Pengelolaan PBJ</dd></div>"#))
        // A quarterly report has none.
        let q1 = try #require(SiteFixture.page(files, "2026/reports/2026-Q1/index.html"))
        #expect(!q1.contains(#"aria-labelledby="pk-h""#))
    }
}
