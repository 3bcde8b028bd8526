import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads a whole content tree. Every file is read once, on all cores; every problem of
/// every file is reported, and one bad file never hides the others.
public enum ContentLoader {
    public struct Result: Sendable {
        public let content: Content
        public let diagnostics: [Diagnostic]
        /// Number of content files read (site.yaml included).
        public let files: Int
    }

    /// - Parameters:
    ///   - root: the content folder.
    ///   - display: how `root` is written in diagnostics (default: `root` as given).
    ///   - cache: files of an earlier load to reuse when unchanged (`kinerja serve`).
    public static func load(root: String, display: String? = nil, cache: LoadCache? = nil) -> Result {
        let shown = display ?? root
        let rootURL = URL(fileURLWithPath: root)
        var diags = DiagnosticBag()
        func path(_ rel: String) -> String { shown.isEmpty || shown == "." ? rel : (shown.hasSuffix("/") ? shown + rel : shown + "/" + rel) }

        guard Entry.isDirectory(followingLink: rootURL.path) else {
            diags.add(.KJ001, at: SourceLocation(file: shown), "content folder does not exist")
            return Result(content: Content(root: shown, site: Site(positions: Positions(origin: SourceLocation(file: path("site.yaml")))), years: []),
                          diagnostics: diags.items, files: 0)
        }
        let (siteValue, siteDiags) = SiteLoader.load(rootURL.appendingPathComponent("site.yaml"), display: path("site.yaml"))
        diags.merge(siteDiags)
        let site = siteValue ?? Site(positions: Positions(origin: SourceLocation(file: path("site.yaml"))))

        // Collect every file job first, then load them all in parallel.
        var jobs: [Job] = []
        var years: [Int: String] = [:]
        for name in Entry.list(rootURL.path, display: shown, diags: &diags) {
            let full = rootURL.appendingPathComponent(name)
            guard Entry.kind(full.path) == .directory, name.count == 4, let year = Int(name) else { continue }
            years[year] = path(name)
            _ = Entry.list(full.path, display: path(name), diags: &diags)  // reports symbolic links
            let plan = full.appendingPathComponent("plan.md")
            let planKind = Entry.kind(plan.path)
            if planKind == .file {
                jobs.append(Job(kind: .plan, url: plan, display: path("\(name)/plan.md"), year: year))
            } else if planKind != .symlink {
                diags.add(.KJ104, at: SourceLocation(file: path(name)), "year folder \(name) has no plan.md",
                          hint: "add \(path(name))/plan.md with the year's objectives")
            }
            let csv = full.appendingPathComponent("packages.csv")
            if Entry.kind(csv.path) == .file {
                jobs.append(Job(kind: .packagesCSV, url: csv, display: path("\(name)/packages.csv"), year: year))
            }
            for (folder, kind) in [("areas", JobKind.area), ("indicators", .indicator), ("packages", .package),
                                   ("realizations", .realization), ("reports", .report)] {
                let dir = full.appendingPathComponent(folder)
                guard Entry.kind(dir.path) == .directory else { continue }
                for file in Entry.list(dir.path, display: path("\(name)/\(folder)"), diags: &diags) where file.hasSuffix(".md") {
                    let url = dir.appendingPathComponent(file)
                    guard Entry.kind(url.path) == .file else { continue }
                    jobs.append(Job(kind: kind, url: url, display: path("\(name)/\(folder)/\(file)"), year: year))
                }
            }
        }

        let loaded: [Job.Output]
        if let cache {
            loaded = jobs.parallelMap { cache.output(of: $0) }
            cache.keep(only: Set(jobs.map(\.display)))
        } else {
            loaded = jobs.parallelMap { $0.run() }
        }

        var byYear: [Int: YearContent] = [:]
        for (year, folder) in years { byYear[year] = YearContent(year: year, folder: folder) }
        for item in loaded {
            diags.merge(item.diagnostics)
            // Mutate in place (optional chaining) so the arrays are never copied.
            switch item.value {
            case let .plan(p): byYear[item.year]?.plan = p
            case let .area(a): byYear[item.year]?.areas.append(a)
            case let .indicator(i): byYear[item.year]?.indicators.append(i)
            case let .packages(ps): byYear[item.year]?.packages.append(contentsOf: ps)
            case let .realization(r): byYear[item.year]?.realizations.append(r)
            case let .report(r): byYear[item.year]?.reports.append(r)
            case .none: break
            }
        }
        var result = byYear.values.sorted { $0.year < $1.year }
        for i in result.indices {
            result[i].areas.sort { ($0.order, $0.id) < ($1.order, $1.id) }
            result[i].indicators.sort { $0.id.localizedStandardCompare($1.id) == .orderedAscending }
            result[i].realizations.sort { $0.period < $1.period }
            result[i].reports.sort { $0.period < $1.period }
        }
        let dataFiles = loaded.reduce(0) { n, item in
            if case let .realization(r) = item.value, r.dataFile != nil { return n + 1 }
            return n
        }
        return Result(content: Content(root: shown, site: site, years: result), diagnostics: diags.sorted,
                      files: 1 + jobs.count + dataFiles)
    }

