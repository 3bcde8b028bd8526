import KinerjaCore

typealias PageObserver = @Sendable (_ template: String, _ value: TemplateValue, _ bytes: [UInt8]) -> Void

/// One page in one language.
struct PageJob: Sendable {
    let route: Route
    let env: PageEnv

    /// The output path of the page.
    var path: String { env.build.urls.file(route, env.lang) }

    /// - Parameter observe: shown each page's template, value and bytes (tests compare them
    ///   with the reference Mustache implementation).
    func render(_ templates: TemplateSet, observe: PageObserver? = nil) throws -> OutputFile {
        let path = self.path
        do {
            if route == .searchIndex {
                return OutputFile(path: path, bytes: try SearchIndex(env).json(lang: env.lang))
            }
            let draft = try PageDispatch.draft(route, env: env)
            let bytes = try templates.renderBytes(draft.template, draft.value)
            observe?(draft.template, draft.value, bytes)
            return OutputFile(path: path, bytes: bytes)
        } catch let error as SiteBuildError {
            throw error
        } catch {
            throw SiteBuildError.page(path: path, reason: "\(error)")
        }
    }
}

/// Maps a route to its page builder.
enum PageDispatch {
    static func draft(_ route: Route, env: PageEnv) throws -> PageDraft {
        let content = env.content
        func year(_ y: Int) throws -> YearContent {
            guard let year = content.year(y) else { throw SiteBuildError.page(path: route.path, reason: "no year \(y)") }
            return year
        }
        func missing(_ what: String) -> SiteBuildError { .page(path: route.path, reason: "no \(what)") }
        switch route {
        case .home: return try HomePage.draft(env)
        case .year(let y): return try YearPage.draft(env, try year(y))
        case .status(let y): return try StatusPage.draft(env, try year(y))
        case .changes(let y): return try ChangesPage.draft(env, try year(y))
        case .packages(let y): return try PackagesPage.draft(env, try year(y))
        case let .area(y, id):
            let yc = try year(y)
            guard let area = yc.area(id) else { throw missing("area \(id)") }
            return try AreaPage.draft(env, yc, area)
        case let .indicator(y, id):
            let yc = try year(y)
            guard let indicator = yc.indicator(id) else { throw missing("indicator \(id)") }
            return try IndicatorPage.draft(env, yc, indicator)
        case let .opd(y, code):
            guard let opd = env.site.opd(code) else { throw missing("OPD \(code)") }
            return try OPDPage.draft(env, try year(y), opd)
        case let .package(y, kd):
            let yc = try year(y)
            let position = env.build.index(yc).packagePositionByCode[kd]
            let listed = position.flatMap { yc.packages.indices.contains($0) ? yc.packages[$0] : nil }
            guard let package = listed?.kdRup == kd ? listed : yc.packages.first(where: { $0.kdRup == kd }) else {
                throw missing("package \(kd)")
            }
            return try PackagePage.draft(env, yc, package)
        case let .report(y, period):
            let yc = try year(y)
            guard let report = yc.reports.first(where: { $0.period == period }) else { throw missing("report \(period)") }
            return try ReportPage.draft(env, yc, report)
        case .reports: return try ReportsArchivePage.draft(env)
        case .data: return try DataPage.draft(env)
        case .search: return try SearchPage.draft(env)
        case .searchIndex: throw SiteBuildError.page(path: route.path, reason: "the search index is not a page")
        case .notFound: return try NotFoundPage.draft(env)
        case .feed: return try AtomFeed.draft(env)
        }
    }
}

extension Route {
    /// Pages that list the open-data files (with their sizes): rendered once those are made.
    var listsDataFiles: Bool {
        switch self {
        case .indicator, .data: return true
        default: return false
        }
    }
}
