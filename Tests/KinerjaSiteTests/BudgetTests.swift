import Testing
import KinerjaCore
@testable import KinerjaSite

/// Budget absorption and efficiency (docs/scoring.md "Budget").
@Suite struct BudgetTests {
    static let at = SiteFixture.at

    /// Area waktu: pagu Rp1.250.000.000, Rp500.000.000 spent by March (40 %).
    static func content() -> Content {
        var content = SiteFixture.content()
        var march = Realization(period: Period("2026-03")!, positions: at)
        march.budget = [BudgetLine(area: "waktu", action: nil, pagu: 1_250_000_000, realisasi: 500_000_000, positions: at)]
        content.years[0].realizations.append(march)
        return content
    }

    @Test func absorptionAndEfficiency() throws {
        let year = Self.content().years[0]
        let f = try #require(BudgetLedger(year).area("waktu", at: Period("2026-Q1")!))
        #expect(f.absorption == 40)
        // capaian 96 % against 40 % absorption → 2.4
        #expect(f.efficiency(capaian: 96) == 2.4)
        #expect(BudgetLedger(year).area("waktu", at: Period("2026-02")!) == nil)
    }

    @Test func areaAndReportPagesShowTheBudget() throws {
        let content = Self.content()
        let year = content.years[0]
        // The report's Q1 area capaian (IK-07 and IK-13 of the fixture) and the page's current one.
        let capaian = try #require(Scorer(site: content.site, year: year).areaCapaian("waktu", at: Period("2026-Q1")!))
        #expect(String(format: "%.2f", capaian / 40) == "2.54")
        let files = try SiteFixture.build(content)
        let area = try #require(SiteFixture.page(files, "2026/areas/waktu/index.html"))
        let section = try #require(YearSeriesPageTests.section(area, "budget-h"))
        #expect(section.contains(#"<div><dt>Pagu</dt><dd>Rp1.250.000.000</dd></div>"#))
        #expect(section.contains(#"<div><dt>Realisasi anggaran</dt><dd>Rp500.000.000</dd></div>"#))
        #expect(section.contains(#"<div><dt>Penyerapan</dt><dd>40,0 %</dd></div>"#))
        #expect(section.contains("<div><dt>Efisiensi</dt><dd>2,54</dd></div>"))
        let report = try #require(SiteFixture.page(files, "2026/reports/2026-Q1/index.html"))
        let rows = try #require(YearSeriesPageTests.section(report, "budget-h"))
        #expect(rows.contains(#"<td class="num" role="cell" data-label="Pagu">Rp1.250.000.000</td><td class="num" role="cell" data-label="Realisasi anggaran">Rp500.000.000</td><td class="num" role="cell" data-label="Penyerapan">40,0 %</td>"#))
        #expect(rows.contains(#"<td class="num" role="cell" data-label="Capaian kinerja">101,6 %</td><td class="num" role="cell" data-label="Efisiensi">2,54</td>"#))
    }

    @Test func budgetInTheOpenData() throws {
        let csv = try #require(Fixture.file(OpenData.files(content: Self.content(), generated: "g"), "data/2026/budget.csv"))
        // March: area capaian 87.5 % at 2026-03 / 40 % absorption = 2.19 (2.1875 rounded).
        #expect(csv == "period,area,action,pagu,realisasi,absorption,efficiency\r\n2026-03,waktu,,1250000000,500000000,40,2.19\r\n")
    }
}
