import Foundation
@testable import KinerjaCore
import Testing
@testable import KinerjaSite

/// Search, per-indicator open data, the data licence, meta description and Open Graph tags,
/// and the year switch (README, "Search" and "Open data"; docs/site.md, docs/open-data.md).
struct DiscoverTests {
    static func json(_ files: [OutputFile], _ path: String) throws -> [String: Any] {
        let file = try #require(files.first { $0.path == path }, "\(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
    }

    /// The fixture with a second year, 2025, holding the same area and IK-07 and a Q1 report.
    static func twoYears() -> Content {
        var content = SiteFixture.content()
        let y2026 = content.years[0]
        let p = Period(year: 2025, kind: .quarter, index: 1)!
        var report = y2026.reports[0]
        report.period = p
        let indicators = y2026.indicators.filter { $0.id == "IK-07" }
        let y2025 = YearContent(year: 2025, folder: "content/2025", plan: y2026.plan, areas: y2026.areas,
                                indicators: indicators, packages: [], realizations: [], reports: [report])
        content.years = [y2025, y2026]
        return content
    }

    @Test func searchIndexHasEveryKindWithItsURL() throws {
        let files = try SiteFixture.build()
        let index = try Self.json(files, "search-index.json")
        #expect(index["lang"] as? String == "id")
        let entries = try #require(index["entries"] as? [[String: Any]])
        func entry(_ kind: String, _ id: String) -> [String: Any]? {
            entries.first { $0["kind"] as? String == kind && $0["id"] as? String == id }
        }
        #expect(entry("indicator", "IK-07")?["url"] as? String == "/2026/indicators/IK-07/")
        #expect(entry("indicator", "IK-07")?["title"] as? String == "Rata-rata waktu pemilihan penyedia")
        #expect(entry("indicator", "IK-07")?["context"] as? String == "Ketepatan Waktu")
        #expect(entry("area", "biaya")?["url"] as? String == "/2026/areas/biaya/")
        #expect(entry("opd", "1.02.01")?["title"] as? String == "Dinas Kesehatan")
        #expect(entry("opd", "1.02.01")?["url"] as? String == "/2026/opd/1.02.01/")
        // A package with a page links to it; one without, to the year's package list.
        #expect(entry("package", "52011234")?["url"] as? String == "/2026/packages/52011234/")
        #expect(entry("package", "52011235")?["url"] as? String == "/2026/packages/")
        #expect(entry("package", "52011235")?["context"] as? String == "Dinkes")
        #expect(entry("report", "2026-Q1")?["url"] as? String == "/2026/reports/2026-Q1/")
        #expect(entry("year", "2026")?["url"] as? String == "/2026/")
        // 3 indicators, 2 areas, 1 report, 2 OPDs, 3 packages, 1 year.
        #expect(entries.count == 12)

        let english = try Self.json(files, "en/search-index.json")
        let en = try #require(english["entries"] as? [[String: Any]])
        #expect(english["lang"] as? String == "en")
        #expect(en.first { $0["id"] as? String == "IK-07" }?["url"] as? String == "/en/2026/indicators/IK-07/")
        #expect(en.first { $0["id"] as? String == "2026-Q1" }?["title"] as? String == "Performance report Q1 2026")
        #expect(entry("report", "2026-Q1")?["title"] as? String == "Laporan Kinerja Triwulan I 2026")
    }