    enum JobKind: Sendable { case plan, area, indicator, package, packagesCSV, realization, report }

    enum Loaded: Sendable {
        case plan(Plan), area(Area), indicator(Indicator), packages([Package]), realization(Realization), report(Report)
        case none
    }

    struct Job: Sendable {
        let kind: JobKind
        let url: URL
        let display: String
        let year: Int

        typealias Output = (year: Int, value: Loaded, diagnostics: [Diagnostic])

        func run() -> Output {
            switch kind {
            case .plan:
                let (v, d) = PlanLoader.load(url, display: display, year: year)
                return (year, v.map(Loaded.plan) ?? .none, d)
            case .area:
                let (v, d) = AreaLoader.load(url, display: display)
                return (year, v.map(Loaded.area) ?? .none, d)
            case .indicator:
                let (v, d) = IndicatorLoader.load(url, display: display)
                return (year, v.map(Loaded.indicator) ?? .none, d)
            case .package:
                let (v, d) = PackageLoader.loadMarkdown(url, display: display)
                return (year, v.map { .packages([$0]) } ?? .none, d)
            case .packagesCSV:
                let (v, d) = PackageLoader.loadCSV(url, display: display)
                return (year, .packages(v), d)
            case .realization:
                let (v, d) = RealizationLoader.load(url, display: display, year: year)
                return (year, v.map(Loaded.realization) ?? .none, d)
            case .report:
                let (v, d) = ReportLoader.load(url, display: display, year: year)
                return (year, v.map(Loaded.report) ?? .none, d)
            }
        }
    }
}

/// Directory entries without following symbolic links.
enum Entry {
    enum Kind { case file, directory, symlink, other, missing }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    static let symlinkMessage = "symbolic links are not followed in the content folder"
    static let symlinkHint = "copy the file into the content folder instead"

    /// Whether `path` is a directory, or a symbolic link to one (for the content root the user names).
    static func isDirectory(followingLink path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// Sorted names in `path`, hidden entries skipped; symbolic links and special files (FIFOs,
    /// devices, sockets) reported (KJ001) and skipped.
    static func list(_ path: String, display: String, diags: inout DiagnosticBag) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            diags.add(.KJ001, at: SourceLocation(file: display), "cannot read folder")
            return []
        }
        var out: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            switch kind(path + "/" + name) {
            case .symlink:
                diags.add(.KJ001, at: SourceLocation(file: display + "/" + name), symlinkMessage, hint: symlinkHint)
                continue
            case .other:
                diags.add(.KJ001, at: SourceLocation(file: display + "/" + name), "not a regular file or folder")
                continue
            default:
                break
            }
            out.append(name)
        }
        return out
    }
}
