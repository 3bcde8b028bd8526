import Foundation
import KinerjaCore
import Testing
@testable import KinerjaSite

/// Content in more than one language on the built pages (docs/site.md, "Languages"): English
/// titles and bodies where the content has them, and Indonesian text left on an English page
/// marked with `lang="id"` (WCAG 3.1.2).
@Suite struct LanguagePageTests {
    static func content() -> Content {
        var content = SiteFixture.content()
        content.site.titles = LocalizedText(languages: ["id": "Kinerja Pengadaan Kabupaten Contoh",
                                                        "en": "Procurement Performance of Contoh Regency"])
        content.years[0].indicators[0].titles = LocalizedText(languages: ["id": "Rata-rata waktu pemilihan penyedia",
                                                                          "en": "Average provider selection time"])
        content.years[0].areas[0].bodies["en"] = "Area of **time**."
        return content
    }

    @Test func theEnglishPageShowsTheEnglishTitleAndTheIndonesianPageTheIndonesianOne() throws {
        let files = try SiteFixture.build(Self.content())
        let en = try #require(SiteFixture.page(files, "en/2026/indicators/IK-07/index.html"))
        #expect(en.contains("<h1>Average provider selection time</h1>"))
        #expect(en.contains("<title>Average provider selection time · UKPBJ Contoh</title>"))
        #expect(en.contains("<span class=\"brand-title\">Procurement Performance of Contoh Regency</span>"))
        let id = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(id.contains("<h1>Rata-rata waktu pemilihan penyedia</h1>"))
        #expect(id.contains("<span class=\"brand-title\">Kinerja Pengadaan Kabupaten Contoh</span>"))
        let home = try #require(SiteFixture.page(files, "en/index.html"))
        #expect(home.contains("<h1>Procurement Performance of Contoh Regency</h1>"))
        #expect(home.contains("title=\"Average provider selection time\"><span class=\"tag\">IK-07</span> <span class=\"multiple-name\">Average provider selection time</span></a>"))
        #expect(home.contains("title=\"Persentase penghematan\" lang=\"id\"><span class=\"tag\">IK-06</span> <span class=\"multiple-name\"><span lang=\"id\">Persentase penghematan</span></span></a>"))
    }

    @Test func indicatorLinksInTablesCarryTheirLanguage() throws {
        let files = try SiteFixture.build(Self.content())
        // The report's snapshot rows and the year's SOP evidence link content titles.
        let report = try #require(SiteFixture.page(files, "en/2026/reports/2026-Q1/index.html"))
        #expect(report.contains("/indicators/IK-06/\"><span lang=\"id\">Persentase penghematan</span></a>"))
        #expect(report.contains("/indicators/IK-07/\">Average provider selection time</a>"))
        let year = try #require(SiteFixture.page(files, "en/2026/index.html"))
        #expect(year.contains("/areas/biaya/\"><span lang=\"id\">Penghematan Biaya</span></a><br>"))
        let status = try #require(SiteFixture.page(files, "en/2026/status/index.html"))
        #expect(status.contains("/indicators/IK-06/\"><span lang=\"id\">Persentase penghematan</span></a>"))
        let actions = try #require(SiteFixture.page(files, "en/2026/indicators/IK-07/index.html"))
        #expect(actions.contains("<th scope=\"row\" role=\"rowheader\"><span lang=\"id\">Standarisasi dokumen pemilihan</span>"))
        // The Indonesian page is unchanged: no lang mark on its own language.
        let id = try #require(SiteFixture.page(files, "2026/reports/2026-Q1/index.html"))
        #expect(id.contains("/indicators/IK-06/\">Persentase penghematan</a>"))
    }