    @Test func searchPageListsEveryEntryWithoutJavaScript() throws {
        let files = try SiteFixture.build()
        let page = try #require(SiteFixture.page(files, "search/index.html"))
        #expect(page.contains(#"<form class="search-page" role="search" action="/search/" method="get" data-search>"#))
        #expect(page.contains(#"<label for="search-q">Cari di situs</label>"#))
        #expect(page.contains(#"<input id="search-q" name="q" type="search""#))
        #expect(page.contains(#"role="status" aria-live="polite""#))
        #expect(page.contains(#"<h2 id="kind-indicator">Indikator</h2>"#))
        #expect(page.contains(#"<h2 id="kind-package">Paket pengadaan</h2>"#))
        #expect(page.contains(#"<a href="/2026/indicators/IK-07/">Rata-rata waktu pemilihan penyedia</a> <span class="muted"><span translate="no">IK-07</span> · 2026 · Ketepatan Waktu</span>"#))
        #expect(page.contains(#"<a href="/2026/packages/">Pengadaan Alat Kesehatan</a> <span class="muted"><span translate="no">52011235</span> · 2026 · Dinkes</span>"#))
        #expect(page.contains(#"<a href="/2026/opd/1.03.01/">Dinas Pekerjaan Umum dan Penataan Ruang</a>"#))
        #expect(page.contains(#"<a href="/2026/reports/2026-Q1/">"#))
        #expect(page.components(separatedBy: "<li data-search-text=").count - 1 == 12)
        #expect(page.contains(#"<script src="/assets/search.js" defer></script>"#))
        // Every page's header leads there with a plain GET form.
        let home = try #require(SiteFixture.page(files, "index.html"))
        #expect(home.contains(#"<form class="site-search" role="search" action="/search/" method="get">"#))
        #expect(home.contains(#"<label class="visually-hidden" for="site-search-q">Cari di situs</label>"#))
        let english = try #require(SiteFixture.page(files, "en/2026/index.html"))
        #expect(english.contains(#"action="/en/search/""#))
        #expect(english.contains(">Search the site</label>"))
        #expect(files.contains { $0.path == "assets/search.js" })
    }

