import Foundation
import KinerjaCore

/// Renders a whole site from loaded (and validated) content. Pure: it reads only the
/// templates folder and returns the files (or hands them to a sink); `PublishSession`
/// writes them.
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
    /// Where to keep the parsed theme between builds (`kinerja serve`); nil reads it anew.
    public let themes: ThemeCache?
    /// Told when each stage of rendering ends (`KINERJA_TIMINGS`).
    public var timer: StageTimer?
    /// Output paths to render before all others (`kinerja serve`: the pages open in a
    /// browser), and what to call once they are handed over.
    public var first: Set<String> = []
    public var afterFirst: (@Sendable () throws -> Void)?
    /// Shown every page as it is rendered (tests).
    var observePage: PageObserver?
    /// The scorers and indexes of `content`, made beforehand by `prepare` (e.g. while the
    /// content was validated); made by `render` when nil.
    public var prepared: PreparedSite?
    /// What each output is made from; package pages handed to the sink carry their key.
    public var keys: InputKeys?
    /// Outputs of the previous build kept without rendering (incremental builds): each is
    /// handed to `keep` (path, package key) instead of being rendered.
    public var reuse: ReusePlan?
    public var keep: (@Sendable ([(path: String, source: UInt64?)]) throws -> Void)?

    /// Scores and indexes every year of `content` for its pages.
    public static func prepare(_ content: Content) -> PreparedSite {
        PreparedSite(years: YearIndex.build(content.years, site: content.site))
    }

    /// The templates every theme must provide.
    public static let requiredTemplates = [
        "home", "year", "status", "area", "indicator", "opd", "packages", "package", "report", "reports",
        "changes", "data", "search", "404", "feed", "sitemap", "robots",
    ]

    public init(content: Content, templates: URL, baseURL: String? = nil, generated: Int, relativeLinks: Bool = false,
                themes: ThemeCache? = nil) {
        self.content = content
        self.templates = templates
        self.baseURL = baseURL
        self.generated = generated
        self.relativeLinks = relativeLinks
        self.themes = themes
    }

    /// Every file of the site, sorted by path.
    public func render() throws -> [OutputFile] {
        let collected = Locked<[OutputFile]>([])
        try render { file in collected.with { $0.append(file) } }
        return try Self.checkedAndSorted(collected.current)
    }

    /// Renders every file and hands each one to `sink` as soon as it is ready, from several
    /// threads at once (pages render on all cores), so that a caller can write and drop
    /// pages instead of holding the whole site in memory. On failure the error of the first
    /// failing page in route order is thrown (later pages are skipped).
    public func render(into sink: @Sendable (OutputFile) throws -> Void) throws {
        let site = content.site
        let languages = site.languages.isEmpty ? ["id"] : site.languages
        let theme = try themes?.theme(folder: templates, languages: languages) ?? Theme.load(folder: templates, languages: languages)
        timer?.end("theme")
        let templateSet = theme.templates
        let localizers = theme.localizers
        let timestamp = BuildDate.timestamp(unixTime: generated)
        let urls = SiteURLs(baseURL: baseURL ?? site.baseURL, defaultLanguage: languages[0])
        let routes = Self.routes(content)
        let content = self.content
        var scorers: [Int: Scorer] = [:]
        var indexes: [Int: YearIndex] = [:]
        for (scorer, index) in (prepared ?? Self.prepare(content)).years {
            scorers[index.year.year] = scorer
            indexes[index.year.year] = index
        }
        let yearScorers = scorers
        timer?.end("routes, page contexts")
        let packagePages = Set(routes.filter { if case .package = $0 { return true } else { return false } })
        let languageNames = Dictionary(localizers.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        func context(dataFiles: [DataFileEntry]) -> BuildContext {
            BuildContext(content: content, urls: urls, today: SimpleDate(unixTime: generated), timestamp: timestamp,
                         scorers: yearScorers, indexes: indexes, dataFiles: dataFiles, packagePages: packagePages,
                         languageNames: languageNames)
        }
        func jobs(_ build: BuildContext) -> [PageJob] {
            var jobs: [PageJob] = []
            for l in localizers {
                let env = PageEnv(build: build, l: l)
                jobs += routes.map { PageJob(route: $0, env: env) }
                jobs.append(PageJob(route: .notFound, env: env))
                jobs.append(PageJob(route: .feed, env: env))
                jobs.append(PageJob(route: .searchIndex, env: env))
            }
            return jobs
        }
        // Pages that list the open-data files wait for them; the open data is made while
        // every other page renders. Jobs keep their place in route order for errors.
        let withoutData = jobs(context(dataFiles: []))
        // Outputs whose inputs did not change are kept, not rendered (docs/performance.md,
        // "Incremental builds"): package pages one by one, all other outputs together.
        let keys = self.keys
        let keepsSite = reuse?.keepsSite ?? false
        let keeping = keep == nil ? nil : reuse
        @Sendable func isPackage(_ i: Int) -> Bool { if case .package = withoutData[i].route { true } else { false } }
        @Sendable func kept(_ i: Int) -> Bool {
            guard let keeping else { return false }
            let job = withoutData[i]
            return isPackage(i) ? keeping.keeps(page: job.path, key: keeping.keys.key(job.route)) : keepsSite
        }
        // The pages open in a browser (`serve`) first, before the others are even looked at.
        let early = first.isEmpty ? [] : withoutData.indices.filter {
            !withoutData[$0].route.listsDataFiles && first.contains(withoutData[$0].path) && !kept($0)
        }
        let earlySet = Set(early)
        let dataFiles = Locked<[OutputFile]>([])  // made on one thread while pages render
        // Links relative to each page, rewritten as each file is handed over.
        let basePath = relativeLinks ? urls.basePath : nil
        let firstFailure = FirstFailure()
        let observePage = self.observePage
        @Sendable func run(_ job: PageJob, _ i: Int) -> (any Error)? {
            guard !firstFailure.skips(i) else { return nil }
            do {
                var file = Self.finished(try job.render(templateSet, observe: observePage), basePath: basePath)
                if let keys, case .package = job.route { file.source = keys.key(job.route) }
                try sink(file)
                return nil
            } catch {
                firstFailure.record(i)
                return error
            }
        }
        var failures: [(Int, any Error)] = []
        if !early.isEmpty {
            failures += early.parallelMap { i in run(withoutData[i], i).map { (i, $0) } }.compactMap { $0 }
            if failures.isEmpty { try afterFirst?() }
        }
        // Then every other output: kept, or rendered below.
        var keptSet = Set<Int>()
        var keptHanded: [(String, UInt64?)] = []
        if let keeping {
            let pageIndices = withoutData.indices.filter { isPackage($0) && !earlySet.contains($0) }
            let keeps = pageIndices.parallelMap { kept($0) }
            var handed: [(String, UInt64?)] = []
            for (i, keeps) in zip(pageIndices, keeps) where keeps {
                keptSet.insert(i)
                handed.append((withoutData[i].path, keeping.keys.key(withoutData[i].route)))
            }
            if keepsSite {
                for i in withoutData.indices where !isPackage(i) { keptSet.insert(i) }
                handed += keeping.siteOutputs.map { ($0, nil) }
            }
            keptHanded = handed
        }
        let firstPhase = withoutData.indices.filter {
            !withoutData[$0].route.listsDataFiles && !earlySet.contains($0) && !keptSet.contains($0)
        }
        if !keptHanded.isEmpty { try keep?(keptHanded) }
        // Items 0 and 1 make the open data and the sitemap, robots.txt and assets: they start
        // first, each on one core, while pages render. Their errors come after the pages'.
        let others = withoutData.count
        let build = withoutData.first?.env.build ?? context(dataFiles: [])
        failures += Array(0..<(firstPhase.count + 2)).parallelMap { n -> (Int, any Error)? in
            do {
                if n < 2 && keepsSite { return nil }
                switch n {
                case 0:
                    let files = OpenData.files(content: content, generated: timestamp, scorers: yearScorers,
                                                   today: SimpleDate(unixTime: generated))
                    dataFiles.with { $0 = files }
                    for file in files { try sink(file) }
                case 1:
                    var rest = [
                        OutputFile(path: "sitemap.xml",
                                   text: try templateSet.render("sitemap", model: Sitemap(routes: routes, build: build))),
                        OutputFile(path: "robots.txt",
                                   text: try templateSet.render("robots", model: Robots(sitemap: urls.absolute(file: "sitemap.xml")))),
                    ]
                    rest += try Assets.files(in: templates.appendingPathComponent("assets"))
                    // The content files' JSON Schemas for editors (docs/content.md, "Editor help").
                    rest += JSONSchema.files().map { OutputFile(path: "schemas/" + $0.name, text: $0.text) }
                    for file in rest { try sink(Self.finished(file, basePath: basePath)) }
                default:
                    let i = firstPhase[n - 2]
                    return run(withoutData[i], i).map { (i, $0) }
                }
                return nil
            } catch {
                return (others + n, error)
            }
        }.compactMap { $0 }
        let withData = keepsSite ? [] : jobs(context(dataFiles: OpenData.index(files: dataFiles.current)))
        let secondPhase = withData.indices.filter { withData[$0].route.listsDataFiles }
        failures += secondPhase.parallelMap { i in run(withData[i], i).map { (i, $0) } }.compactMap { $0 }
        timer?.end("pages, open data, sitemap, assets")
        if let (_, error) = failures.min(by: { $0.0 < $1.0 }) { throw error }
    }

    /// A file as it is published: with links relative to itself when `basePath` is given.
    private static func finished(_ file: OutputFile, basePath: String?) -> OutputFile {
        guard let basePath else { return file }
        return RelativeLinks.relativize(file, basePath: basePath)
    }

    /// Every page route of the content (language-independent), in a stable order.
    static func routes(_ content: Content) -> [Route] {
        var routes: [Route] = [.home, .reports, .data, .search]
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
