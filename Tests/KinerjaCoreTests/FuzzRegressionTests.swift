import Foundation
import Testing
@testable import KinerjaCore

/// Inputs that broke an invariant or crashed under `scripts/fuzz`, kept so they stay fixed.
/// Each test names the target that found the input.
@Suite struct FuzzRegressionTests {
    /// number: `4e444441` parsed to +∞ (the exponent path skipped the finiteness check), which
    /// would have reached scoring as an infinite target or value.
    @Test func anOverflowingExponentIsNotANumber() {
        #expect(NumberParser.parse("4e444441") == nil)
        #expect(NumberParser.parse("-4e444441", groupedDots: true) == nil)
        #expect(NumberParser.parse("1e308") == 1e308)
        #expect(FuzzEntry.number(Array("4e444441".utf8)) == nil)
    }

    @Test func anOverflowingExponentInContentIsADiagnostic() throws {
        let box = try HostileSandbox()
        try box.write("content/2026/indicators/inf.md", "---\ntitle: Tak hingga\narea: waktu\ntarget: 1e999\n---\n")
        try box.write("content/2026/realizations/2026-03.md", "---\nperiod: 2026-03\ndata: 2026-03.csv\n---\n")
        try box.write("content/2026/realizations/2026-03.csv", "package,indicator,value\n,inf,9e9999\n")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/indicators/inf.md") == ["KJ004 4:9"])
        #expect(result.loadPositions(of: "content/2026/realizations/2026-03.csv") == ["KJ010 2:6"])
        #expect(result.content.year(2026)?.indicator("inf")?.target == nil)
        #expect(box.unchanged)
    }

    /// date: a `SOURCE_DATE_EPOCH` near Int.min overflowed the civil-date arithmetic (a trap).
    /// Values outside 1970…9999 are now ignored, as the reproducible-builds spec allows.
    @Test func anOutOfRangeSourceDateEpochIsIgnored() {
        for bad in ["-9223372036854775808", "9223372036854775807", "-1", "253402300800"] {
            let t = BuildDate.unixTime(environment: ["SOURCE_DATE_EPOCH": bad])
            #expect((0...BuildDate.maxEpoch).contains(t), "SOURCE_DATE_EPOCH=\(bad)")
            #expect(FuzzEntry.date(Array(bad.utf8)) == nil)
        }
        #expect(BuildDate.today(environment: ["SOURCE_DATE_EPOCH": "253402300799"]).description == "9999-12-31")
        #expect(BuildDate.today(environment: ["SOURCE_DATE_EPOCH": "0"]).description == "1970-01-01")
    }
}
