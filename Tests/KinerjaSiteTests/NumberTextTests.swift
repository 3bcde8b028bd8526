import Testing
@testable import KinerjaCore
@testable import KinerjaSite

/// One number-to-text path (`DecimalText`) with one rounding rule: the written decimal,
/// half away from zero. Pages, data files, JSON, open data and messages print a figure the
/// same way (docs/scoring.md, "Rounding").
@Suite struct NumberTextTests {
    static let indonesian = NumberFormat(decimalSeparator: ",", groupingSeparator: ".", percentPattern: "{n} %",
                                         currencyPattern: "Rp{n}")

    /// Value, places, the expected text with `.` (no grouping, trailing zeros dropped).
    static let cases: [(Double, Int, String)] = [
        (1.005, 2, "1.01"),       // binary rounding gave 1 (1.00499999…)
        (2.675, 2, "2.68"),       // binary: 2.67
        (1.0005, 3, "1.001"),
        (-1.005, 2, "-1.01"),
        (0.125, 2, "0.13"),
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (-0.004, 2, "0"),         // no negative zero
        (99.995, 2, "100"),
        (101.5625, 2, "101.56"),
        (83.333333, 1, "83.3"),
        (1234567.125, 2, "1234567.13"),
        (0.0000005, 6, "0.000001"),
        (1e-7, 6, "0"),
        (28, 2, "28"),
        (1e16, 0, "10000000000000000"),
    ]

    @Test(arguments: cases) func everyPathRoundsTheWrittenDecimal(_ value: Double, _ places: Int, _ expected: String) {
        #expect(DecimalText(value, places: places)?.text() == expected)
        #expect(JSONWriter.formatNumber(value, places: places) == expected)
        #expect(NumberText.format(value, maxFractionDigits: places) == expected)
        #expect(KinerjaCore.rounded(value, places: places) == Double(expected))
        // Pages: the same digits with the locale's separators.
        let page = Self.indonesian.number(value, fractionDigits: places)
        #expect(page.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".") == expected)
        #expect(NumberText.format(value, decimalComma: true, maxFractionDigits: places) == expected.replacingOccurrences(of: ".", with: ","))
    }

    @Test func theIssuesFigurePrintsOneWayEverywhere() {
        // 1.005 was 1.01 in open data (Rounding) and 1 on pages, in CSV and in JSON.
        #expect(Self.indonesian.number(1.005) == "1,01")
        #expect(Self.indonesian.percent(91.25) == "91,3 %")
        #expect(Self.indonesian.percent(0.05, fractionDigits: 1) == "0,1 %")
        #expect(Self.indonesian.rupiah(1_250_000_000.5) == "Rp1.250.000.001")
        #expect(Self.indonesian.number(1.005, fractionDigits: 2, fixed: true) == "1,01")
        #expect(Self.indonesian.number(1.1, fractionDigits: 2, fixed: true) == "1,10")
        #expect(JSONWriter.formatNumber(1.005, places: 2) == "1.01")
        #expect(Numbers.percent(1.005) == "1.01")
    }

    @Test func fullPrecisionIsTheShortestDecimalWithoutExponent() {
        #expect(DecimalText(0.1)?.text() == "0.1")
        #expect(DecimalText(1e-5)?.text() == "0.00001")
        #expect(DecimalText(1.5e20)?.text() == "150000000000000000000")
        #expect(DecimalText(-0.0)?.text() == "0")
        #expect(NumberText.format(81.25) == "81.25")
        #expect(NumberText.format(81.25, decimalComma: true) == "81,25")
        #expect(DataNumber.format(31.5) == "31.5")
        #expect(DataNumber.format(32) == "32")
        #expect(DataNumber.format(.nan) == nil)
        #expect(JSONWriter.formatNumber(.infinity) == "null")
        #expect(Self.indonesian.number(.nan) == NumberFormat.invalid)
        #expect(Self.indonesian.number(1e19) == NumberFormat.invalid)
    }
}
