import Testing
import KinerjaCore
@testable import KinerjaSite

@Suite struct OpenDataJSONTests {
    @Test func indicatorsJSONMatchesTheDesignContract() {
        let files = OpenData.files(content: Fixture.designExample(), generated: Fixture.generated)
        let json = Fixture.file(files, "data/2026/indicators.json")
        #expect(json == """
            {"year":2026,"generated":"2026-04-06T00:00:00Z","indicators":[{"id":"IK-07",\
            "title":"Rata-rata waktu pemilihan penyedia","area":"waktu","unit":"hari","polarity":"negative",\
            "frequency":"quarterly","aggregation":"average","baseline":{"value":35,"year":2025},"target":28,\
            "periods":[{"period":"2026-Q1","value":31.5,"target":32,"capaian":101.56,"band":"very-high","previous_year":null,\
            "provisional":false,"achieved":true}],\
            "history":[],"medium_term":null,"standard":null,"decision":null,"data_through":"2026-03","projection":null}]}

            """)
    }

    @Test func absentFieldsAreNullAndTheLatestDecisionIsPublished() {
        let bare = Indicator(id: "IK-13", title: "Indeks kepuasan", area: "layanan", frequency: .quarterly,
                             aggregation: .average, positions: Fixture.here)
        func report(_ p: String, _ decision: DecisionKind) -> Report {
            Report(period: Fixture.period(p), meeting: Meeting(on: nil, chair: nil, decisions: [
                Decision(indicator: "IK-13", decision: decision, note: nil, positions: Fixture.here),
            ]), positions: Fixture.here)
        }
        let year = YearContent(
            year: 2026, folder: "content/2026", indicators: [bare],
            realizations: [Realization(period: Fixture.period("2026-Q3"), rows: [
                Fixture.row("2026-01", "IK-13", value: 80), Fixture.row("2026-08", "IK-13", value: 90),
            ], positions: Fixture.here)],
            // Out of period order on purpose: the Q2 meeting is the latest.
            reports: [report("2026-Q2", .continue), report("2026-Q1", .revise)])
        let json = Fixture.file(OpenData.files(content: Fixture.content(year), generated: "g"), "data/2026/indicators.json")
        // Q1 has the January row, Q2 none of its own (repeats the year to date), Q3 the August row:
        // none is reported through its last month, so all three are provisional and none is
        // counted achieved (docs/open-data.md).
        #expect(json == """
            {"year":2026,"generated":"g","indicators":[{"id":"IK-13","title":"Indeks kepuasan","area":"layanan",\
            "unit":null,"polarity":null,"frequency":"quarterly","aggregation":"average","baseline":null,"target":null,\
            "periods":[{"period":"2026-Q1","value":80,"target":null,"capaian":null,"band":null,"previous_year":null,\
            "provisional":true,"achieved":null},\
            {"period":"2026-Q2","value":80,"target":null,"capaian":null,"band":null,"previous_year":null,\
            "provisional":true,"achieved":null},\
            {"period":"2026-Q3","value":85,"target":null,"capaian":null,"band":null,"previous_year":null,\
            "provisional":true,"achieved":null}],\
            "history":[],"medium_term":null,"standard":null,"decision":"continue","data_through":"2026-08","projection":null}]}

            """)
    }

    @Test func stringsAreEscaped() {
        var out = ""
        JSONValue.writeString("a \"quote\" \\ back\nline\ttab \u{01} é \u{2028}", to: &out)
        #expect(out == #""a \"quote\" \\ back\nline\ttab \u0001 é \u2028""#)
    }

    @Test func numbersAreWrittenTheSameEverywhere() {
        #expect(DataNumber.format(32) == "32")
        #expect(DataNumber.format(31.5) == "31.5")
        #expect(DataNumber.format(0.1) == "0.1")
        #expect(DataNumber.format(-0.0) == "0")
        #expect(DataNumber.format(1_250_000_000) == "1250000000")
        // No exponent: the one number-to-text path (DecimalText) writes every digit.
        #expect(DataNumber.format(0.00001) == "0.00001")
        #expect(DataNumber.format(.nan) == nil)
        #expect(DataNumber.capaian(101.5625) == 101.56)
        #expect(DataNumber.capaian(2 / 3 * 100) == 66.67)
    }

    @Test func filesAreByteIdenticalAcrossBuilds() {
        let a = OpenData.files(content: Fixture.designExample(), generated: Fixture.generated)
        let b = OpenData.files(content: Fixture.designExample(), generated: Fixture.generated)
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map(\.bytes) == b.map(\.bytes))
        #expect(a.map(\.path) == [
            "data/2026/indicators.json", "data/2026/indicators.csv", "data/2026/realizations.csv",
            "data/2026/packages.csv", "data/2026/budget.csv", "data/2026/indicators/IK-07.json",
            "data/2026/indicators/IK-07.csv", "data/datapackage.json",
        ])
    }
}
