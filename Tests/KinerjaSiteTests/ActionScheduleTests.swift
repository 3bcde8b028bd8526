import Testing
import KinerjaCore
@testable import KinerjaSite

/// Action plans with period targets (docs/scoring.md "Action plans").
@Suite struct ActionScheduleTests {
    static let at = SiteFixture.at

    /// RA-07-1 planned 25 % by Q1 and 50 % by Q2; reported 30 % in March, 40 % in June.
    static func content() -> Content {
        var content = SiteFixture.content()
        let q = { (i: Int) in Period(year: 2026, kind: .quarter, index: i)! }
        let i = content.years[0].indicators.firstIndex { $0.id == "IK-07" } ?? 0
        content.years[0].indicators[i].actions[0].targets = [q(1): 25, q(2): 50, q(3): 75]
        content.years[0].realizations += [
            Realization(period: Period("2026-03")!, actions: [ActionProgress(id: "RA-07-1", status: .inProgress, progress: 30, note: nil, positions: at)], positions: at),
            Realization(period: Period("2026-06")!, actions: [ActionProgress(id: "RA-07-1", status: .inProgress, progress: 40, note: nil, positions: at)], positions: at),
        ]
        content.years[0].reports.append(Report(period: q(2), positions: at))
        return content
    }

    @Test func plannedAgainstActual() throws {
        let year = Self.content().years[0]
        let action = try #require(year.indicator("IK-07")?.actions.first)
        let schedule = ActionSchedule(year)
        let points = schedule.points(action, asOf: SimpleDate(year: 2026, month: 7, day: 1))
        #expect(points.map(\.planned) == [25, 50, 75])
        #expect(points.map(\.actual) == [30, 40, nil])
        #expect(points.map(\.behind) == [false, true, false])
        #expect(schedule.behind(action, asOf: SimpleDate(year: 2026, month: 3, day: 31)) == nil)
        #expect(schedule.behind(action, asOf: SimpleDate(year: 2026, month: 6, day: 30))?.period == Period("2026-Q2"))
    }

    @Test func reportFlagsTheActionBehind() throws {
        let files = try SiteFixture.build(Self.content())
        let q2 = try #require(SiteFixture.page(files, "2026/reports/2026-Q2/index.html"))
        let section = try #require(YearSeriesPageTests.section(q2, "behind-h"))
        #expect(section.contains(#"<td class="code" role="cell" data-label="Kode">RA-07-1</td><th scope="row" role="rowheader">Standarisasi dokumen pemilihan<span class="sub"><a href="/2026/indicators/IK-07/">Rata-rata waktu pemilihan penyedia</a></span></th><td role="cell" data-label="Periode">Triwulan II 2026</td><td class="num" role="cell" data-label="rencana">50 %</td><td class="num" role="cell" data-label="realisasi">40 %</td>"#))
        // At Q1 the action is ahead (30 % against 25 %): nothing flagged.
        let q1 = try #require(SiteFixture.page(files, "2026/reports/2026-Q1/index.html"))
        #expect(!q1.contains(#"aria-labelledby="behind-h""#))
        let page = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        let table = try #require(YearSeriesPageTests.section(page, "sched-h"))
        // The build date (10 May 2026) lies in Q2: Q2 is not due yet on the indicator page.
        #expect(table.contains(#"<ul class="schedule"><li>Triwulan I 2026: rencana 25 %, realisasi 30 %</li><li>Triwulan II 2026: rencana 50 %, realisasi –</li><li>Triwulan III 2026: rencana 75 %, realisasi –</li></ul>"#))
    }
}
