import Testing
import KinerjaCore
@testable import KinerjaSite

/// Reports in the LKjIP shape (docs/reports.md): the sample's annual report 2025 in full and
/// its quarterly report 2026-Q3 in the short form.
@Suite(.enabled(if: SampleSite.exists, "the sample content is not in this checkout"))
struct LKjIPReportTests {
    static let annual = "2025/reports/2025/index.html"
    static let quarterly = "2026/reports/2026-Q3/index.html"

    /// The text between the element with `id` and the next `</table>` (or the page's end).
    static func part(_ html: String, from id: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\"") else { return nil }
        let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex)?.upperBound ?? html.endIndex
        return String(html[start.lowerBound..<end])
    }

    static func offsets(_ html: String, _ needles: [String]) -> [Int?] {
        needles.map { n in html.range(of: n).map { html.distance(from: html.startIndex, to: $0.lowerBound) } }
    }

    @Test func annualReportHasTheChaptersInOrderWithATableOfContents() throws {
        let html = try SampleSite.page(Self.annual)
        let headings = [#"<h2 id="toc-h">Daftar isi</h2>"#,
                        #"<h2 id="bab-1">Bab I Pendahuluan</h2>"#,
                        #"<h2 id="bab-2">Bab II Perencanaan Kinerja</h2>"#,
                        #"<h3 id="bab-2a">A. Rencana Strategis</h3>"#,
                        #"<h3 id="bab-2b">B. Rencana Kinerja Tahunan</h3>"#,
                        #"<h3 id="bab-2c">C. Perjanjian Kinerja</h3>"#,
                        #"<h2 id="bab-3">Bab III Akuntabilitas Kinerja</h2>"#,
                        #"<h3 id="bab-3a">A. Capaian Kinerja Organisasi</h3>"#,
                        #"<h3 id="bab-3b">B. Realisasi Anggaran</h3>"#,
                        #"<h2 id="bab-4">Bab IV Penutup</h2>"#,
                        #"<h2 id="pk-h">Lampiran: Perjanjian Kinerja</h2>"#]
        let at = Self.offsets(html, headings)
        for (h, o) in zip(headings, at) { #expect(o != nil, "\(h)") }
        let found = at.compactMap { $0 }
        #expect(found == found.sorted() && found.count == headings.count)
        // The contents link every chapter.
        #expect(html.contains(##"<li><a href="#bab-3">Bab III Akuntabilitas Kinerja</a>"##))
        #expect(html.contains(##"<li><a href="#pk-h">Lampiran: Perjanjian Kinerja</a></li>"##))
        // Bab I: the unit and the plan body's profile sections.
        #expect(html.contains("disusun oleh Bagian Pengadaan Barang dan Jasa, Sekretariat Daerah Kabupaten Kutai Kartanegara sesuai PermenPANRB 53/2014 dan menyajikan capaian 12 indikator kinerja pada 5 area strategis"))
        let bab1 = try #require(html.range(of: #"id="bab-1""#).flatMap { s in
            html.range(of: #"id="bab-2""#).map { String(html[s.lowerBound..<$0.lowerBound]) } })
        #expect(bab1.contains("<h4>Tugas dan fungsi</h4>"))
        #expect(bab1.contains("<h4>Isu strategis</h4>"))
        #expect(!bab1.contains("Latar belakang"))
        // Bab II: the Renstra's end and yearly targets next to the plan's.
        let renstra = try #require(Self.part(html, from: "bab-2a"))
        #expect(renstra.contains("Rencana Strategis UKPBJ 2021–2026 menetapkan target akhir periode 2021–2026"))
        #expect(renstra.contains(#"Rata-rata waktu pemilihan penyedia melalui tender</a></th><td class="num" role="cell" data-label="Target akhir">28 hari</td><td class="num" role="cell" data-label="Target Renstra tahun ini">32 hari</td><td class="num" role="cell" data-label="Target 2025">32 hari</td></tr>"#))
        #expect(html.contains("Rencana Kinerja UKPBJ Kabupaten Kutai Kartanegara 2025 disetujui oleh Kepala UKPBJ pada 16 Januari 2025, dengan tujuan berikut."))
        #expect(html.contains("Perjanjian Kinerja memuat 12 indikator dengan target tahunannya, disetujui oleh Kepala UKPBJ"))
        // The annual report has no action progress table of the short form.
        #expect(!html.contains(#"id="progress-h""#))
    }

    @Test func annualReportShowsYearsMediumTermAndBudget() throws {
        let html = try SampleSite.page(Self.annual)
        // IK-01 over three years: the 2023 baseline, 2024 and 2025 final values with capaian.
        let years = try #require(Self.part(html, from: "years-h"))
        #expect(years.contains(#"<th scope="col" role="columnheader" class="num">2023</th><th scope="col" role="columnheader" class="num">2024</th><th scope="col" role="columnheader" class="num">2025</th><th scope="col" role="columnheader" class="num">Target 2025</th>"#))
        #expect(years.contains(#"Rata-rata waktu pemilihan penyedia melalui tender</a></th><td class="num" role="cell" data-label="2023">34,4 hari<span class="sub">baseline</span></td><td class="num" role="cell" data-label="2024">33,6 hari<span class="sub">97,6 %</span></td><td class="num" role="cell" data-label="2025">30,39 hari<span class="sub">105,0 %</span></td><td class="num" role="cell" data-label="Target 2025">32 hari</td></tr>"#))
        // Progress towards the 2021–2026 end target.
        let mt = try #require(Self.part(html, from: "mt-h"))
        #expect(mt.contains(#"Rata-rata waktu pemilihan penyedia melalui tender</a></th><td class="num" role="cell" data-label="Realisasi">30,39 hari</td><td class="num" role="cell" data-label="Target tahun ini">32 hari</td><td class="num" role="cell" data-label="Target akhir">28 hari</td><td class="num" role="cell" data-label="Kemajuan">91,5 %</td></tr>"#))
        // The national standard of IK-12 (`standard:`), not met in 2025.
        let std = try #require(Self.part(html, from: "std-h"))
        #expect(std.contains(#"usaha mikro dan kecil</a></th><td class="num" role="cell" data-label="Standar">40 %</td><td role="cell" data-label="Dasar">Perpres 16/2018 jo. Perpres 12/2021 Pasal 65 ayat (4)</td><td class="num" role="cell" data-label="Realisasi">36,76 %</td><td role="cell" data-label="Keterangan">Belum memenuhi standar</td></tr>"#))
        // Bab III.B: the year-end budget lines of 2025-12 and their total.
        let budget = try #require(Self.part(html, from: "bab-3b"))
        #expect(budget.contains(#"<td class="num" role="cell" data-label="Pagu">Rp400.000.000</td><td class="num" role="cell" data-label="Realisasi anggaran">Rp372.000.000</td><td class="num" role="cell" data-label="Penyerapan">93,0 %</td>"#))
        #expect(budget.contains(#"<tr role="row" class="total"><th scope="row" role="rowheader">Jumlah</th><td class="num" role="cell" data-label="Pagu">Rp1.360.000.000</td><td class="num" role="cell" data-label="Realisasi anggaran">Rp1.269.500.000</td><td class="num" role="cell" data-label="Penyerapan">93,3 %</td>"#))
        // Efficiency of resources in III.A.
        #expect(html.contains("<li>Ketepatan Waktu: Capaian kinerja 105,6 % · Penyerapan 93,0 % · Efisiensi 1,14</li>"))
        // Bab IV: the counted summary and the body's closing section, not repeated in III.A.
        #expect(html.contains("<p>Sampai akhir Tahun 2025, 12 dari 12 indikator telah diukur: 9 mencapai target dan 3 belum mencapai target.</p>"))
        let bab4 = try #require(html.range(of: #"id="bab-4""#).map { String(html[$0.lowerBound...]) })
        #expect(bab4.contains("<h3>Arah 2026</h3>"))
        #expect(html.components(separatedBy: "Arah 2026</h").count == 2)
        #expect(html.contains("<h5>Ringkasan</h5>"))
    }

    @Test func quarterlyReportHasTheShortForm() throws {
        let html = try SampleSite.page(Self.quarterly)
        #expect(!html.contains(#"id="bab-2""#))
        #expect(!html.contains(#"id="years-h""#))
        #expect(!html.contains(#"aria-labelledby="pk-h""#))
        #expect(html.contains("<p class=\"muted\">Bentuk ringkas laporan periodik: Bab II Perencanaan Kinerja hanya ada pada laporan tahunan.</p>"))
        let at = Self.offsets(html, [#"<h2 id="bab-1">Bab I Pendahuluan</h2>"#, #"<h2 id="bab-3">Bab III Akuntabilitas Kinerja</h2>"#,
                                     #"<h3 id="bab-3b">B. Realisasi Anggaran</h3>"#, #"<h2 id="bab-4">Bab IV Penutup</h2>"#])
        let found = at.compactMap { $0 }
        #expect(found.count == 4 && found == found.sorted())
        #expect(html.contains("<p>Laporan kinerja Triwulan III 2026 Bagian Pengadaan Barang dan Jasa, Sekretariat Daerah Kabupaten Kutai Kartanegara: capaian 12 indikator kinerja pada 5 area strategis sampai akhir periode, kemajuan rencana aksi, dan realisasi anggaran.</p>"))
        // Action plan progress at the quarter: planned vs reported, behind flagged.
        let progress = try #require(Self.part(html, from: "progress-h"))
        #expect(progress.contains(#"<td role="cell" data-label="Periode">Triwulan III 2026</td><td class="num" role="cell" data-label="rencana">75 %</td><td class="num behind" role="cell" data-label="realisasi">73 % <span class="sub">di bawah rencana</span></td></tr>"#))
        #expect(progress.contains(#"<td class="code" role="cell" data-label="Kode">RA-02-1</td>"#))
        let budget = try #require(Self.part(html, from: "bab-3b"))
        #expect(budget.contains(#"<th scope="row" role="rowheader">Jumlah</th><td class="num" role="cell" data-label="Pagu">Rp1.425.000.000</td><td class="num" role="cell" data-label="Realisasi anggaran">Rp996.000.000</td><td class="num" role="cell" data-label="Penyerapan">69,9 %</td>"#))
        #expect(html.contains("<p>Sampai akhir Triwulan III 2026, 11 dari 12 indikator telah diukur: 5 mencapai target dan 6 belum mencapai target.</p>"))
    }

    @Test func englishReportsUseEnglishLabelsAndNumbers() throws {
        let annual = try SampleSite.page("en/" + Self.annual)
        #expect(annual.contains(#"<h2 id="bab-3">Chapter III Performance Accountability</h2>"#))
        #expect(annual.contains(#"<tr role="row" class="total"><th scope="row" role="rowheader">Total</th><td class="num" role="cell" data-label="Budget ceiling (pagu)">Rp1,360,000,000</td><td class="num" role="cell" data-label="Spent">Rp1,269,500,000</td><td class="num" role="cell" data-label="Absorption">93.3%</td>"#))
        let q3 = try SampleSite.page("en/" + Self.quarterly)
        #expect(q3.contains("<p>By the end of Q3 2026, 11 of 12 indicators are measured: 5 met their target and 6 did not.</p>"))
        #expect(!q3.contains(#"id="bab-2""#))
    }

    /// A lower-is-better indicator meets its standard at or below it.
    @Test func standardOfANegativeIndicator() throws {
        var content = SiteFixture.content()
        let n = try #require(content.years[0].indicators.firstIndex { $0.polarity == .negative && $0.id == "IK-07" })
        content.years[0].indicators[n].standard = Standard(value: 40, source: "Standar layanan")
        content.years[0].reports.append(Report(period: Period("2026")!, positions: SiteFixture.at))
        let files = try SiteFixture.build(content)
        let annual = try #require(SiteFixture.page(files, "2026/reports/2026/index.html"))
        let std = try #require(Self.part(annual, from: "std-h"))
        #expect(std.contains(#"<td class="num" role="cell" data-label="Standar">40 hari</td><td role="cell" data-label="Dasar">Standar layanan</td>"#))
        #expect(std.contains("Memenuhi standar"))
        // The open data carries it (docs/open-data.md, `standard`).
        let json = try #require(SiteFixture.page(files, "data/2026/indicators.json"))
        #expect(json.contains(#""medium_term":null,"standard":{"value":40,"source":"Standar layanan"},"decision":"#))
        #expect(json.contains(#""standard":null"#))
        content.years[0].indicators[n].standard = Standard(value: 20)
        let below = try #require(SiteFixture.page(try SiteFixture.build(content), "2026/reports/2026/index.html"))
        #expect(try #require(Self.part(below, from: "std-h")).contains(#"<td role="cell" data-label="Dasar">–</td>"#))
        #expect(try #require(Self.part(below, from: "std-h")).contains("Belum memenuhi standar"))
        let belowJSON = try #require(SiteFixture.page(try SiteFixture.build(content), "data/2026/indicators.json"))
        #expect(belowJSON.contains(#""standard":{"value":20,"source":null}"#))
    }

    @Test func bodySectionsSplitAtSecondLevelHeadings() {
        let s = ReportSections("Lead.\n\n## Analisis\n\nA.\n\n```\n## not a heading\n```\n\n## Penutup\n\nEnd.\n\n## Arah 2027\n\nNext.")
        #expect(s.sections.map(\.heading) == ["Analisis", "Penutup", "Arah 2027"])
        #expect(s.matching(ReportSections.closingHeadings) == "## Penutup\n\nEnd.\n\n\n## Arah 2027\n\nNext.")
        #expect(s.excluding(ReportSections.closingHeadings) == "Lead.\n\n\n## Analisis\n\nA.\n\n```\n## not a heading\n```\n")
        #expect(ReportSections("No headings.").matching(ReportSections.profileHeadings) == "")
    }
}
