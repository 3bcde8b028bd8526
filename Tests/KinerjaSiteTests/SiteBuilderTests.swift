import Foundation
import KinerjaCore
import Testing
@testable import KinerjaSite

@Suite struct SiteBuilderTests {
    @Test func writesEveryPageKindInBothLanguages() throws {
        let files = try SiteFixture.build()
        let paths = Set(files.map(\.path))
        for page in ["index.html", "2026/index.html", "2026/status/index.html", "2026/areas/waktu/index.html",
                     "2026/indicators/IK-07/index.html", "2026/opd/1.03.01/index.html", "2026/packages/index.html",
                     "2026/packages/52011234/index.html", "2026/reports/2026-Q1/index.html", "reports/index.html",
                     "2026/changes/index.html", "data/index.html", "404.html", "reports/feed.xml"] {
            #expect(paths.contains(page), "\(page)")
            #expect(paths.contains("en/" + page), "en/\(page)")
        }
        #expect(paths.contains("sitemap.xml"))
        #expect(paths.contains("robots.txt"))
        #expect(paths.contains("assets/site.css"))
        // Only packages with a .md body get a page.
        #expect(!paths.contains("2026/packages/52011235/index.html"))
    }

    @Test func indicatorPageShowsCapaianTargetAndRealizationInIndonesian() throws {
        let html = try #require(SiteFixture.page(try SiteFixture.build(), "2026/indicators/IK-07/index.html"))
        // Q1: mean of 30 and 33 = 31.5 days against 32; negative polarity: (2 − 31.5/32) × 100 = 101.5625.
        #expect(html.contains("<html lang=\"id\">"))
        // Numbers are matched with their markup: "1,6 %" alone would also match "101,6 %".
        #expect(html.contains("<span class=\"big\">101,6 %</span>"))
        #expect(html.contains("<dt>Realisasi</dt><dd>31,5 hari</dd>"))
        #expect(html.contains("<dt>Target</dt><dd>32 hari</dd>"))
        #expect(html.contains("Triwulan I 2026"))
        #expect(html.contains("Sangat tinggi"))
        #expect(html.contains("<th scope=\"row\">Baseline</th><td>35 hari (2025)</td>"))
    }

    @Test func indicatorPageShowsTheSameNumbersInEnglish() throws {
        let html = try #require(SiteFixture.page(try SiteFixture.build(), "en/2026/indicators/IK-07/index.html"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<span class=\"big\">101.6%</span>"))
        #expect(html.contains("<dt>Realization</dt><dd>31.5 hari</dd>"))
        #expect(html.contains("<th scope=\"row\" role=\"rowheader\">Q1 2026</th>"))
        #expect(html.contains("<span class=\"verdict verdict-met\"><span class=\"verdict-mark\" aria-hidden=\"true\">✓</span> Met</span>"))
        #expect(html.contains("Very high"))
    }

    @Test func ratioIndicatorAndRupiahFormatting() throws {
        let files = try SiteFixture.build()
        let id = try #require(SiteFixture.page(files, "2026/indicators/IK-06/index.html"))
        // 30 000 000 / 250 000 000 × 100 = 12 % against 10 % → capaian 120 % (the cap).
        // With the markup: `contains("12 %")` would also match "112 %".
        #expect(id.contains("<dt>Realisasi</dt><dd>12 %</dd>"))
        #expect(id.contains("data-label=\"Realisasi\">12 %</td><td class=\"num\" role=\"cell\" data-label=\"Target\">10 %</td>"))
        #expect(id.contains("<span class=\"big\">120,0 %</span>"))
        let packages = try #require(SiteFixture.page(files, "2026/packages/index.html"))
        #expect(packages.contains("<td class=\"num money\" role=\"cell\" data-label=\"Pagu\">Rp1.500.000.000</td>"))
        #expect(packages.contains("Total pagu: <strong>Rp2.500.000.000</strong>"))
        let en = try #require(SiteFixture.page(files, "en/2026/packages/index.html"))
        #expect(en.contains("<td class=\"num money\" role=\"cell\" data-label=\"Budget ceiling (pagu)\">Rp1,500,000,000</td>"))
    }

