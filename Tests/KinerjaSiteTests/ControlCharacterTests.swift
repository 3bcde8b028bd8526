import Foundation
import KinerjaCore
import Testing
@testable import KinerjaSite

/// A control character in content (flagged KJ015 by `check`) never reaches a page raw: HTML
/// does not allow it, so pages show U+FFFD (docs/validation.md "Control and bidirectional
/// characters").
@Suite struct ControlCharacterTests {
    @Test func escapedTextShowsAReplacementCharacter() {
        #expect(HTMLEscape.escape("a\u{1B}[31m<b>\u{0}") == "a\u{FFFD}[31m&lt;b&gt;\u{FFFD}")
        // Tab and line breaks stay.
        #expect(HTMLEscape.escape("a\tb\nc\r") == "a\tb\nc\r")
    }

    @Test func markdownBodyShowsAReplacementCharacter() throws {
        let html = try #require(Markdown.html("Selisih \u{1B}[31m pagu\u{7F} dan \u{85}nilai", topHeading: 2))
        #expect(html.raw == "<p>Selisih \u{FFFD}[31m pagu\u{FFFD} dan \u{FFFD}nilai</p>\n")
    }

    @Test func noPageCarriesTheRawCharacter() throws {
        let files = try SiteFixture.build(SiteFixture.content(indicatorTitle: "Rata-rata\u{1B} waktu pemilihan"))
        let page = try #require(SiteFixture.page(files, "2026/indicators/IK-07/index.html"))
        #expect(page.contains("Rata-rata\u{FFFD} waktu pemilihan"))
        for file in files where file.path.hasSuffix(".html") {
            #expect(!file.bytes.contains(0x1B), "\(file.path)")
        }
    }
}
