import Foundation
import Testing
@testable import KinerjaCore

@Suite struct GraceDaysLoadingTests {
    @Test func siteYAMLReadsReportingGraceDaysWithDefaultTen() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("grace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("site.yaml").path
        try "title: Contoh\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(SiteLoader.load(path, display: "site.yaml").0?.reportingGraceDays == 10)
        try "title: Contoh\nreporting_grace_days: 5\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(SiteLoader.load(path, display: "site.yaml").0?.reportingGraceDays == 5)
        try "title: Contoh\nreporting_grace_days: -1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (site, diags) = SiteLoader.load(path, display: "site.yaml")
        #expect(site?.reportingGraceDays == 10)
        #expect(diags.map(\.message) == ["`reporting_grace_days` must be a whole number of days from 0 to 366, found -1"])
    }
}

@Suite struct PeriodStandingTests {
    @Test func datesAddDaysAcrossMonthsAndLeapYears() {
        #expect(SimpleDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(SimpleDate(year: 2026, month: 10, day: 31).adding(days: 10) == SimpleDate(year: 2026, month: 11, day: 10))
        #expect(SimpleDate(year: 2028, month: 2, day: 28).adding(days: 1) == SimpleDate(year: 2028, month: 2, day: 29))
        #expect(SimpleDate(year: 2026, month: 12, day: 31).adding(days: 1) == SimpleDate(year: 2027, month: 1, day: 1))
    }
}