    @Test func indonesianOnlyTextOnAnEnglishPageCarriesItsLanguage() throws {
        let files = try SiteFixture.build(Self.content())
        let en = try #require(SiteFixture.page(files, "en/2026/indicators/IK-06/index.html"))
        #expect(en.contains("<h1><span lang=\"id\">Persentase penghematan</span></h1>"))
        #expect(en.contains("<span aria-current=\"page\"><span lang=\"id\">Persentase penghematan</span></span>"))
        #expect(en.contains("/areas/biaya/\"><span lang=\"id\">Penghematan Biaya</span></a>"))
        #expect(en.contains("<span class=\"brand-short\"><span lang=\"id\">UKPBJ Contoh</span></span>"))
        #expect(en.contains("<p class=\"footer-unit\"><span lang=\"id\">Bagian Pengadaan Barang dan Jasa</span></p>"))
        // An Indonesian body on an English page is a block in Indonesian.
        let ik07 = try #require(SiteFixture.page(files, "en/2026/indicators/IK-07/index.html"))
        #expect(ik07.contains("<div class=\"prose\"><div lang=\"id\"><p>Waktu dari pengumuman sampai penetapan.</p>\n</div></div>"))
        // Indonesian pages have nothing to mark.
        let id = try #require(SiteFixture.page(files, "2026/indicators/IK-06/index.html"))
        #expect(!id.contains("lang=\"id\">Persentase"))
        #expect(id.contains("<h1>Persentase penghematan</h1>"))
    }

    /// Text that content never translates (SIRUP's package names and methods, OPD names,
    /// owners, formulas, notes, analysis) carries `lang="id"` on English pages — in cells,
    /// `<option>`s, `title` attributes, `<title>` and Open Graph tags — and nothing changes
    /// on the Indonesian pages.
    @Test func untranslatedContentInTablesFormsAndHeadCarriesItsLanguage() throws {
        let files = try SiteFixture.build(Self.content())
        let packages = try #require(SiteFixture.page(files, "en/2026/packages/index.html"))
        #expect(packages.contains("<option value=\"1.02.01\" lang=\"id\">Dinas Kesehatan</option>"))
        #expect(packages.contains("<option value=\"Tender\" lang=\"id\">Tender</option>"))
        #expect(packages.contains("title=\"Dinas Pekerjaan Umum dan Penataan Ruang\" lang=\"id\">DPUPR</a>"))
        #expect(packages.contains("<span lang=\"id\">Rehabilitasi Jalan Poros</span>"))
        #expect(packages.contains("data-label=\"Procurement method\"><span lang=\"id\">E-Purchasing</span></td>"))
        let indicator = try #require(SiteFixture.page(files, "en/2026/indicators/IK-07/index.html"))
        #expect(indicator.contains("<td lang=\"id\">Σ hari / paket</td>"))
        #expect(indicator.contains("<td lang=\"id\">SPSE</td>"))
        #expect(indicator.contains("<th scope=\"row\">Code</th><td>IK-07</td>"))
        let ik06 = try #require(SiteFixture.page(files, "en/2026/indicators/IK-06/index.html"))
        #expect(ik06.contains("<title lang=\"id\">Persentase penghematan · UKPBJ Contoh</title>"))
        #expect(ik06.contains("<meta property=\"og:title\" content=\"Persentase penghematan\" lang=\"id\">"))
        let report = try #require(SiteFixture.page(files, "en/2026/reports/2026-Q1/index.html"))
        #expect(report.contains("<dd lang=\"id\">Tim Pengelola Kelembagaan UKPBJ</dd>"))
        #expect(report.contains("<span lang=\"id\">Perkuat reviu HPS.</span>"))
        let year = try #require(SiteFixture.page(files, "en/2026/index.html"))
        #expect(year.contains("data-label=\"By\"><span lang=\"id\">Kepala UKPBJ</span></td>"))
        // A role inside a UI sentence keeps its language too.
        #expect(year.contains("approved 15 January 2026 by <span lang=\"id\">Kepala UKPBJ</span>"))
        let search = try #require(SiteFixture.page(files, "en/search/index.html"))
        #expect(search.contains("\"><span lang=\"id\">Persentase penghematan</span></a> <span class=\"muted\"><span translate=\"no\">IK-06</span> · 2026 · <span lang=\"id\">Penghematan Biaya</span></span>"))
        #expect(search.contains("\">Average provider selection time</a>"))
        // The Indonesian pages mark nothing.
        let id = try #require(SiteFixture.page(files, "2026/packages/index.html"))
        #expect(id.contains("<option value=\"1.02.01\">Dinas Kesehatan</option>"))
        #expect(id.contains("title=\"Dinas Pekerjaan Umum dan Penataan Ruang\">DPUPR</a>"))
        #expect(!id.contains("<span lang=\"id\">") && !id.contains("\" lang=\"id\">"))
        let idIndicator = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(idIndicator.contains("<td>Σ hari / paket</td>"))
        #expect(idIndicator.contains("<title>Rata-rata waktu pemilihan penyedia · UKPBJ Contoh</title>"))
    }

