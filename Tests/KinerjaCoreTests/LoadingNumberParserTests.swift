import Testing
@testable import KinerjaCore

@Suite struct LoadingNumberParserTests {
    @Test(arguments: [
        ("81.2", 81.2), ("12,5", 12.5), ("-3", -3), ("+4", 4), ("0", 0), (" 7 ", 7),
        ("1.250.000.000", 1_250_000_000), ("1,250,000", 1_250_000), ("1.250.000,75", 1_250_000.75),
        ("1,250,000.75", 1_250_000.75), ("Rp1.250.000", 1_250_000), ("Rp 850.000.000", 850_000_000),
        ("81.250", 81.25), ("1e3", 1000), ("\u{00A0}42\u{00A0}", 42),
    ] as [(String, Double)])
    func parses(_ text: String, _ value: Double) {
        #expect(NumberParser.parse(text) == value)
    }

    @Test func groupedDotsAreThousandsForRupiah() {
        #expect(NumberParser.parse("1.250", groupedDots: true) == 1250)
        #expect(NumberParser.parse("1.250") == 1.25)
        #expect(NumberParser.parse("12.5", groupedDots: true) == 12.5)
        #expect(NumberParser.parse("1250000000", groupedDots: true) == 1_250_000_000)
    }

    @Test(arguments: ["", "abc", "1.2.3", "12,5,0", "1.25.000", "Rp", "--3", "1,2.3,4", "dua puluh", "∞", "1e999"])
    func rejects(_ text: String) {
        #expect(NumberParser.parse(text) == nil)
    }
}

/// KJ711's test of a number that reads two ways (docs/validation.md "Numbers that read two ways").
@Suite struct NumberOtherReadingTests {
    @Test(arguments: [
        ("1,250", false, 1250.0), ("1.250", false, 1250.0), ("-3.600", false, -3600.0), ("999,999", true, 999_999.0),
        (" 12,500 ", false, 12_500.0),
    ])
    func readsTwoWays(text: String, grouped: Bool, other: Double) {
        #expect(NumberParser.otherReading(text, groupedDots: grouped) == other)
    }

    @Test(arguments: [
        ("1.250", true), ("0,250", false), ("12,5", false), ("1,2500", false), ("1.250.000", false),
        ("1.250,5", false), ("1250", false), ("81.2", false), ("1234,567", false),
    ])
    func readsOneWay(text: String, grouped: Bool) {
        #expect(NumberParser.otherReading(text, groupedDots: grouped) == nil)
    }
}
