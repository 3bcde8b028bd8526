import Foundation
import Testing
import KinerjaCore
@testable import KinerjaSite

/// A year seen from a build date inside its fourth quarter (docs/scoring.md, "Provisional
/// periods"): IK-03, quarterly `sum` reported monthly through October; IK-08, monthly,
/// reported through September (October is due, within the grace days on 5 November).
enum InsideQuarter {
    static let at = Positions(origin: SourceLocation(file: "fixture"))
    /// 2026-11-05T00:00:00Z: five days after October ended.
    static let november5 = 1_793_836_800
    /// 2026-11-11T00:00:00Z: eleven days after October ended.
    static let november11 = 1_794_355_200

    static func content(graceDays: Int = 10) -> Content {
        var site = Site(title: "Kinerja Contoh", unit: "UKPBJ Contoh", shortName: "UKPBJ", languages: ["id", "en"], positions: at)
        site.reportingGraceDays = graceDays
        let plan = Plan(year: 2026, title: "Rencana 2026", status: .approved,
                        objectives: [Objective(id: "T1", title: "Pengadaan tepat waktu", positions: at)], positions: at)
        let areas = [Area(id: "waktu", title: "Ketepatan Waktu", objective: "T1", order: 1, positions: at)]
        let ik03 = Indicator(id: "IK-03", title: "Jumlah paket selesai tepat waktu", area: "waktu", unit: "paket",
                             polarity: .positive, frequency: .quarterly, aggregation: .sum, per: .unit, target: 28, positions: at)
        let ik08 = Indicator(id: "IK-08", title: "Persentase layanan sesuai standar", area: "waktu", unit: "%",
                             polarity: .positive, frequency: .monthly, aggregation: .average, per: .unit, target: 80, positions: at)
        // IK-03: 2 a month, 1 in August and September: 18 through October.
        let ik03Values: [Double] = [2, 2, 2, 2, 2, 2, 2, 1, 1, 2]
        let realizations = (1...10).map { m in
            let p = Period(year: 2026, kind: .month, index: m)!
            var rows = [RealizationRow(period: p, indicator: "IK-03", value: ik03Values[m - 1], positions: at)]
            if m <= 9 { rows.append(RealizationRow(period: p, indicator: "IK-08", value: 100, positions: at)) }
            return Realization(period: p, rows: rows, positions: at)
        }
        let report = Report(period: Period("2026-Q3")!, status: .final, positions: at)
        let year = YearContent(year: 2026, folder: "content/2026", plan: plan, areas: areas, indicators: [ik03, ik08],
                               realizations: realizations, reports: [report])
        return Content(root: "content", site: site, years: [year])
    }

    static func build(_ generated: Int = november5, graceDays: Int = 10) throws -> [OutputFile] {
        try SiteBuilder(content: content(graceDays: graceDays), templates: SiteFixture.templates, baseURL: nil,
                        generated: generated).render()
    }

    static func page(_ files: [OutputFile], _ path: String) throws -> String {
        try #require(SiteFixture.page(files, path), "\(path)")
    }

    /// The status cell of `period` of the indicator row that links to `indicator`.
    static func statusRow(_ html: String, _ indicator: String) -> String? {
        guard let start = html.range(of: "/indicators/\(indicator)/\">"),
              let end = html.range(of: "</tr>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.lowerBound])
    }
}

@Suite struct ProvisionalTests {
    static let marker = "sementara, s.d. Oktober 2026"

    @Test func everyPageWithFiguresSaysAsOfWhen() throws {
        let files = try InsideQuarter.build()
        for path in ["index.html", "2026/index.html", "2026/areas/waktu/index.html", "2026/indicators/IK-03/index.html",
                     "2026/status/index.html"] {
            let html = try InsideQuarter.page(files, path)
            #expect(html.contains("keadaan per 31 Oktober 2026"), "\(path)")
        }
        let en = try InsideQuarter.page(files, "en/2026/indicators/IK-03/index.html")
        #expect(en.contains("as of 31 October 2026"))
    }

