import Testing
import KinerjaCore
@testable import KinerjaSite

/// Tindak lanjut across reports (docs/content.md "Follow-up").
@Suite struct FollowUpTests {
    static let at = SiteFixture.at

    /// Q1 recommends two things (one with an id, owner and due date); Q2 marks REK-1 done
    /// and analyses IK-07; Q3 drops Q1's second recommendation.
    static func content() -> Content {
        var content = SiteFixture.content()
        let q = { (i: Int) in Period(year: 2026, kind: .quarter, index: i)! }
        var q1 = content.years[0].reports[0]
        q1.recommendations = [
            Recommendation(indicator: "IK-07", text: "Percepat reviu dokumen", id: "REK-1", owner: "Pokja Pemilihan",
                           due: SimpleDate(year: 2026, month: 6, day: 30), positions: at),
            Recommendation(indicator: "IK-06", text: "Perkuat reviu HPS", positions: at),
        ]
        var q2 = Report(period: q(2), positions: at)
        q2.followUp = [FollowUp(recommendation: "REK-1", status: .done, note: "Reviu selesai Juni", positions: at)]
        q2.analysis = [IndicatorAnalysis(indicator: "IK-07", causes: "Dokumen persiapan terlambat",
                                         solutions: "Reviu sebelum pengumuman", positions: at)]
        var q3 = Report(period: q(3), positions: at)
        q3.followUp = [FollowUp(recommendation: "2026-Q1-R2", status: .dropped, note: nil, positions: at)]
        content.years[0].reports = [q1, q2, q3]
        return content
    }

    @Test func followUpTableAcrossReports() throws {
        let files = try SiteFixture.build(Self.content())
        let q2 = try #require(SiteFixture.page(files, "2026/reports/2026-Q2/index.html"))
        let table = try #require(YearSeriesPageTests.section(q2, "fu-h"))
        #expect(table.contains(#"<td class="code" role="cell" data-label="Kode">REK-1</td>"#))
        #expect(table.contains(#"<td role="cell" data-label="Penanggung jawab">Pokja Pemilihan</td><td class="nowrap" role="cell" data-label="Batas waktu">30 Juni 2026</td><td role="cell" data-label="Status"><span class="follow-up follow-up-done">Selesai</span><span class="sub">Triwulan II 2026</span></td><td class="wide" role="cell" data-label="Keterangan">Reviu selesai Juni</td>"#))
        #expect(table.contains(#"<td class="code" role="cell" data-label="Kode">2026-Q1-R2</td>"#))
        #expect(table.contains(#"<span class="follow-up follow-up-open">Belum ditindaklanjuti</span></td>"#))
        let analysis = try #require(YearSeriesPageTests.section(q2, "ana-h"))
        #expect(analysis.contains(#"<td class="wide" role="cell" data-label="Penyebab">Dokumen persiapan terlambat</td><td class="wide" role="cell" data-label="Solusi">Reviu sebelum pengumuman</td>"#))

        // Q3 lists Q1's two and Q2's none: REK-1 still done (from Q2), Q1-R2 dropped in Q3.
        let q3 = try #require(SiteFixture.page(files, "2026/reports/2026-Q3/index.html"))
        let later = try #require(YearSeriesPageTests.section(q3, "fu-h"))
        #expect(later.contains(#"<span class="follow-up follow-up-done">Selesai</span><span class="sub">Triwulan II 2026</span>"#))
        #expect(later.contains(#"<span class="follow-up follow-up-dropped">Tidak dilanjutkan</span><span class="sub">Triwulan III 2026</span>"#))
        #expect(later.components(separatedBy: #"<td class="code" role="cell""#).count == 3)
        // Q1 has nothing earlier to follow up.
        let q1 = try #require(SiteFixture.page(files, "2026/reports/2026-Q1/index.html"))
        #expect(!q1.contains(#"aria-labelledby="fu-h""#))
        #expect(q1.contains(#"<li id="rec-REK-1">"#))
    }
}
