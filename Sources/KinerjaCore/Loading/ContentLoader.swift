import Foundation

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
        var diags = DiagnosticBag()
        func path(_ rel: String) -> String { shown.isEmpty || shown == "." ? rel : (shown.hasSuffix("/") ? shown + rel : shown + "/" + rel) }
        func file(_ folder: String, _ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }

        guard Entry.isDirectory(followingLink: root) else {
            diags.add(.KJ001, at: SourceLocation(file: shown), "content folder does not exist")
            return Result(content: Content(root: shown, site: Site(positions: Positions(origin: SourceLocation(file: path("site.yaml")))), years: []),
                          diagnostics: diags.items, files: 0)
        }
        let (siteValue, siteDiags) = SiteLoader.load(file(root, "site.yaml"), display: path("site.yaml"))
        diags.merge(siteDiags)
        let site = siteValue ?? Site(positions: Positions(origin: SourceLocation(file: path("site.yaml"))))
        let (renstra, renstraDiags) = RenstraLoader.load(file(root, RenstraLoader.fileName), display: path(RenstraLoader.fileName))
        diags.merge(renstraDiags)

        // Collect every file job first, then load them all in parallel. Kinds come from the
        // listings: no file is looked at twice.
        var jobs: [Job] = []
        var years: [Int: String] = [:]
        for entry in Entry.entries(root, display: shown, diags: &diags) {
            let name = entry.name
            guard entry.kind == .directory, name.utf8.count == 4, let year = Int(name) else { continue }
            years[year] = path(name)
            let full = file(root, name)
            var kinds: [String: Entry.Kind] = [:]
            for e in Entry.entries(full, display: path(name), diags: &diags) { kinds[e.name] = e.kind }
            let planKind = kinds["plan.md"] ?? .missing
            let planEnglish = kinds["plan.en.md"] == .file
                ? Companion(path: full + "/plan.en.md", display: path("\(name)/plan.en.md")) : nil
            if planKind == .file {
                jobs.append(Job(kind: .plan, path: full + "/plan.md", display: path("\(name)/plan.md"), year: year,
                                english: planEnglish))
            } else if planKind != .symlink {
                diags.add(.KJ104, at: SourceLocation(file: path(name)), "year folder \(name) has no plan.md",
                          hint: "add \(path(name))/plan.md with the year's objectives")
            }
            if kinds["packages.csv"] == .file {
                jobs.append(Job(kind: .packagesCSV, path: full + "/packages.csv", display: path("\(name)/packages.csv"), year: year))
            }
            for (folder, kind) in [("areas", JobKind.area), ("indicators", .indicator), ("packages", .package),
                                   ("realizations", .realization), ("reports", .report)] {
                guard kinds[folder] == .directory else { continue }
                let dir = full + "/" + folder
                let shownDir = path("\(name)/\(folder)")
                let files = Entry.entries(dir, display: shownDir, diags: &diags).filter { $0.kind == .file && $0.name.hasSuffix(".md") }
                // `<name>.en.md` is the English body of `<name>.md` (docs/content.md), not a
                // file of its own (areas, indicators and reports have them).
                let companions = ![.area, .indicator, .report].contains(kind) ? [] : files.filter { $0.name.hasSuffix(Companion.suffix) }
                let names = Set(files.map(\.name))
                for e in companions where !names.contains(Companion.main(of: e.name)) {
                    diags.add(.KJ017, at: SourceLocation(file: shownDir + "/" + e.name),
                              "`\(e.name)` is an English body, but `\(Companion.main(of: e.name))` does not exist: it is not read",
                              hint: "name it after the file it translates, e.g. ik-01.en.md beside ik-01.md")
                }
                let companionNames = Set(companions.map(\.name))
                for e in files where !companionNames.contains(e.name) {
                    let englishName = String(e.name.dropLast(3)) + Companion.suffix
                    let english = companionNames.contains(englishName)
                        ? Companion(path: dir + "/" + englishName, display: shownDir + "/" + englishName) : nil
                    jobs.append(Job(kind: kind, path: dir + "/" + e.name, display: shownDir + "/" + e.name, year: year,
                                    english: english))
                }
            }
        }

        // Realizations (each may read a CSV of 10 000 rows) start first, so that no core is
        // left with one at the end; every kind keeps the order of its own files.
        jobs = jobs.filter { $0.kind == .realization } + jobs.filter { $0.kind != .realization }

        var loaded: [Job.Output]
        if let cache {
            loaded = cache.outputs(of: jobs)
        } else {
            loaded = jobs.parallelMap { $0.run() }
        }

        var byYear: [Int: YearContent] = [:]
        for (year, folder) in years { byYear[year] = YearContent(year: year, folder: folder) }
        var dataFiles = 0
        // Taken out of `loaded` one by one, in order (moved, not copied).
        loaded.reverse()
        while let item = loaded.popLast() {
            diags.merge(item.diagnostics)
            // Mutate in place (optional chaining) so the arrays are never copied.
            switch item.value {
            case let .plan(p): byYear[item.year]?.plan = p
            case let .area(a): byYear[item.year]?.areas.append(a)
            case let .indicator(i): byYear[item.year]?.indicators.append(i)
            case let .package(p): byYear[item.year]?.packages.append(p)
            case let .packages(ps): byYear[item.year]?.packages.append(contentsOf: ps)
            case let .realization(r):
                if r.dataFile != nil { dataFiles += 1 }
                byYear[item.year]?.realizations.append(r)
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
        return Result(content: Content(root: shown, site: site, years: result, renstra: renstra), diagnostics: diags.sorted,
                      files: 1 + (renstra == nil ? 0 : 1) + jobs.count + dataFiles)
    }

    enum JobKind: Sendable { case plan, area, indicator, package, packagesCSV, realization, report }

    enum Loaded: Sendable {
        case plan(Plan), area(Area), indicator(Indicator), package(Package), packages([Package]), realization(Realization), report(Report)
        case none
    }

    /// An English body `<name>.en.md` beside `<name>.md`.
    struct Companion: Sendable {
        static let suffix = ".en.md"
        let path: String
        let display: String

        /// `ik-01.md` for `ik-01.en.md`.
        static func main(of name: String) -> String { String(name.dropLast(suffix.count)) + ".md" }
    }

    struct Job: Sendable {
        let kind: JobKind
        /// The file's path as the file system is asked for it.
        let path: String
        let display: String
        let year: Int
        /// The English body beside the file, if any.
        var english: Companion? = nil

        /// The English body's text; diagnostics of reading it go to `diagnostics`.
        func englishBody(_ diagnostics: inout [Diagnostic]) -> String? {
            guard let english else { return nil }
            var bag = DiagnosticBag()
            let text = SourceText.read(path: english.path, display: english.display, limit: Limits.maxMarkdownBytes, into: &bag)?.text
            diagnostics += bag.items
            return text
        }

        typealias Output = (year: Int, value: Loaded, diagnostics: [Diagnostic])

        func run() -> Output {
            switch kind {
            case .plan:
                var (v, d) = PlanLoader.load(path, display: display, year: year)
                if let body = englishBody(&d) { v?.bodies["en"] = body }
                return (year, v.map(Loaded.plan) ?? .none, d)
            case .area:
                var (v, d) = AreaLoader.load(path, display: display)
                if let body = englishBody(&d) { v?.bodies["en"] = body }
                return (year, v.map(Loaded.area) ?? .none, d)
            case .indicator:
                var (v, d) = IndicatorLoader.load(path, display: display)
                if let body = englishBody(&d) { v?.bodies["en"] = body }
                return (year, v.map(Loaded.indicator) ?? .none, d)
            case .package:
                let (v, d) = PackageLoader.loadMarkdown(path, display: display)
                return (year, v.map(Loaded.package) ?? .none, d)
            case .packagesCSV:
                let (v, d) = PackageLoader.loadCSV(path, display: display)
                return (year, .packages(v), d)
            case .realization:
                let (v, d) = RealizationLoader.load(path, display: display, year: year)
                return (year, v.map(Loaded.realization) ?? .none, d)
            case .report:
                var (v, d) = ReportLoader.load(path, display: display, year: year)
                if let body = englishBody(&d) { v?.bodies["en"] = body }
                return (year, v.map(Loaded.report) ?? .none, d)
            }
        }
    }
}
