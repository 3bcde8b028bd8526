import Testing
@testable import KinerjaCore

@Suite struct PeriodTests {
    @Test func parsesEveryKind() {
        #expect(Period("2026")?.kind == .year)
        #expect(Period("2026-03")?.endMonth == 3)
        #expect(Period("2026-Q2")?.startMonth == 4)
        #expect(Period("2026-S2")?.endMonth == 12)
        #expect(Period("2026-13") == nil)
        #expect(Period("2026-Q5") == nil)
        #expect(Period("26-Q1") == nil)
        #expect(Period("2026-q1") == nil)
    }

    @Test func ordersByEndThenFinerFirst() {
        let ps = ["2026-Q1", "2026-04", "2026-03", "2026", "2026-S1"].compactMap(Period.init)
        #expect(ps.sorted().map(\.description) == ["2026-03", "2026-Q1", "2026-04", "2026-S1", "2026"])
    }

    @Test func datesAreStrict() {
        #expect(SimpleDate("2024-02-29") != nil)
        #expect(SimpleDate("2026-02-29") == nil)
        #expect(SimpleDate("2026-1-05") == nil)
        #expect(SimpleDate(unixTime: 1_768_435_200).description == "2026-01-15")
        #expect(Period("2026-Q1")!.endDate.description == "2026-03-31")
    }
}