    @Test func userTextIsEscaped() throws {
        let content = SiteFixture.content(indicatorTitle: "Waktu <script>alert(\"x\")</script> & lainnya")
        let files = try SiteFixture.build(content)
        for path in ["2026/indicators/IK-07/index.html", "2026/index.html", "2026/areas/waktu/index.html"] {
            let html = try #require(SiteFixture.page(files, path))
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(html.contains("Waktu &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; lainnya"), "\(path)")
        }
        // Raw HTML in Markdown is omitted (cmark's safe default).
        let report = try #require(SiteFixture.page(files, "2026/reports/2026-Q1/index.html"))
        // Its `##` heading sits below Bab III (h2), A. (h3) and the analysis heading (h4).
        #expect(report.contains("<h5>Ringkasan</h5>"))
        #expect(!report.contains("<script>alert(1)"))
    }

    @Test func linksCarryTheBaseURLPath() throws {
        let files = try SiteFixture.build(baseURL: "https://pemda.example.go.id/kinerja/")
        let html = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(html.contains("href=\"/kinerja/assets/site.css\""))
        #expect(html.contains("href=\"/kinerja/2026/areas/waktu/\""))
        #expect(html.contains("href=\"/kinerja/en/2026/indicators/IK-07/\""))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://pemda.example.go.id/kinerja/2026/indicators/IK-07/\">"))
        // Every root-relative link stays under the sub-path.
        for file in files where file.path.hasSuffix(".html") {
            let text = String(decoding: file.bytes, as: UTF8.self)
            for link in SiteBuilderTests.links(in: text) where link.hasPrefix("/") {
                #expect(link.hasPrefix("/kinerja/"), "\(file.path): \(link)")
            }
        }
        let sitemap = try #require(SiteFixture.page(files, "sitemap.xml"))
        #expect(sitemap.contains("<loc>https://pemda.example.go.id/kinerja/en/2026/status/</loc>"))
        let robots = try #require(SiteFixture.page(files, "robots.txt"))
        #expect(robots.contains("Sitemap: https://pemda.example.go.id/kinerja/sitemap.xml"))
    }