    @Test func theOpenQuarterIsMarkedProvisionalOnEveryPage() throws {
        let files = try InsideQuarter.build()
        // Home: the area card's small multiple of IK-03 at Triwulan IV.
        let home = try InsideQuarter.page(files, "index.html")
        #expect(home.contains("<span class=\"capaian\">64,3 %</span> <span class=\"provisional\">\(Self.marker)</span></li>"))
        // Year page: the latest column names each cell's kind and the provisional state.
        let year = try InsideQuarter.page(files, "2026/index.html")
        #expect(year.contains("Triwulan IV 2026<span class=\"sub\">periode triwulanan</span>"
                              + "<span class=\"sub provisional\">\(Self.marker)</span>"))
        #expect(year.contains("September 2026<span class=\"sub\">periode bulanan</span></td>"))
        // Area page: the small multiple's period line.
        let area = try InsideQuarter.page(files, "2026/areas/waktu/index.html")
        #expect(area.contains("<p class=\"multiple-period\">Triwulan IV 2026 <span class=\"provisional\">\(Self.marker)</span></p>"))
        // Indicator page: the current figure and the Triwulan IV row; Triwulan III is final.
        let indicator = try InsideQuarter.page(files, "2026/indicators/IK-03/index.html")
        #expect(indicator.contains("<p class=\"provisional\">\(Self.marker)</p>"))
        #expect(indicator.contains("rowheader\">Triwulan IV 2026<span class=\"sub provisional\">\(Self.marker)</span></th>"))
        #expect(indicator.contains("rowheader\">Triwulan III 2026</th>"))
        // English.
        let en = try InsideQuarter.page(files, "en/2026/indicators/IK-03/index.html")
        #expect(en.contains("<p class=\"provisional\">provisional, to October 2026</p>"))
        // Status page: the open quarter is provisional, neither achieved nor late.
        let status = try InsideQuarter.page(files, "2026/status/index.html")
        let row = try #require(InsideQuarter.statusRow(status, "IK-03"))
        #expect(row.contains("<span class=\"visually-hidden\">Triwulan IV 2026: Sementara (64,3 %)</span>"))
        #expect(row.contains("<span class=\"visually-hidden\">Triwulan III 2026: Dilaporkan (76,2 %)</span>"))
        #expect(!row.contains("Tercapai"))
        #expect(!row.contains("Terlambat ("))
    }

    @Test func theProjectionRestsOnTheMonthsWithData() throws {
        let files = try InsideQuarter.build()
        let indicator = try InsideQuarter.page(files, "2026/indicators/IK-03/index.html")
        // 18 × 12 / 10 = 21,6 against 28.
        #expect(indicator.contains("Proyeksi akhir tahun 21,6 paket (target 28 paket; proyeksi dari 10 bulan data)"))
        let json = try InsideQuarter.page(files, "data/2026/indicators.json")
        #expect(json.contains(#""decision":null,"data_through":"2026-10","projection":{"value":21.6,"target":28,"on_track":false,"months":10}}"#))
        #expect(json.contains(#""decision":null,"data_through":"2026-09","projection":null}"#))
    }

    @Test func theJSONCarriesProvisionalAndAchievedPerPeriod() throws {
        let json = try InsideQuarter.page(try InsideQuarter.build(), "data/2026/indicators.json")
        // Triwulan III ended and is reported through September: final, not achieved (76,2 %).
        #expect(json.contains(#"{"period":"2026-Q3","value":16,"target":21,"capaian":76.19,"band":"high","previous_year":null,"provisional":false,"achieved":false}"#))
        // Triwulan IV runs: provisional, never counted achieved.
        #expect(json.contains(#"{"period":"2026-Q4","value":18,"target":28,"capaian":64.29,"band":"low","previous_year":null,"provisional":true,"achieved":null}"#))
        // IK-08 in September: 100 against 80 → capped 120, achieved.
        #expect(json.contains(#"{"period":"2026-09","value":100,"target":80,"capaian":120,"band":"very-high","previous_year":null,"provisional":false,"achieved":true}"#))
    }

    @Test func aMonthIsLateOnlyAfterItsGraceDays() throws {
        let early = try InsideQuarter.page(try InsideQuarter.build(InsideQuarter.november5), "2026/status/index.html")
        let row5 = try #require(InsideQuarter.statusRow(early, "IK-08"))
        #expect(row5.contains("<span class=\"visually-hidden\">Oktober 2026: Belum jatuh tempo</span>"))
        #expect(row5.hasSuffix("<td class=\"num\">0</td>\n"))
        #expect(early.contains("Periode tanpa data realisasi dihitung terlambat 10 hari setelah periode berakhir."))

        let late = try InsideQuarter.page(try InsideQuarter.build(InsideQuarter.november11), "2026/status/index.html")
        let row11 = try #require(InsideQuarter.statusRow(late, "IK-08"))
        #expect(row11.contains("<span class=\"visually-hidden\">Oktober 2026: Terlambat</span>"))
        #expect(row11.hasSuffix("<td class=\"num\">1</td>\n"))

        // With `reporting_grace_days: 0` October is late on 5 November already.
        let strict = try InsideQuarter.page(try InsideQuarter.build(InsideQuarter.november5, graceDays: 0), "2026/status/index.html")
        #expect(try #require(InsideQuarter.statusRow(strict, "IK-08")).contains("Oktober 2026: Terlambat</span>"))
    }

    @Test func verdictsAndSummariesNameTheFailingIndicator() throws {
        let files = try InsideQuarter.build()
        let met = "<span class=\"verdict verdict-met\"><span class=\"verdict-mark\" aria-hidden=\"true\">✓</span> Tercapai</span>"
        let notMet = "<span class=\"verdict verdict-not-met\"><span class=\"verdict-mark\" aria-hidden=\"true\">✗</span> Belum tercapai</span>"
        let home = try InsideQuarter.page(files, "index.html")
        #expect(home.contains("<p class=\"summary-counts\">1 tercapai · 1 belum tercapai · 0 belum ada data</p>"))
        #expect(home.contains("<p class=\"summary-weakest\">Terlemah: IK-03 Jumlah paket selesai tepat waktu (64,3 %)</p>"))
        // The area's capped mean (64,3 and 120 → 92,1 %) rates "Sangat tinggi", yet the area is
        // not met: one of its indicators is not.
        let area = try InsideQuarter.page(files, "2026/areas/waktu/index.html")
        #expect(area.contains("<span class=\"big\">92,1 %</span> <span class=\"band band-very-high\">Sangat tinggi</span>\n \(notMet)</p>"))
        #expect(area.contains("<p class=\"summary-weakest\">Terlemah: IK-03 Jumlah paket selesai tepat waktu (64,3 %)</p>"))
        let card = "<p class=\"card-figure\"><span class=\"big\">92,1 %</span> <span class=\"band band-very-high\">Sangat tinggi</span>\n \(notMet)</p>"
        #expect(home.contains(card))
        let ik08 = try InsideQuarter.page(files, "2026/indicators/IK-08/index.html")
        #expect(ik08.contains("<span class=\"band band-very-high\">Sangat tinggi</span>\n \(met)</p>"))
        let en = try InsideQuarter.page(files, "en/2026/indicators/IK-08/index.html")
        #expect(en.contains("<span class=\"verdict-mark\" aria-hidden=\"true\">✓</span> Met</span>"))
    }

    @Test func aReportSaysWhichTargetItUses() throws {
        let report = try InsideQuarter.page(try InsideQuarter.build(), "2026/reports/2026-Q3/index.html")
        #expect(report.contains("80 %<span class=\"sub\">target Triwulan III 2026: 80 %; baris bulanan memakai target bulannya</span>"))
        #expect(report.contains("Target di laporan ini adalah target Triwulan III 2026 (kumulatif sampai akhir periode)"))
    }
}
