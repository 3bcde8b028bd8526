import Testing
@testable import KinerjaCore

/// `JSONWriter.quote`: plain texts take a short way, the rest are escaped as JSON and as
/// JavaScript need (U+2028 and U+2029 end a line there).
@Suite struct JSONQuoteTests {
    @Test(arguments: [
        ("Rata-rata waktu pemilihan", "\"Rata-rata waktu pemilihan\""),
        ("Σ hari / paket — 91,3 %", "\"Σ hari / paket — 91,3 %\""),
        ("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\""),
        ("line\nnext\tx\r", "\"line\\nnext\\tx\\r\""),
        ("\u{08}\u{0C}\u{01}", "\"\\b\\f\\u0001\""),
        ("a\u{2028}b\u{2029}c", "\"a\\u2028b\\u2029c\""),
        ("\u{2026} and \u{20AC}", "\"\u{2026} and \u{20AC}\""),
        ("", "\"\""),
    ])
    func quotes(_ text: String, _ expected: String) {
        #expect(JSONWriter.quote(text) == expected)
    }
}
