import Testing
@testable import KinerjaCore

/// `rounded(_:places:)`: half away from zero, on the decimal written form.
@Suite struct ScoringRoundingTests {
    @Test func roundsHalfAwayFromZero() {
        #expect(rounded(101.5625, places: 2) == 101.56)
        #expect(rounded(0.125, places: 2) == 0.13)
        #expect(rounded(-0.125, places: 2) == -0.13)
        #expect(rounded(2.5, places: 0) == 3)
        #expect(rounded(-2.5, places: 0) == -3)
        #expect(rounded(91.344, places: 1) == 91.3)
    }

    @Test func roundsTheDecimalThatIsWritten() {
        // 1.005 is stored as 1.00499999999999989…; written and rounded as 1.005 → 1.01.
        #expect(rounded(1.005, places: 2) == 1.01)
        #expect(rounded(106.666_666_666_666_67, places: 2) == 106.67)
        #expect(rounded(123_456_789.125, places: 2) == 123_456_789.13)
    }

    @Test func leavesWholeAndNonFiniteNumbersAlone() {
        #expect(rounded(120, places: 2) == 120)
        #expect(rounded(0.00004, places: 4) == 0)
        #expect(rounded(-0.001, places: 2).sign == .plus)
        #expect(rounded(.infinity, places: 2) == .infinity)
        #expect(rounded(.nan, places: 2).isNaN)
    }
}
