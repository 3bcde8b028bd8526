import Foundation
import KinerjaCore
import Testing
@testable import KinerjaSite

/// The small multiples of the sample site: on every area page one sparkline per indicator of
/// the area, with the indicator's title, current capaian and band written as text; on the
/// home page's area cards one sparkline per indicator of the latest year.
@Suite(.enabled(if: SampleSite.exists, "the sample content is not in this checkout"))
struct SmallMultipleTests {
    static let localizers: [Localizer] = (try? LocalizationLoader.load(
        folder: SiteFixture.templates.appendingPathComponent("i18n"), languages: ["id", "en"])) ?? []

    /// The `<li class="multiple">` items of a page, in order.
    static func multiples(_ html: String) -> [String] {
        html.components(separatedBy: "<li class=\"multiple\">").dropFirst().map {
            String($0[..<($0.range(of: "</li>")?.lowerBound ?? $0.endIndex)])
        }
    }

    static func count(_ needle: String, in html: String) -> Int { html.components(separatedBy: needle).count - 1 }

    @Test func everyAreaPageHasOneSparklinePerIndicatorInBothLanguages() throws {
        #expect(Self.localizers.count == 2)
        let content = SampleSite.checked.content
        var sparklines = 0
        for year in content.years {
            let scorer = Scorer(site: content.site, year: year)
            for area in year.areas {
                let indicators = year.indicators.filter { $0.area == area.id }
                #expect(!indicators.isEmpty, "\(year.year) \(area.id)")
                for l in Self.localizers {
                    let path = (l.code == "id" ? "" : "en/") + "\(year.year)/areas/\(area.id)/index.html"
                    let html = try SampleSite.page(path)
                    let items = Self.multiples(html)
                    #expect(items.count == indicators.count, "\(path)")
                    let withData = indicators.filter { !scorer.series($0).isEmpty }
                    #expect(Self.count("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-spark\"", in: html)
                        == withData.count, "\(path)")
                    for (indicator, item) in zip(indicators, items) {
                        // The title in the page's language, marked with its own when it has none.
                        let (shown, written) = indicator.titles.resolved(l.code, fallback: content.site.defaultLanguage)
                        let title = PageText.inline(shown, written: written, page: l.code).raw
                        #expect(item.contains(">\(title)</a></h3>"), "\(path) \(indicator.id)")
                        guard let period = scorer.latestPeriod(indicator) else {
                            #expect(!item.contains("<svg"), "\(path) \(indicator.id)")
                            #expect(item.contains(try l.text("chart.no_data")), "\(path) \(indicator.id)")
                            continue
                        }
                        let score = scorer.score(indicator, at: period)
                        let capaian = try #require(score.capaian.map(l.percent), "\(path) \(indicator.id)")
                        let band = try #require(score.band, "\(path) \(indicator.id)")
                        #expect(item.contains("<span class=\"capaian\">\(capaian)</span>"), "\(path) \(indicator.id): \(capaian)")
                        #expect(item.contains("<span class=\"band band-\(band.id)\">\(band.label(l.code))</span>"),
                                "\(path) \(indicator.id): \(band.label(l.code))")
                        // Provisional periods carry their marker inside the period line (docs/scoring.md).
                        #expect(item.contains("<p class=\"multiple-period\">\(l.period(period))</p>")
                                || item.contains("<p class=\"multiple-period\">\(l.period(period)) <span class=\"provisional\">"),
                                "\(path) \(indicator.id)")
                        #expect(item.contains("aria-labelledby=\"spark-\(indicator.id)-title spark-\(indicator.id)-desc\""),
                                "\(path) \(indicator.id)")
                        #expect(Self.count("id=\"spark-\(indicator.id)-title\"", in: html) == 1, "\(path) \(indicator.id)")
                        sparklines += 1
                    }
                }
            }
        }
        // 2024, 2025 and 2026 have 12 indicators each; one 2026 indicator has no realization yet.
        #expect(sparklines == 2 * (12 + 12 + 11))
    }

    @Test func anIndicatorWithoutRealizationSaysSoInsteadOfASparkline() throws {
        let html = try SampleSite.page("2026/areas/layanan/index.html")
        let items = Self.multiples(html)
        #expect(items.count == 2)
        #expect(items.filter { $0.contains("<svg") }.count == 1)
        let empty = try #require(items.first { !$0.contains("<svg") })
        #expect(empty.contains("<span class=\"capaian\">–</span>"))
        #expect(empty.contains("Belum ada data realisasi"))
        #expect(!empty.contains("multiple-period"))
    }

    @Test func homeAreaCardsCarryASparklinePerIndicatorOfTheLatestYear() throws {
        let content = SampleSite.checked.content
        let year = try #require(content.latestYear)
        let scorer = Scorer(site: content.site, year: year)
        for l in Self.localizers {
            let html = try SampleSite.page(l.code == "id" ? "index.html" : "en/index.html")
            #expect(Self.count("class=\"chart chart-spark\"", in: html) == 11, "\(l.code)")
            for indicator in year.indicators {
                // The name is shown beside the code (cut by CSS), in full in the link's title.
                // An Indonesian-only name on an English page carries its language (WCAG 3.1.2).
                let shown = indicator.titles.resolved(l.code, fallback: "id")
                let name = shown.lang == l.code ? HTMLEscape.escape(shown.text)
                    : "<span lang=\"\(shown.lang)\">\(HTMLEscape.escape(shown.text))</span>"
                let link = "<a href=\"/kinerja/\(l.code == "id" ? "" : "en/")\(year.year)/indicators/\(indicator.id)/\""
                    + " title=\"\(HTMLEscape.escape(shown.text))\"\(shown.lang == l.code ? "" : " lang=\"\(shown.lang)\"")><span class=\"tag\">\(indicator.id)</span> "
                    + "<span class=\"multiple-name\">\(name)</span></a>"
                #expect(Self.count(link, in: html) == 1, "\(l.code) \(indicator.id)")
                if let period = scorer.latestPeriod(indicator), let capaian = scorer.score(indicator, at: period).capaian {
                    #expect(html.contains("spark-\(indicator.id)-desc"), "\(l.code) \(indicator.id)")
                    // A provisional period carries its marker after the figure (docs/scoring.md).
                    #expect(html.contains("<span class=\"capaian\">\(l.percent(capaian))</span></li>")
                            || html.contains("<span class=\"capaian\">\(l.percent(capaian))</span> <span class=\"provisional\">"),
                            "\(l.code) \(indicator.id)")
                }
            }
        }
        // The year page lists indicators in tables and draws no sparkline.
        #expect(!(try SampleSite.page("2026/index.html")).contains("chart-spark"))
    }
}