    /// An indicator's unit, formula and data source may be written per language: English
    /// pages show the English unit beside every figure, in the attributes and on the chart.
    @Test func unitFormulaAndDataSourceMayBeWrittenPerLanguage() throws {
        var content = Self.content()
        content.years[0].indicators[0].units = LocalizedText(languages: ["id": "hari", "en": "days"])
        content.years[0].indicators[0].formulas = LocalizedText(languages: ["id": "Σ hari / paket", "en": "Σ days / packages"])
        content.years[0].indicators[0].dataSources = LocalizedText(languages: ["id": "SPSE"])
        let files = try SiteFixture.build(content)
        let en = try #require(SiteFixture.page(files, "en/2026/indicators/IK-07/index.html"))
        #expect(en.contains("<tr><th scope=\"row\">Unit</th><td>days</td></tr>"))
        #expect(en.contains("<td>Σ days / packages</td>"))
        #expect(en.contains("<td lang=\"id\">SPSE</td>"))
        #expect(en.contains("<tr><th scope=\"row\">Year-end target</th><td>28 days</td></tr>"))
        #expect(en.contains("<text class=\"chart-unit\""))
        #expect(en.contains(">days</text>"))
        #expect(!en.contains(" hari<"))
        let id = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(id.contains("<tr><th scope=\"row\">Satuan</th><td>hari</td></tr>"))
        #expect(id.contains("<tr><th scope=\"row\">Target akhir tahun</th><td>28 hari</td></tr>"))
        #expect(!id.contains("days"))
    }

    @Test func anEnglishBodyIsShownOnTheEnglishPage() throws {
        let files = try SiteFixture.build(Self.content())
        let en = try #require(SiteFixture.page(files, "en/2026/areas/waktu/index.html"))
        #expect(en.contains("<div class=\"prose\"><p>Area of <strong>time</strong>.</p>\n</div>"))
        #expect(!en.contains("Area <strong>waktu</strong>"))
        let id = try #require(SiteFixture.page(files, "2026/areas/waktu/index.html"))
        #expect(id.contains("<div class=\"prose\"><p>Area <strong>waktu</strong>.</p>\n</div>"))
    }

    @Test func theNotFoundPageExistsInEachLanguage() throws {
        let files = try SiteFixture.build(Self.content())
        let en = try #require(SiteFixture.page(files, "en/404.html"))
        #expect(en.contains("<html lang=\"en\">"))
        #expect(en.contains("<h1>Page not found</h1>"))
        #expect(en.contains("The address you opened does not exist on this site."))
        #expect(!en.contains("Halaman tidak ditemukan"))
        let id = try #require(SiteFixture.page(files, "404.html"))
        #expect(id.contains("<h1>Halaman tidak ditemukan</h1>"))
    }
}

/// UI strings with HTML values (`Localizer.html`): the string's own text is escaped, the
/// values go in as they are, unknown placeholders stay visible.
@Suite struct PatternHTMLTests {
    @Test func fillsHTMLValuesAndEscapesTheRest() {
        let p = Pattern("Terlemah: {id} {title} (<{capaian}>) {missing}")
        let html = p.fill(html: ["id": HTML(raw: "IK-07"), "title": HTML(raw: "<span lang=\"id\">Judul &amp; isi</span>"),
                                 "capaian": HTML(raw: "64,3 %")])
        #expect(html.raw == "Terlemah: IK-07 <span lang=\"id\">Judul &amp; isi</span> (&lt;64,3 %&gt;) {missing}")
    }
}
