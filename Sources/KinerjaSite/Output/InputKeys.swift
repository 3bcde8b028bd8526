import Foundation
import KinerjaCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What each output of a build was made from, as keys kept in the build manifest
/// (docs/performance.md, "Incremental builds"). An output whose key equals the previous
/// build's is not rendered again. Keys widen rather than miss: anything a page might show
/// is in its key.
///
/// - `global`: the templates folder (templates, UI strings, assets: path, size,
///   modification time and mode of every file), the base URL, the build date, the link
///   style, the kinerja binary and the content folder's name.
/// - `plan`: `global` and the bytes of every content file except package files,
///   `packages.csv` and the realizations' CSV files: `site.yaml`, `renstra.yaml`, plans,
///   areas, indicators, realization `.md` files, reports (and anything else in the tree).
/// - a package page (each language): `plan`, the package file's whole text (front matter
///   and narrative), the realization rows that name the package (every field but the
///   position), and the years in which the same `kd_rup` has a page (the year switch).
/// - every other output (year, status, area, indicator, OPD, package list, reports, data,
///   search, 404, feed, search index, sitemap, robots.txt, assets, schemas, open data):
///   `site` — `plan`, the build time, `packages.csv` and every realization CSV, and each
///   package's `kd_rup` and front matter (not its narrative, which only its own page shows).
public struct InputKeys: Sendable, Equatable {
    public let global: UInt64
    public let plan: UInt64
    public let site: UInt64
    /// The key of each package page route.
    public let packages: [Route: UInt64]

    /// The key of an output made for `route`.
    public func key(_ route: Route) -> UInt64 {
        if case .package = route, let key = packages[route] { return key }
        return site
    }

    /// The keys of the files below the content and templates folders, taken before the
    /// content is loaded: a file edited meanwhile then gives the next build a different key
    /// (so the pages made from its older bytes are made again), never the other way round.
    public struct Files: Sendable, Equatable {
        /// The templates folder's fingerprint.
        let templates: String
        /// Every content file but package files, `packages.csv` and realization CSVs: path and
        /// bytes.
        let plan: UInt64
        /// `packages.csv` and the realization CSVs: path and bytes.
        let data: UInt64
    }

    /// - Parameters:
    ///   - root: the content folder (its files are hashed, package files excepted: their
    ///     hashes come with the loaded packages).
    ///   - hashes: the hashes of an earlier build to reuse for files whose size, times and
    ///     inode are unchanged (`kinerja serve`).
    public static func files(root: String, templates: String, hashes: FileHashCache? = nil) -> Files {
        let fingerprint = BuildManifest.fingerprint(folders: [templates], options: [])
        var p = KeyMixer(), data = KeyMixer()
        var seen: [String: FileHashCache.Entry] = [:]
        walk(root, relative: "", hashes: hashes, seen: &seen) { relative, key in
            if isData(relative) {
                data.mix(relative)
                data.mix(key)
            } else {
                p.mix(relative)
                p.mix(key)
            }
        }
        hashes?.replace(with: seen)
        return Files(templates: fingerprint, plan: p.value, data: data.value)
    }

    /// - Parameters:
    ///   - content: the content loaded after `files` were taken.
    ///   - options: base URL, build date and binary, as in the manifest's fingerprint.
    ///   - generated: the build time (shown only in the open data's `created`).
    ///   - rows: the row keys of an earlier build, reused while the plan and data files are
    ///     the same (`kinerja serve`).
    public static func make(content: Content, files: Files, options: [String], generated: Int,
                            rows kept: Locked<Rows?>? = nil) -> InputKeys {
        var g = KeyMixer()
        options.forEach { g.mix($0) }
        g.mix("content=" + content.root)
        g.mix(files.templates)
        let global = g.value

        var p = KeyMixer()
        p.mix(global)
        p.mix(files.plan)
        p.mix(content.years.map { String($0.year) }.joined(separator: ","))
        let plan = p.value

        var s = KeyMixer()
        s.mix(plan)
        s.mix(generated)
        s.mix(files.data)
        var pageYears: [String: [Int]] = [:]
        for year in content.years {
            s.mix("year \(year.year)")
            for package in year.packages {
                s.mix(package.kdRup)
                s.mix(package.positions.origin.file)
                s.mix(package.hasPage ? package.frontMatterHash : 0)
                if package.hasPage { pageYears[package.kdRup, default: []].append(year.year) }
            }
        }
        let site = s.value

        // The rows naming each package, in content order, every field but positions: they
        // come from the plan and data files alone.
        let rowsKey = KeyMixer.combine(global, files.plan, files.data)
        let rows = kept?.with { $0?.key == rowsKey ? $0 : nil } ?? Rows(content, key: rowsKey)
        kept?.with { $0 = rows }
        var packages: [Route: UInt64] = [:]
        for year in content.years {
            for package in year.packages where package.hasPage {
                var k = KeyMixer()
                k.mix(plan)
                k.mix(year.year)
                k.mix(package.kdRup)
                k.mix(package.sourceHash)
                k.mix(rows.keys[year.year]?[package.kdRup] ?? 0)
                k.mix((pageYears[package.kdRup] ?? []).map(String.init).joined(separator: ","))
                packages[.package(year.year, package.kdRup)] = k.value
            }
        }
        return InputKeys(global: global, plan: plan, site: site, packages: packages)
    }