    @Test func everyInternalLinkPointsAtABuiltFile() throws {
        let files = try SiteFixture.build(baseURL: "/sub/")
        let paths = Set(files.map(\.path))
        for file in files where file.path.hasSuffix(".html") {
            for link in SiteBuilderTests.links(in: String(decoding: file.bytes, as: UTF8.self)) where link.hasPrefix("/sub/") {
                var target = String(link.dropFirst("/sub/".count))
                if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = String(target[..<cut]) }
                if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                #expect(paths.contains(target), "\(file.path) links to missing \(link)")
            }
        }
    }

    @Test func languageSwitchPointsAtTheSamePage() throws {
        let files = try SiteFixture.build()
        let id = try #require(SiteFixture.page(files, "2026/status/index.html"))
        #expect(id.contains("<a href=\"/en/2026/status/\" hreflang=\"en\" lang=\"en\">English</a>"))
        let en = try #require(SiteFixture.page(files, "en/2026/status/index.html"))
        #expect(en.contains("<a href=\"/2026/status/\" hreflang=\"id\" lang=\"id\">Bahasa Indonesia</a>"))
    }

    @Test func areaPageListsTheLargestPackagesAndLinksToTheRest() throws {
        var content = SiteFixture.content()
        content.years[0].packages += (1...250).map { i in
            Package(kdRup: "6\(1000 + i)", namaPaket: "Paket \(i)", kdSatker: "1.02.01", pagu: Int64(i) * 1_000_000,
                    metodePengadaan: "Pengadaan Langsung", area: "biaya", positions: SiteFixture.at)
        }
        let html = try #require(SiteFixture.page(try SiteFixture.build(content), "2026/areas/biaya/index.html"))
        #expect(html.components(separatedBy: "<tr role=\"row\" data-opd=").count - 1 == PackageRow.pageLimit)
        #expect(html.contains("Paket 250<"))  // the largest pagu is listed
        #expect(!html.contains("Paket 1<"))   // the smallest is not
        #expect(html.contains("<a href=\"/2026/packages/?area=biaya\">Ditampilkan 200 paket dengan pagu terbesar dari 251 paket"))
    }

    @Test func oneLanguageSiteHasNoSwitchAndNoLanguageFolder() throws {
        var content = SiteFixture.content()
        content.site.languages = ["en"]
        let files = try SiteFixture.build(content)
        let html = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<span class=\"big\">101.6%</span>"))
        #expect(!html.contains("lang-switch"))
        #expect(!files.contains { $0.path.hasPrefix("en/") || $0.path.hasPrefix("id/") })
    }

    @Test func siteWithoutYearsStillBuilds() throws {
        var content = SiteFixture.content()
        content.years = []
        let files = try SiteFixture.build(content)
        let home = try #require(SiteFixture.page(files, "index.html"))
        #expect(home.contains("Belum ada rencana kinerja."))
        #expect(SiteFixture.page(files, "reports/index.html")?.contains("Belum ada laporan.") == true)
    }

    @Test func dataPageListsTheOpenDataFilesWithWhatTheyHold() throws {
        let files = try SiteFixture.build()
        let html = try #require(SiteFixture.page(files, "data/index.html"))
        #expect(html.contains("<a href=\"/data/datapackage.json\" translate=\"no\">datapackage.json</a>"))
        #expect(html.contains("<a href=\"/data/2026/indicators.json\" translate=\"no\">indicators.json</a>"))
        #expect(html.contains("Indikator dengan target dan capaian per periode (JSON)"))
        // datapackage.json (all years) comes before the year's files.
        let all = try #require(html.range(of: "datapackage.json")), year = try #require(html.range(of: "2026/indicators.json"))
        #expect(all.lowerBound < year.lowerBound)
        let indicator = try #require(SiteFixture.page(files, "en/2026/indicators/IK-07/index.html"))
        #expect(indicator.contains("<a href=\"/data/2026/indicators.csv\"><span translate=\"no\">indicators.csv</span></a>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let a = try SiteFixture.build()
        let b = try SiteFixture.build()
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a == b)
    }

    @Test func missingTemplateFailsTheBuildNamingIt() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: SiteFixture.templates, to: folder.url.appendingPathComponent("t"))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("t/report.mustache"))
        let builder = SiteBuilder(content: SiteFixture.content(), templates: folder.url.appendingPathComponent("t"),
                                  generated: SiteFixture.generated)
        #expect(throws: TemplateError.missingTemplate(name: "report", folder: folder.url.appendingPathComponent("t").path)) {
            try builder.render()
        }
    }

    @Test func missingUIStringFailsTheBuildNamingKeyAndLanguage() throws {
        let folder = try TemporaryFolder()
        let t = folder.url.appendingPathComponent("t")
        try FileManager.default.copyItem(at: SiteFixture.templates, to: t)
        let en = t.appendingPathComponent("i18n/en.yaml")
        let text = try String(contentsOf: en, encoding: .utf8).replacingOccurrences(of: "    late_count: Late\n", with: "")
        try text.write(to: en, atomically: true, encoding: .utf8)
        #expect(throws: LocalizationError.missingString(language: "en", key: "status.late_count")) {
            try SiteBuilder(content: SiteFixture.content(), templates: t, generated: SiteFixture.generated).render()
        }
    }

    static func links(in html: String) -> [String] {
        var out: [String] = []
        var rest = Substring(html)
        while let r = rest.range(of: "href=\"") {
            rest = rest[r.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            out.append(String(rest[..<end]))
            rest = rest[end...]
        }
        return out
    }
}

/// A folder below the system's temporary folder, removed when released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite struct PublishedSchemaTests {
    @Test func theSitePublishesEveryContentSchemaUnderSchemas() throws {
        let files = try SiteFixture.build()
        for kind in ContentSchema.all {
            let file = try #require(files.first { $0.path == "schemas/\(kind.name).schema.json" }, "\(kind.name)")
            #expect(String(decoding: file.bytes, as: UTF8.self) == JSONSchema.text(kind))
        }
        #expect(files.filter { $0.path.hasPrefix("schemas/") }.count == ContentSchema.all.count)
    }
}

/// A verdict stands beside every rating (docs/scoring.md, "Verdicts"): also in the OPD
/// breakdown, the package rows and the years table.
@Suite struct VerdictEverywhereTests {
    @Test func everyBandHasItsVerdict() throws {
        let files = try SiteFixture.build()
        for path in ["2026/opd/1.03.01/index.html", "2026/packages/52011234/index.html", "2026/indicators/IK-07/index.html"] {
            let html = try #require(SiteFixture.page(files, path))
            let bands = html.components(separatedBy: "class=\"band band-").count - 1
            let verdicts = html.components(separatedBy: "class=\"verdict verdict-").count - 1
            #expect(bands > 0 && verdicts >= bands, "\(path): \(bands) bands, \(verdicts) verdicts")
        }
        let opd = try #require(SiteFixture.page(files, "2026/opd/1.03.01/index.html"))
        #expect(opd.contains("<span class=\"verdict verdict-met\"><span class=\"verdict-mark\" aria-hidden=\"true\">✓</span> Tercapai</span>"))
    }
}
