import Foundation
import Testing
@testable import KinerjaCore

/// Texts written once or per language, and `<name>.en.md` bodies (docs/content.md, "Texts in
/// more than one language").
@Suite struct LocalizedContentTests {
    static func load(_ mutations: [ValidationFixture.Mutation]) throws -> ContentLoader.Result {
        let root = try ValidationFixture.make(mutations)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        return ContentLoader.load(root: root.path, display: "content")
    }

    @Test func aTitleMayBeTextOrAMapPerLanguageWithPositions() throws {
        let result = try Self.load([
            .replace(RuleCases.ik03, "title: Indeks kepuasan layanan pengadaan",
                     "title:\n  id: Indeks kepuasan layanan pengadaan\n  en: Procurement service satisfaction index"),
        ])
        #expect(result.diagnostics.filter { $0.severity == .error }.map { DiagnosticFormatter.text($0) } == [])
        let year = try #require(result.content.years.first)
        let ik03 = try #require(year.indicators.first { $0.id == "IK-03" })
        #expect(ik03.title == "Indeks kepuasan layanan pengadaan")
        #expect(ik03.titles.resolved("en", fallback: "id") == ("Procurement service satisfaction index", "en"))
        #expect(ik03.titles.resolved("id", fallback: "id") == ("Indeks kepuasan layanan pengadaan", "id"))
        #expect(ik03.positions.key("title.en") == SourceLocation(file: "content/2026/indicators/IK-03.md", line: 4, column: 3))
        #expect(ik03.positions.value("title.en") == SourceLocation(file: "content/2026/indicators/IK-03.md", line: 4, column: 7))
        // A text written once is in the default language: an English page falls back to it.
        let ik01 = try #require(year.indicators.first { $0.id == "IK-01" })
        #expect(!ik01.titles.isMap)
        #expect(ik01.titles.resolved("en", fallback: "id").lang == "id")
        #expect(ik01.positions.value("title") == SourceLocation(file: "content/2026/indicators/IK-01.md", line: 2, column: 8))
    }

    @Test func aSiteTitleAndAnOPDNameMayBeMaps() throws {
        let site = try String(contentsOf: ValidationFixture.validFolder.appendingPathComponent("site.yaml"), encoding: .utf8)
        let title = try #require(site.split(separator: "\n").first { $0.hasPrefix("title: ") })
        let result = try Self.load([
            .replace("site.yaml", String(title), "title: {id: \(title.dropFirst(7)), en: Procurement Performance}"),
        ])
        #expect(result.diagnostics.filter { $0.severity == .error }.map { DiagnosticFormatter.text($0) } == [])
        #expect(result.content.site.title == String(title.dropFirst(7)))
        #expect(result.content.site.titles.resolved("en", fallback: "id").text == "Procurement Performance")
        // The short name defaults to the title, in every language.
        #expect(result.content.site.shortNames.resolved("en", fallback: "id").text != "")
    }

    @Test func anUnknownLanguageKeyIsReportedAtTheKeyAndTheOthersAreKept() throws {
        let result = try Self.load([
            .replace(RuleCases.ik03, "title: Indeks kepuasan layanan pengadaan",
                     "title:\n  id: Indeks kepuasan layanan pengadaan\n  eng: Satisfaction index"),
        ])
        let found = result.diagnostics.filter { $0.rule == .KJ016 }
        #expect(found.map { DiagnosticFormatter.text($0) } == [
            "content/2026/indicators/IK-03.md:4:3: warning[KJ016]: `title` has a text in `eng`: the languages are id and en\n"
                + "    hint: did you mean `en`?\n",
        ])
        let ik03 = try #require(result.content.years.first?.indicators.first { $0.id == "IK-03" })
        #expect(ik03.title == "Indeks kepuasan layanan pengadaan")
        #expect(ik03.titles.byLanguage["en"] == nil)
    }

    @Test func anEnglishBodyIsReadBesideItsFileAndAnOrphanIsReported() throws {
        let result = try Self.load([
            .write("2026/areas/biaya.en.md", "The difference between **budget** and contract.\n"),
            .write("2026/indicators/IK-09.en.md", "Nothing to translate.\n"),
        ])
        let year = try #require(result.content.years.first)
        let biaya = try #require(year.areas.first { $0.id == "biaya" })
        #expect(biaya.bodies["en"] == "The difference between **budget** and contract.\n")
        #expect(biaya.body.contains("Selisih pagu"))
        // A companion is not an area of its own.
        #expect(year.areas.map(\.id).filter { $0.contains(".en") } == [])
        #expect(result.diagnostics.filter { $0.rule == .KJ017 }.map { DiagnosticFormatter.text($0) } == [
            "content/2026/indicators/IK-09.en.md: warning[KJ017]: `IK-09.en.md` is an English body, but `IK-09.md` does not exist: it is not read\n"
                + "    hint: name it after the file it translates, e.g. ik-01.en.md beside ik-01.md\n",
        ])
    }
}