    /// The key of the realization rows naming each package, per year.
    public struct Rows: Sendable {
        let key: UInt64
        let keys: [Int: [String: UInt64]]

        init(_ content: Content, key: UInt64) {
            self.key = key
            var keys: [Int: [String: UInt64]] = [:]
            for year in content.years {
                var rows: [String: KeyMixer] = [:]
                for realization in year.realizations {
                    for row in realization.rows {
                        guard let package = row.package else { continue }
                        var m = rows[package] ?? KeyMixer()
                        m.mix(row.period.description)
                        m.mix(row.indicator)
                        m.mix(row.value)
                        m.mix(row.numerator)
                        m.mix(row.denominator)
                        m.mix(row.note)
                        rows[package] = m
                    }
                }
                keys[year.year] = rows.mapValues(\.value)
            }
            self.keys = keys
        }
    }

    /// `packages.csv` and the CSV files of realizations: only their rows reach package pages.
    static func isData(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        guard parts.count >= 2, parts[0].utf8.count == 4, Int(parts[0]) != nil else { return false }
        if parts.count == 2 { return parts[1] == "packages.csv" }
        return parts[1] == "realizations" && relative.lowercased().hasSuffix(".csv")
    }

    /// Visits every entry below `folder` in sorted order with a key of its bytes (symbolic
    /// links: their target text), leaving out `<year>/packages/` folders.
    static func walk(_ folder: String, relative: String, hashes: FileHashCache?, seen: inout [String: FileHashCache.Entry],
                     _ visit: (String, UInt64) -> Void) {
        guard let names = FolderListing.read(folder)?.map(\.name) else { return }
        for name in names.sorted() {
            let path = folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                let parts = rel.split(separator: "/")
                if parts.count == 2, parts[1] == "packages", parts[0].utf8.count == 4, Int(parts[0]) != nil { continue }
                walk(path, relative: rel, hashes: hashes, seen: &seen, visit)
            case S_IFREG:
                let stamp = FileHashCache.stamp(st)
                if let known = hashes?.entry(path), known.stamp == stamp {
                    seen[path] = known
                    visit(rel, known.hash)
                } else {
                    let hash = FileWriter.contents(path).map(XXH64.hash) ?? 1
                    seen[path] = FileHashCache.Entry(stamp: stamp, hash: hash)
                    visit(rel, hash)
                }
            default:
                var target = [Int8](repeating: 0, count: 4096)
                let n = readlink(path, &target, target.count - 1)
                let text = n > 0 ? String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
                visit(rel, XXH64.hash("link:\(text):\(st.st_mode)"))
            }
        }
    }
}

/// The content hashes `InputKeys` took of each file, kept by a long-running process
/// (`kinerja serve`) and reused while a file's size, modification and change times and inode
/// stay the same (like `LoadCache`).
public final class FileHashCache: @unchecked Sendable {
    struct Entry: Sendable {
        let stamp: [Int64]
        let hash: UInt64
    }

    private let entries = Locked<[String: Entry]>([:])

    public init() {}

    func entry(_ path: String) -> Entry? { entries.with { $0[path] } }

    func replace(with seen: [String: Entry]) { entries.with { $0 = seen } }

    static func stamp(_ st: stat) -> [Int64] {
        #if canImport(Glibc)
        [Int64(st.st_size), Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ctim.tv_sec),
         Int64(st.st_ctim.tv_nsec), Int64(st.st_ino)]
        #else
        [Int64(st.st_size), Int64(st.st_mtimespec.tv_sec), Int64(st.st_mtimespec.tv_nsec), Int64(st.st_ctimespec.tv_sec),
         Int64(st.st_ctimespec.tv_nsec), Int64(st.st_ino)]
        #endif
    }
}
