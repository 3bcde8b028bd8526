import KinerjaCore

/// `/reports/feed.xml`: an Atom feed of the reports of all years, newest first. Entry ids
/// and dates come from the content (period, presentation date), so the feed is the same for
/// the same content.
struct AtomFeed: Encodable {
    struct Entry: Encodable {
        let id: String
        let title: String
        let href: String
        let updated: String
        let summary: String
        /// The analysis as HTML, given as text: the template escapes it for `type="html"`.
        let content: String
    }

    let lang: String
    let id: String
    let title: String
    let selfHref: String
    let siteHref: String
    let updated: String
    let author: String
    let entries: [Entry]

    static func draft(_ env: PageEnv) throws -> PageDraft {
        PageDraft(route: .feed, template: "feed", value: try TemplateEncoder.encode(try AtomFeed(env)))
    }

    init(_ env: PageEnv) throws {
        let urls = env.build.urls
        var entries: [(SimpleDate, Entry)] = []
        for year in env.content.years {
            for report in year.reports {
                let date = report.presented?.on ?? report.period.endDate
                let href = urls.absolute(.report(year.year, report.period), env.lang)
                entries.append((date, Entry(
                    id: urls.origin == nil ? "urn:kinerja:\(env.lang):report:\(report.period)" : href, title: try ReportTitle.text(report, env: env), href: href, updated: Self.timestamp(date),
                    summary: try env.text("feed.summary", ["period": env.l.period(report.period),
                                                           "status": try env.text("report.status.\(report.status.rawValue)")]),
                    content: Markdown.html(report.body, topHeading: 2)?.raw ?? "")))
            }
        }
        entries.sort { ($0.0, $0.1.id) > ($1.0, $1.1.id) }
        lang = env.lang
        selfHref = urls.absolute(.feed, env.lang)
        id = urls.origin == nil ? "urn:kinerja:\(env.lang):reports" : selfHref
        title = try env.text("feed.title", ["site": env.site.title])
        siteHref = urls.absolute(.reports, env.lang)
        updated = entries.first.map { Self.timestamp($0.0) } ?? Self.timestamp(env.build.today)
        author = env.site.unit.isEmpty ? env.site.title : env.site.unit
        self.entries = entries.map(\.1)
    }

    static func timestamp(_ d: SimpleDate) -> String { "\(d)T00:00:00Z" }
}
