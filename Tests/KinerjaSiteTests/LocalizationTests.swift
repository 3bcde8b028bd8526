import Foundation
import KinerjaCore
import Testing
@testable import KinerjaSite

@Suite struct LocalizationTests {
    static let localizers = (try? LocalizationLoader.load(folder: SiteFixture.templates.appendingPathComponent("i18n"),
                                                           languages: ["id", "en"])) ?? []

    func language(_ code: String) throws -> Localizer {
        try #require(Self.localizers.first { $0.code == code })
    }

    @Test func indonesianNumbers() throws {
        let id = try language("id")
        #expect(id.number(1250.5) == "1.250,5")
        #expect(id.number(28) == "28")
        #expect(id.number(1_234_567.891) == "1.234.567,89")
        #expect(id.percent(91.3) == "91,3 %")
        #expect(id.percent(91.25) == "91,3 %")
        #expect(id.percent(100) == "100,0 %")
        #expect(id.rupiah(1_250_000_000 as Int64) == "Rp1.250.000.000")
        #expect(id.rupiah(9_007_199_254_740_993 as Int64) == "Rp9.007.199.254.740.993")
        #expect(id.rupiah(Int64.max) == "Rp9.223.372.036.854.775.807")
        #expect(id.rupiah(1_250_000_000.4) == "Rp1.250.000.000")
        #expect(id.integer(12000) == "12.000")
    }

    @Test func englishNumbers() throws {
        let en = try language("en")
        #expect(en.number(1250.5) == "1,250.5")
        #expect(en.percent(91.3) == "91.3%")
        #expect(en.rupiah(1_250_000_000 as Int64) == "Rp1,250,000,000")
        #expect(en.integer(12000) == "12,000")
    }

    @Test func roundingIsHalfAwayFromZeroAndNegativeZeroIsZero() throws {
        let en = try language("en")
        #expect(en.number(0.125) == "0.13")
        #expect(en.number(-1.005, fractionDigits: 1) == "-1")
        #expect(en.number(-0.004) == "0")
        #expect(en.number(-1250.5) == "-1,250.5")
        #expect(en.number(.nan) == "–")
        #expect(en.percent(.infinity) == "–")
    }

    @Test func datesInBothLanguages() throws {
        let d = SimpleDate(year: 2026, month: 1, day: 15)
        #expect(try language("id").date(d) == "15 Januari 2026")
        #expect(try language("en").date(d) == "15 January 2026")
    }

    @Test func periodNamesInBothLanguages() throws {
        let id = try language("id"), en = try language("en")
        let periods = ["2026-01", "2026-Q1", "2026-S1", "2026", "2026-Q4", "2026-S2"].compactMap(Period.init)
        #expect(periods.map(id.period) == ["Januari 2026", "Triwulan I 2026", "Semester I 2026", "Tahun 2026",
                                          "Triwulan IV 2026", "Semester II 2026"])
        #expect(periods.map(en.period) == ["January 2026", "Q1 2026", "H1 2026", "2026", "Q4 2026", "H2 2026"])
        #expect(periods.map(id.shortPeriod) == ["Jan", "TW I", "Smt I", "2026", "TW IV", "Smt II"])
    }

    @Test func chartStringsCarryPeriodLabelsAndNumberFormat() throws {
        let q = Period.all(.quarter, in: 2026)
        let strings = try language("id").chartStrings(periods: q)
        #expect(strings.periodLabels[q[2]] == "Triwulan III 2026")
        #expect(strings.shortPeriodLabels[q[2]] == "TW III")
        #expect(strings.numbers.percent(101.5625) == "101,6 %")
        #expect(strings.target == "Target")
    }

    @Test func everyLanguageHasEveryUIString() {
        #expect(Self.localizers.count == 2)
    }

    @Test func aMissingUIStringIsAnErrorNamingIt() throws {
        #expect(throws: LocalizationError.missingString(language: "en", key: "nav.nowhere")) {
            try language("en").text("nav.nowhere")
        }
    }

    @Test func aLanguageWithoutStringsFileIsAnError() {
        let folder = SiteFixture.templates.appendingPathComponent("i18n")
        #expect(throws: LocalizationError.missingLanguage(language: "jv", file: folder.appendingPathComponent("jv.yaml").path)) {
            try LocalizationLoader.load(folder: folder, languages: ["id", "jv"])
        }
    }

    @Test func placeholdersAreFilled() {
        #expect(Pattern("Triwulan {roman} {year}").fill(["roman": "II", "year": "2026"]) == "Triwulan II 2026")
        #expect(Pattern("{unknown} stays").fill([:]) == "{unknown} stays")
    }
}
