import Testing
import KinerjaCore
@testable import KinerjaSite

/// Years side by side (docs/content.md): one indicator over 2024–2026, renamed once.
enum ThreeYears {
    static func year(_ y: Int, _ indicator: Indicator, _ rows: [RealizationRow]) -> YearContent {
        YearContent(year: y, folder: "content/\(y)", indicators: [indicator],
                    realizations: [Realization(period: Fixture.period("\(y)-Q4"), rows: rows, positions: Fixture.here)])
    }

    /// 2024 as IK-7 (target 36: Q1 38, Q4 35), 2025 as IK-07 continuing IK-7 (target 32:
    /// Q1 33, Q4 31), 2026 the DESIGN §7 example (Q1 31.5 against 32).
    static func content() -> Content {
        var old = Fixture.ik07()
        old.id = "IK-7"
        old.target = 36
        old.targets = [:]
        var middle = Fixture.ik07()
        middle.target = 32
        middle.targets = [:]
        middle.continues = "IK-7"
        return Content(root: "content", site: Fixture.site(), years: [
            year(2024, old, [Fixture.row("2024-Q1", "IK-7", value: 38), Fixture.row("2024-Q4", "IK-7", value: 35)]),
            year(2025, middle, [Fixture.row("2025-Q1", "IK-07", value: 33), Fixture.row("2025-Q4", "IK-07", value: 31)]),
            year(2026, Fixture.ik07(), [Fixture.row("2026-Q1", "IK-07", value: 31.5)]),
        ])
    }
}

@Suite struct YearSeriesTests {
    @Test func threeYearSeriesInTheOpenData() {
        let json = Fixture.file(OpenData.files(content: ThreeYears.content(), generated: "g"), "data/2026/indicators.json")
        // 2024: average of 38 and 35 = 36.5 against 36 → (2 − 36.5/36) × 100 = 98.61 %;
        // 2025: average 32 against 32 → 100 %; 2025-Q1: 33 against 32 → 96.88 %.
        #expect(json == """
            {"year":2026,"generated":"g","indicators":[{"id":"IK-07",\
            "title":"Rata-rata waktu pemilihan penyedia","area":"waktu","unit":"hari","polarity":"negative",\
            "frequency":"quarterly","aggregation":"average","baseline":{"value":35,"year":2025},"target":28,\
            "periods":[{"period":"2026-Q1","value":31.5,"target":32,"capaian":101.56,"band":"very-high",\
            "previous_year":{"value":33,"capaian":96.88},"provisional":false,"achieved":true}],\
            "history":[{"year":2024,"value":36.5,"target":36,"capaian":98.61},\
            {"year":2025,"value":32,"target":32,"capaian":100}],"medium_term":null,"standard":null,"decision":null,\
            "data_through":"2026-03","projection":null}]}

            """)
    }

    @Test func theFirstYearHasNoHistory() {
        let json = Fixture.file(OpenData.files(content: ThreeYears.content(), generated: "g"), "data/2024/indicators.json")
        #expect(json?.contains(#""previous_year":null,"provisional":false,"achieved":false}],"history":[],"medium_term":null"#) == true)
    }
}

@Suite struct YearSeriesPageTests {
    /// The table rows of the section `id` of `html`, tags kept.
    static func section(_ html: String, _ id: String) -> String? {
        guard let start = html.range(of: "<section aria-labelledby=\"\(id)\">"),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func indicatorPageShowsEveryYear() throws {
        let files = try SiteFixture.build(ThreeYears.content())
        let html = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        let years = try #require(Self.section(html, "years-h"))
        #expect(years.contains(#"<th scope="row" role="rowheader"><a href="/2024/indicators/IK-7/">2024</a></th><td class="num" role="cell" data-label="Realisasi">36,5 hari</td><td class="num" role="cell" data-label="Target">36 hari</td><td class="num" role="cell" data-label="Capaian">98,6 %</td>"#))
        #expect(years.contains(#"<a href="/2025/indicators/IK-07/">2025</a></th><td class="num" role="cell" data-label="Realisasi">32 hari</td><td class="num" role="cell" data-label="Target">32 hari</td><td class="num" role="cell" data-label="Capaian">100,0 %</td>"#))
        #expect(years.contains(#"<tr role="row" class="current"><th scope="row" role="rowheader"><a href="/2026/indicators/IK-07/">2026</a><span class="sub">tahun ini</span></th><td class="num" role="cell" data-label="Realisasi">31,5 hari</td><td class="num" role="cell" data-label="Target">32 hari</td><td class="num" role="cell" data-label="Capaian">101,6 %</td>"#))
        // Its own element ids beside the period chart.
        #expect(years.contains(#"aria-labelledby="chart-IK-07-years-title chart-IK-07-years-desc""#))
        // The first year has nothing to compare with.
        let first = try #require(SiteFixture.page(files, "2024/indicators/IK-7/index.html"))
        #expect(!first.contains(#"aria-labelledby="years-h""#))
    }

    /// A year not over at the build date, or whose rows stop before December, is the year so
    /// far: its row says so (docs/scoring.md); a year reported through its end does not.
    @Test func theYearSoFarIsMarkedProvisional() throws {
        let may2026 = 1_777_593_600  // 2026-05-01T00:00:00Z
        let files = try SiteBuilder(content: ThreeYears.content(), templates: SiteFixture.templates, baseURL: nil,
                                    generated: may2026).render()
        let html = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        let years = try #require(Self.section(html, "years-h"))
        let rows = years.components(separatedBy: "<tr role=\"row\"").dropFirst(2)
        let y2026 = try #require(rows.first { $0.contains(">2026</a>") })
        #expect(y2026.contains(#"<span class="provisional">sementara, s.d. Maret 2026</span></td></tr>"#))
        let y2025 = try #require(rows.first { $0.contains(">2025</a>") })
        #expect(!y2025.contains("provisional"))
        let en = try #require(SiteFixture.page(files, "en/2026/indicators/IK-07/index.html"))
        #expect(en.contains(#"<span class="provisional">provisional, to March 2026</span></td></tr>"#))
    }

    @Test func reportShowsTheSamePeriodOfTheYearBefore() throws {
        var content = ThreeYears.content()
        content.years[2].reports = [Report(period: Fixture.period("2026-Q1"), positions: Fixture.here)]
        let files = try SiteFixture.build(content)
        let html = try #require(SiteFixture.page(files, "2026/reports/2026-Q1/index.html"))
        let section = try #require(Self.section(html, "yoy-h"))
        // 2026-Q1: 31.5 against 32; 2025-Q1: 33 against 32 → (2 − 33/32) × 100 = 96.9 %.
        #expect(section.contains(#"<td class="num" role="cell" data-label="Tahun ini">31,5 hari</td><td class="num" role="cell" data-label="Capaian">101,6 %</td><td class="num" role="cell" data-label="Tahun sebelumnya">33 hari</td><td class="num" role="cell" data-label="Capaian tahun sebelumnya">96,9 %</td>"#))
    }
}
