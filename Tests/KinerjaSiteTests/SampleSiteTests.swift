import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KinerjaCore
import Testing
@testable import KinerjaSite

/// The embedded sample publisher (`content/`), loaded, validated and rendered once.
enum SampleSite {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let content = root.appendingPathComponent("content")
    static var exists: Bool { FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yaml").path) }
    /// 2026-11-29T00:00:00Z
    static let generated = 1_795_910_400

    static let checked = Pipeline.check(root: content.path, display: "content", today: SimpleDate(unixTime: generated))
    static let files: Result<[OutputFile], Error> = Result {
        try SiteBuilder(content: checked.content, templates: SiteFixture.templates, baseURL: "https://kinerja.example.go.id/kinerja/",
                        generated: generated).render()
    }

    static func page(_ path: String) throws -> String {
        let files = try files.get()
        guard let file = files.first(where: { $0.path == path }) else { throw SampleError.missing(path) }
        return String(decoding: file.bytes, as: UTF8.self)
    }

    enum SampleError: Error { case missing(String) }
}

@Suite(.enabled(if: SampleSite.exists, "the sample content is not in this checkout"))
struct SampleSiteTests {
    @Test func sampleHasNoErrorsAndBuildsEveryPageKind() throws {
        #expect(!SampleSite.checked.hasErrors)
        let content = SampleSite.checked.content
        let paths = Set(try SampleSite.files.get().map(\.path))
        var expected = ["index.html", "reports/index.html", "data/index.html", "404.html", "reports/feed.xml"]
        for year in content.years {
            let y = year.year
            expected += ["\(y)/index.html", "\(y)/status/index.html", "\(y)/changes/index.html", "\(y)/packages/index.html"]
            expected += year.areas.map { "\(y)/areas/\($0.id)/index.html" }
            expected += year.indicators.map { "\(y)/indicators/\($0.id)/index.html" }
            expected += Set(year.packages.map(\.kdSatker)).map { "\(y)/opd/\($0)/index.html" }
            expected += year.packages.filter(\.hasPage).map { "\(y)/packages/\($0.kdRup)/index.html" }
            expected += year.reports.map { "\(y)/reports/\($0.period)/index.html" }
        }
        #expect(content.years.count == 3)
        #expect(content.years.contains { $0.packages.contains(where: \.hasPage) })
        for path in expected {
            #expect(paths.contains(path), "\(path)")
            #expect(paths.contains("en/" + path), "en/\(path)")
        }
        #expect(paths.isSuperset(of: ["sitemap.xml", "robots.txt", "assets/site.css", "assets/filter.js"]))
    }

    @Test func everyInternalLinkResolves() throws {
        let files = try SampleSite.files.get()
        let paths = Set(files.map(\.path))
        var checked = 0
        for file in files where file.path.hasSuffix(".html") {
            for link in SiteBuilderTests.links(in: String(decoding: file.bytes, as: UTF8.self)) {
                guard link.hasPrefix("/") else {
                    // In-page links (a report's table of contents) must name an id of the page.
                    let html = String(decoding: file.bytes, as: UTF8.self)
                    #expect(link == "#main" || link.hasPrefix("https://")
                            || (link.hasPrefix("#") && html.contains("id=\"\(link.dropFirst())\"")), "\(file.path): \(link)")
                    continue
                }
                #expect(link.hasPrefix("/kinerja/"), "\(file.path): \(link)")
                var target = String(link.dropFirst("/kinerja/".count))
                if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = String(target[..<cut]) }
                if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                #expect(paths.contains(target), "\(file.path) links to missing \(link)")
                checked += 1
            }
        }
        #expect(checked > 5000)
    }

    @Test func indicatorPagesShowTheScorersFigures() throws {
        let content = SampleSite.checked.content
        let localizers = try LocalizationLoader.load(folder: SiteFixture.templates.appendingPathComponent("i18n"), languages: ["id", "en"])
        for year in content.years {
            let scorer = Scorer(site: content.site, year: year)
            for indicator in year.indicators {
                guard let period = scorer.latestPeriod(indicator), let capaian = scorer.score(indicator, at: period).capaian else { continue }
                for l in localizers {
                    let prefix = l.code == "id" ? "" : "en/"
                    let html = try SampleSite.page("\(prefix)\(year.year)/indicators/\(indicator.id)/index.html")
                    #expect(html.contains(l.percent(capaian)), "\(l.code) \(year.year) \(indicator.id): \(l.percent(capaian))")
                    #expect(html.contains(l.period(period)), "\(l.code) \(year.year) \(indicator.id)")
                }
            }
        }
    }

    @Test func closedYearHasAllSeventeenStepsDone() throws {
        let html = try SampleSite.page("2025/index.html")
        #expect(html.components(separatedBy: "<tr class=\"is-done\" role=\"row\">").count - 1 == 17)
        #expect(!html.contains("<tr class=\"is-open\">"))
        #expect(html.contains("17 dari 17 langkah selesai"))
    }

    @Test func reportsArchiveIsNewestFirst() throws {
        let html = try SampleSite.page("reports/index.html")
        let order = ["/kinerja/2026/reports/2026-Q3/", "/kinerja/2026/reports/2026-Q1/", "/kinerja/2025/reports/2025/",
                     "/kinerja/2025/reports/2025-Q1/"].map { html.range(of: "href=\"\($0)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        let positions = order.compactMap { $0 }
        #expect(positions == positions.sorted())
    }

    @Test func everyPageHasOneHeadingLandmarksAndLanguage() throws {
        for file in try SampleSite.files.get() where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            let lang = file.path.hasPrefix("en/") ? "en" : "id"
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(lang)\">"), "\(file.path)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(file.path)")
            #expect(html.contains("<main id=\"main\""), "\(file.path)")
            #expect(html.contains("<a class=\"skip\" href=\"#main\">"), "\(file.path)")
        }
    }

    @Test func feedAndSitemapAreWellFormedXML() throws {
        let reports = SampleSite.checked.content.years.reduce(0) { $0 + $1.reports.count }
        for path in ["reports/feed.xml", "en/reports/feed.xml", "sitemap.xml"] {
            let text = try SampleSite.page(path)
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
        let feed = try SampleSite.page("reports/feed.xml")
        #expect(feed.components(separatedBy: "<entry>").count - 1 == reports)
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://kinerja.example.go.id/kinerja/reports/feed.xml\"/>"))
    }
}


/// The weakest indicator named in a summary keeps its language on English pages (WCAG 3.1.2).
@Suite struct WeakestIndicatorLanguageTests {
    @Test func theWeakestTitleCarriesItsLanguage() throws {
        let en = try SampleSite.page("en/index.html")
        #expect(en.contains("<p class=\"summary-weakest\">Weakest: IK-07 <span lang=\"id\">Jumlah pengelola pengadaan yang memperoleh sertifikat kompetensi</span> (64.3%)</p>"))
        #expect(en.contains("<p class=\"card-weakest\">Weakest: IK-02 Share of tender and selection packages completed on schedule (97.6%)</p>"))
        let id = try SampleSite.page("index.html")
        #expect(id.contains("<p class=\"summary-weakest\">Terlemah: IK-07 Jumlah pengelola pengadaan yang memperoleh sertifikat kompetensi (64,3 %)</p>"))
    }
}
