import KinerjaCore

/// What every page of one build shares: the content, links, scorers and the build date.
/// A class: each page job holds it, and copying a reference is one retain.
final class BuildContext: Sendable {
    let content: Content
    let urls: SiteURLs
    /// The build date: periods that ended before it and have no rows are late.
    let today: SimpleDate
    /// The build time as shown in the footer and feeds (ISO 8601, UTC).
    let timestamp: String
    let scorers: [Int: Scorer]
    let indexes: [Int: YearIndex]
    /// Open-data files of the build, in the order the data page lists them.
    let dataFiles: [DataFileEntry]
    /// Routes of package pages that exist (packages with a `.md` body), per year.
    let packagePages: Set<Route>
    /// Each language's own name, for the language switch.
    let languageNames: [String: String]

    init(content: Content, urls: SiteURLs, today: SimpleDate, timestamp: String, scorers: [Int: Scorer],
         indexes: [Int: YearIndex], dataFiles: [DataFileEntry], packagePages: Set<Route>, languageNames: [String: String]) {
        self.content = content
        self.urls = urls
        self.today = today
        self.timestamp = timestamp
        self.scorers = scorers
        self.indexes = indexes
        self.dataFiles = dataFiles
        self.packagePages = packagePages
        self.languageNames = languageNames
    }

    var site: Site { content.site }

    func scorer(_ year: YearContent) -> Scorer { scorers[year.year] ?? Scorer(site: content.site, year: year) }

    /// The content's years side by side (docs/content.md), over the build's scorers.
    var series: YearSeries { YearSeries(content: content, scorers: scorers) }

    func index(_ year: YearContent) -> YearIndex { indexes[year.year] ?? YearIndex(year, scorer: scorer(year)) }
}

