import Foundation
import KinerjaCore

/// Renders a whole site from loaded (and validated) content. Pure: it reads only the
/// templates folder and returns the files; `Publisher` writes them.
///
/// The output is reproducible: the same content, templates, base URL and `generated` time
/// give byte-identical files in the same order.
public struct SiteBuilder: Sendable {
    public let content: Content
    public let templates: URL
    public let baseURL: String?
    /// The build time, Unix seconds (`BuildDate.unixTime()`: `SOURCE_DATE_EPOCH` when set).
    public let generated: Int
    /// Rewrite root-relative links into page-relative ones (see `RelativeLinks`), as
    /// `kinerja build` publishes them. Off by default so tests can read links as routes.
    public let relativeLinks: Bool

    /// The templates every theme must provide.
    public static let requiredTemplates = [
        "home", "year", "status", "area", "indicator", "opd", "packages", "package", "report", "reports",
        "changes", "data", "404", "feed", "sitemap", "robots",
    ]

    public init(content: Content, templates: URL, baseURL: String? = nil, generated: Int, relativeLinks: Bool = false) {
        self.content = content
        self.templates = templates
        self.baseURL = baseURL
        self.generated = generated
        self.relativeLinks = relativeLinks
    }

    public func render() throws -> [OutputFile] {
        let templateSet = try TemplateSet(folder: templates)
        try templateSet.require(Self.requiredTemplates)
        let site = content.site
        let languages = site.languages.isEmpty ? ["id"] : site.languages
        let localizers = try LocalizationLoader.load(folder: templates.appendingPathComponent("i18n"), languages: languages)
        let timestamp = BuildDate.timestamp(unixTime: generated)
        let dataFiles = OpenData.files(content: content, generated: timestamp)
        let urls = SiteURLs(baseURL: baseURL ?? site.baseURL, defaultLanguage: languages[0])
        let routes = Self.routes(content)
        let perYear = content.years.parallelMap { year -> (Scorer, YearIndex) in
            let scorer = Scorer(site: site, year: year)
            return (scorer, YearIndex(year, scorer: scorer))
        }
        var scorers: [Int: Scorer] = [:]
        var indexes: [Int: YearIndex] = [:]
        for (year, (scorer, index)) in zip(content.years, perYear) {
            scorers[year.year] = scorer
            indexes[year.year] = index
        }
        let build = BuildContext(
            content: content, urls: urls, today: SimpleDate(unixTime: generated), timestamp: timestamp, scorers: scorers,
            indexes: indexes,
            dataFiles: OpenData.index(files: dataFiles),
            packagePages: Set(routes.filter { if case .package = $0 { return true } else { return false } }),
            languageNames: Dictionary(localizers.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a }))

        var jobs: [PageJob] = []
        for l in localizers {
            let env = PageEnv(build: build, l: l)
            jobs += routes.map { PageJob(route: $0, env: env) }
            jobs.append(PageJob(route: .notFound, env: env))
            jobs.append(PageJob(route: .feed, env: env))
        }
        let rendered = jobs.parallelMap { job in
            Result { try job.render(templateSet) }
        }
        var files: [OutputFile] = []
        for result in rendered { files.append(try result.get()) }

        files.append(OutputFile(path: "sitemap.xml",
                                text: try templateSet.render("sitemap", model: Sitemap(routes: routes, build: build))))
        files.append(OutputFile(path: "robots.txt",
                                text: try templateSet.render("robots", model: Robots(sitemap: urls.absolute(file: "sitemap.xml")))))
        files += try Assets.files(in: templates.appendingPathComponent("assets"))
        files += dataFiles
        if relativeLinks { files = RelativeLinks.relativize(files, basePath: urls.basePath) }
        return try Self.checkedAndSorted(files)
    }

    /// Every page route of the content (language-independent), in a stable order.
    static func routes(_ content: Content) -> [Route] {
        var routes: [Route] = [.home, .reports, .data]
        for year in content.years {
            let y = year.year
            routes += [.year(y), .status(y), .changes(y), .packages(y)]
            routes += year.areas.map { .area(y, $0.id) }
            routes += year.indicators.map { .indicator(y, $0.id) }
            let opdCodes = Set(year.packages.map(\.kdSatker))
            routes += content.site.opds.filter { opdCodes.contains($0.code) }.map { .opd(y, $0.code) }
            routes += year.packages.filter(\.hasPage).map { .package(y, $0.kdRup) }
            routes += year.reports.map { .report(y, $0.period) }
        }
        return routes
    }

    private static func checkedAndSorted(_ files: [OutputFile]) throws -> [OutputFile] {
        let sorted = files.sorted { $0.path < $1.path }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.path == b.path {
            throw SiteBuildError.duplicatePath(a.path)
        }
        return sorted
    }
}
