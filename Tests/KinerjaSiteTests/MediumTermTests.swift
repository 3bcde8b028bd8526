import Testing
import KinerjaCore
@testable import KinerjaSite

/// Progress towards the medium-term plan (docs/scoring.md "Medium-term progress").
@Suite struct MediumTermTests {
    /// The three years of YearSeriesTests with a 2021–2026 plan: IK-07 ends at 28 days.
    static func content() -> Content {
        var content = ThreeYears.content()
        content.renstra = MediumTermPlan(startYear: 2021, endYear: 2026, indicators: [
            MediumTermTarget(id: "IK-07", target: 28, targets: [2025: 30, 2026: 28], positions: Fixture.here),
        ], positions: Fixture.here)
        content.years[2].reports = [Report(period: Fixture.period("2026-Q1"), positions: Fixture.here)]
        return content
    }

    @Test func progressInTheOpenData() {
        let files = OpenData.files(content: Self.content(), generated: "g")
        // 2026: 31.5 days against the end target 28 → (2 − 31.5/28) × 100 = 87.5 %.
        #expect(Fixture.file(files, "data/2026/indicators.json")?
            .contains(#""medium_term":{"period":"2021-2026","target":28,"progress":87.5},"standard":null,"decision":null"#) == true)
        // 2025: final 32 days → (2 − 32/28) × 100 = 85.71 %.
        #expect(Fixture.file(files, "data/2025/indicators.json")?
            .contains(#""medium_term":{"period":"2021-2026","target":28,"progress":85.71},"standard":null,"decision":null"#) == true)
        // 2024's IK-7 has no entry of its own.
        #expect(Fixture.file(files, "data/2024/indicators.json")?.contains(#""medium_term":null"#) == true)
    }

    @Test func indicatorPageAndReportShowTheProgress() throws {
        let files = try SiteFixture.build(Self.content())
        let page = try #require(SiteFixture.page(files, "2025/indicators/IK-07/index.html"))
        let section = try #require(YearSeriesPageTests.section(page, "mt-h"))
        #expect(section.contains(#"<p class="muted">Rencana Strategis 2021–2026: kemajuan terhadap target akhir periode.</p>"#))
        #expect(section.contains(#"<span class="big">85,7 %</span>"#))
        #expect(section.contains(#"<div><dt>Target akhir</dt><dd>28 hari</dd></div>"#))
        #expect(section.contains(#"<div><dt>Target tahun ini</dt><dd>30 hari</dd></div>"#))
        #expect(section.contains(#"<div><dt>Realisasi</dt><dd>32 hari</dd></div>"#))

        let report = try #require(SiteFixture.page(files, "2026/reports/2026-Q1/index.html"))
        let rows = try #require(YearSeriesPageTests.section(report, "mt-h"))
        #expect(rows.contains(#"<td class="num" role="cell" data-label="Realisasi">31,5 hari</td><td class="num" role="cell" data-label="Target tahun ini">28 hari</td><td class="num" role="cell" data-label="Target akhir">28 hari</td><td class="num" role="cell" data-label="Kemajuan">87,5 %</td>"#))
    }
}