    @Test func perIndicatorJSONAndCSVHoldOneIndicator() throws {
        let files = try SiteFixture.build()
        let json = try #require(SiteFixture.page(files, "data/2026/indicators/IK-07.json"))
        // IK-07 (negative, average): rows 30 and 33 → 31,5 against 32 → (2 − 31,5/32) × 100 = 101,5625.
        #expect(json == """
            {"year":2026,"generated":"2026-05-10T00:00:00Z","indicator":{"id":"IK-07","title":"Rata-rata waktu pemilihan penyedia",\
            "area":"waktu","unit":"hari","polarity":"negative","frequency":"quarterly","aggregation":"average",\
            "baseline":{"value":35,"year":2025},"target":28,"periods":[{"period":"2026-Q1","value":31.5,"target":32,\
            "capaian":101.56,"band":"very-high","previous_year":null,"provisional":false,"achieved":true}],"history":[],\
            "medium_term":null,"standard":null,"decision":"achieved","data_through":"2026-03","projection":null},\
            "rows":[{"period":"2026-03","package":"52011234","value":30,"numerator":null,"denominator":null,"note":null},\
            {"period":"2026-03","package":"52011235","value":33,"numerator":null,"denominator":null,"note":null}]}

            """)
        let csv = try #require(SiteFixture.page(files, "data/2026/indicators/IK-07.csv"))
        #expect(csv == """
            indicator,title,area,unit,polarity,period,value,target,capaian,band\r
            IK-07,Rata-rata waktu pemilihan penyedia,waktu,hari,negative,2026-Q1,31.5,32,101.56,very-high\r

            """)
        // An indicator without rows has a file with no periods and no rows.
        let ik13 = try Self.json(files, "data/2026/indicators/IK-13.json")
        #expect((ik13["rows"] as? [Any])?.isEmpty == true)

        // Linked from its page with the format in the link text, before the year's files.
        let page = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(page.contains(#"<li><a href="/data/2026/indicators/IK-07.json">Unduh data indikator IK-07 (JSON)</a></li>"#
                              + "\n" + #"<li><a href="/data/2026/indicators/IK-07.csv">Unduh data indikator IK-07 (CSV)</a></li>"#
                              + "\n" + #"<li><a href="/data/2026/indicators.json"><span translate="no">indicators.json</span></a></li>"#))
        #expect(!page.contains("IK-06.json"))
        let english = try #require(SiteFixture.page(files, "en/2026/indicators/IK-07/index.html"))
        #expect(english.contains(">Download indicator IK-07 data (CSV)</a>"))

        // Listed on the data page, in a group of their own.
        let data = try #require(SiteFixture.page(files, "data/index.html"))
        #expect(data.contains("<h2>Per indikator, Tahun Anggaran 2026</h2>"))
        #expect(data.contains(#"<a href="/data/2026/indicators/IK-07.csv" translate="no">IK-07.csv</a>"#))
        #expect(data.contains("IK-07 — Rata-rata waktu pemilihan penyedia: metadata, periode, dan baris realisasi (JSON)"))
    }

    @Test func datapackageCarriesTheLicenceAndTheIndicatorFiles() throws {
        let files = try SiteFixture.build()
        let package = try Self.json(files, "data/datapackage.json")
        let licenses = try #require(package["licenses"] as? [[String: String]])
        #expect(licenses == [["name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                              "title": "Creative Commons Attribution 4.0"]])
        let resources = try #require(package["resources"] as? [[String: Any]])
        let ik07 = try #require(resources.first { $0["path"] as? String == "2026/indicators/IK-07.csv" })
        #expect(ik07["name"] as? String == "indicator-ik-07-2026")
        #expect((ik07["bytes"] as? Int) == files.first { $0.path == "data/2026/indicators/IK-07.csv" }?.bytes.count)
        #expect(resources.filter { ($0["path"] as? String)?.hasPrefix("2026/indicators/") == true }.count == 3)

        // Shown on the data page and in every footer.
        let data = try #require(SiteFixture.page(files, "data/index.html"))
        #expect(data.contains(#"<p class="data-license">Lisensi data: <a href="https://creativecommons.org/licenses/by/4.0/" rel="license" translate="no">Creative Commons Attribution 4.0 (CC-BY-4.0)</a></p>"#))
        let home = try #require(SiteFixture.page(files, "en/index.html"))
        #expect(home.contains(#"Open data licensed under <a href="https://creativecommons.org/licenses/by/4.0/" rel="license" translate="no">"#))

        // Another licence: a known one with its address, an unknown one by name only.
        var content = SiteFixture.content()
        content.site.license = "CC0-1.0"
        let cc0 = try Self.json(try SiteFixture.build(content), "data/datapackage.json")
        #expect((cc0["licenses"] as? [[String: String]])?.first?["path"] == "https://creativecommons.org/publicdomain/zero/1.0/")
        content.site.license = "LicenseRef-Pemkab"
        let other = try SiteFixture.build(content)
        #expect((try Self.json(other, "data/datapackage.json")["licenses"] as? [[String: String]]) == [["name": "LicenseRef-Pemkab"]])
        #expect(try #require(SiteFixture.page(other, "index.html")).contains("Data terbuka berlisensi <span translate=\"no\">LicenseRef-Pemkab</span></p>"))
    }

    @Test func siteYamlLicenseIsReadAndDefaults() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-license-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("site.yaml")
        try "title: Contoh\nlicense: CC-BY-SA-4.0\n".write(to: file, atomically: true, encoding: .utf8)
        let (site, diags) = SiteLoader.load(file.path, display: "site.yaml")
        #expect(diags.isEmpty)
        #expect(site?.license == "CC-BY-SA-4.0")
        try "title: Contoh\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(SiteLoader.load(file.path, display: "site.yaml").0?.license == "CC-BY-4.0")
    }

    @Test func metaDescriptionAndOpenGraphArePageSpecific() throws {
        let files = try SiteFixture.build(baseURL: "https://kinerja.example.go.id/sub/")
        func meta(_ path: String, _ property: String) throws -> String? {
            let page = try #require(SiteFixture.page(files, path), "\(path)")
            let marker = property == "description" ? #"<meta name="description" content=""# : #"<meta property="\#(property)" content=""#
            guard let start = page.range(of: marker) else { return nil }
            return String(page[start.upperBound...].prefix { $0 != "\"" })
        }
        let ik07 = try meta("2026/indicators/IK-07/index.html", "description")
        let ik06 = try meta("2026/indicators/IK-06/index.html", "description")
        #expect(ik07 == "IK-07 Rata-rata waktu pemilihan penyedia: capaian 101,6 % (Triwulan I 2026). Kinerja Pengadaan Kabupaten Contoh.")
        #expect(ik06 != ik07)
        #expect(try meta("2026/indicators/IK-13/index.html", "description")
                == "IK-13 Indeks kepuasan layanan: belum ada data realisasi 2026. Kinerja Pengadaan Kabupaten Contoh.")
        #expect(try meta("en/2026/areas/biaya/index.html", "description")
                == "Penghematan Biaya: 1 indicators, 1 packages, average achievement 120.0% (2026).")
        #expect(try meta("2026/indicators/IK-07/index.html", "og:description") == ik07)
        #expect(try meta("2026/indicators/IK-07/index.html", "og:title") == "Rata-rata waktu pemilihan penyedia")
        #expect(try meta("2026/indicators/IK-07/index.html", "og:url") == "https://kinerja.example.go.id/sub/2026/indicators/IK-07/")
        #expect(try meta("2026/indicators/IK-07/index.html", "og:locale") == "id_ID")
        #expect(try meta("en/2026/indicators/IK-07/index.html", "og:locale") == "en_US")
        #expect(try meta("en/2026/indicators/IK-07/index.html", "og:locale:alternate") == "id_ID")
        #expect(try meta("index.html", "og:type") == "website")
        #expect(try meta("2026/reports/2026-Q1/index.html", "og:type") == "article")
        #expect(try meta("index.html", "og:site_name") == "Kinerja Pengadaan Kabupaten Contoh")
        #expect(try meta("index.html", "og:title") == "Kinerja Pengadaan Kabupaten Contoh")
        // Without a host in the base URL there is no absolute address, so no og:url.
        let local = try SiteFixture.build()
        #expect(try #require(SiteFixture.page(local, "index.html")).contains("og:url") == false)
    }

    @Test func metaDescriptionIsEscapedAndShort() throws {
        let title = "Waktu <b>\"pemilihan\"</b> & " + String(repeating: "penyedia barang ", count: 12)
        let files = try SiteFixture.build(SiteFixture.content(indicatorTitle: title))
        let page = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        let marker = #"<meta name="description" content=""#
        let start = try #require(page.range(of: marker))
        let content = String(page[start.upperBound...].prefix { $0 != "\"" })
        #expect(content.hasPrefix("IK-07 Waktu &lt;b&gt;&quot;pemilihan&quot;&lt;/b&gt; &amp; penyedia barang"))
        #expect(content.hasSuffix(" penyedia…"))
        let plain = content.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        #expect(plain.count <= PageMeta.maxLength)
    }

    @Test func yearSwitchLinksTheOtherYearsEquivalents() throws {
        let files = try SiteFixture.build(Self.twoYears())
        let page = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(page.contains("""
            <nav class="year-switch wrap" aria-label="Pilih tahun">
            <ul>
            <li><span aria-current="page">2026</span></li>
            <li><a href="/2025/indicators/IK-07/">2025</a></li>
            </ul>
            </nav>
            """))
        // IK-06 has no 2025 instance: the switch leads to the 2025 plan.
        #expect(try #require(SiteFixture.page(files, "2026/indicators/IK-06/index.html"))
            .contains(#"<li><a href="/2025/">2025</a></li>"#))
        #expect(try #require(SiteFixture.page(files, "en/2025/status/index.html"))
            .contains(#"<li><a href="/en/2026/status/">2026</a></li>"#))
        #expect(try #require(SiteFixture.page(files, "2025/reports/2025-Q1/index.html"))
            .contains(#"<li><a href="/2026/reports/2026-Q1/">2026</a></li>"#))
        #expect(try #require(SiteFixture.page(files, "2025/areas/waktu/index.html"))
            .contains(#"<li><span aria-current="page">2025</span></li>"#))
        // Pages of the whole site, and sites of one year, have none.
        #expect(try #require(SiteFixture.page(files, "data/index.html")).contains("year-switch") == false)
        #expect(try #require(SiteFixture.page(try SiteFixture.build(), "2026/index.html")).contains("year-switch") == false)
    }
}
