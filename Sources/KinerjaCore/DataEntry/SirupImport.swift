import Foundation

/// `kinerja import sirup`: reads a SIRUP export and prepares the new `<year>/packages.csv`.
/// Preparing writes nothing; `apply` writes the file in one step. Any error (a bad record,
/// an unknown OPD, a bad area map, an unreadable `packages.csv`) stops the import before
/// anything is written.
public enum SirupImport {
    /// One export file (or one page of the v1 API) and how it is shown to the user.
    public struct Input: Sendable {
        public var path: String
        public var display: String
        public init(path: String, display: String? = nil) {
            self.path = path
            self.display = display ?? path
        }
    }

    public struct Request: Sendable {
        public var root: String
        public var display: String
        /// The files, in the order given; their records are merged (docs/data-entry.md).
        public var inputs: [Input]
        public var input: String { inputs.first?.path ?? "" }
        public var inputDisplay: String { inputs.first?.display ?? "" }
        public var year: Int
        /// The area-map file; nil → `<root>/<year>/area-map.yaml` when it exists.
        public var areaMap: String?
        public var dropMissing: Bool
        /// Add unknown OPDs to site.yaml's `opds:` instead of refusing them (`--add-opds`).
        public var addOPDs = false
        /// RUP-PaketAnggaranPenyedia files (`--funding`): `sumber_dana` and `mak` by `kd_rup`.
        public var funding: [Input] = []

        public init(root: String, display: String? = nil, input: String, inputDisplay: String? = nil, year: Int,
                    areaMap: String? = nil, dropMissing: Bool = false) {
            self.root = root
            self.display = display ?? root
            self.inputs = [Input(path: input, display: inputDisplay)]
            self.year = year
            self.areaMap = areaMap
            self.dropMissing = dropMissing
        }

        public init(root: String, display: String? = nil, inputs: [Input], year: Int,
                    areaMap: String? = nil, dropMissing: Bool = false) {
            self.init(root: root, display: display, input: "", year: year, areaMap: areaMap, dropMissing: dropMissing)
            self.inputs = inputs
        }
    }

    public struct Plan: Sendable {
        public let target: URL
        /// `<content>/<year>/packages.csv` as shown to the user.
        public let targetDisplay: String
        public let data: Data
        /// False when the file would stay byte for byte the same.
        public let changed: Bool
        public let merge: PackageMerge.Result
        /// Records deleted or inactive in SIRUP, left out.
        public let inactive: Int
        /// `kd_rup`s deleted or inactive in SIRUP. Such a package already in packages.csv is
        /// among `merge.missing` (kept) or `merge.dropped` (`--drop-missing`).
        public let inactiveCodes: Set<String>
        /// Packages of packages.csv that SIRUP lists as deleted or inactive.
        public var deletedInSirup: [Package] {
            var seen: Set<String> = []
            return (merge.missing + merge.dropped).filter { inactiveCodes.contains($0.kdRup) && seen.insert($0.kdRup).inserted }
        }
        /// The area map used, as shown to the user.
        public let areaMapUsed: String?
        /// Warnings (they do not stop the import).
        public let warnings: [Diagnostic]
        /// Notices to print (a `kd_rup` given again in another file or page, …).
        public let notices: [String]
        /// site.yaml with the OPDs `--add-opds` adds, nil when none is added.
        public var site: (target: URL, data: Data)? = nil
        /// The OPDs added to site.yaml.
        public var addedOPDs: [String] = []
        /// Packages whose `sumber_dana` / `mak` came from `--funding`.
        public var funded = 0

        /// `N new, N updated, N unchanged, N missing from SIRUP, N without area`.
        public var summary: String {
            var s = "\(merge.new.count) new, \(merge.updated.count) updated, \(merge.unchanged) unchanged, "
                + "\(merge.missing.count) missing from SIRUP, \(merge.withoutArea.count) without area"
            var extra: [String] = []
            if !merge.dropped.isEmpty { extra.append("\(merge.dropped.count) dropped") }
            if inactive > 0 { extra.append("\(inactive) deleted or inactive in SIRUP skipped") }
            if !merge.onPage.isEmpty { extra.append("\(merge.onPage.count) left to their packages/*.md") }
            if funded > 0 { extra.append("\(funded) with funding sources") }
            if !addedOPDs.isEmpty { extra.append("\(addedOPDs.count) \(addedOPDs.count == 1 ? "OPD" : "OPDs") added to site.yaml") }
            if !extra.isEmpty { s += " (" + extra.joined(separator: ", ") + ")" }
            return s
        }
    }

    public enum Failure: Error, Sendable {
        /// A usage or environment problem (exit code 2).
        case usage(String)
        /// Bad input (exit code 1): diagnostics, and notes to print after them.
        case rejected([Diagnostic], notes: [String])
    }

    public static func prepare(_ r: Request) -> Result<Plan, Failure> {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: r.root, isDirectory: &isDir), isDir.boolValue else {
            return .failure(.usage("content folder `\(r.display)` does not exist"))
        }
        let yearURL = URL(fileURLWithPath: r.root).appendingPathComponent(String(r.year))
        let yearDisplay = join(r.display, String(r.year))
        guard fm.fileExists(atPath: yearURL.path, isDirectory: &isDir), isDir.boolValue else {
            return .failure(.usage("`\(yearDisplay)` does not exist: create the year's plan and areas before importing its packages"))
        }
        guard !r.inputs.isEmpty else { return .failure(.usage("no SIRUP export given")) }
        for input in r.inputs + r.funding where !fm.fileExists(atPath: input.path) {
            return .failure(.usage("`\(input.display)` does not exist"))
        }
        var mapURL: URL? = nil
        var mapDisplay: String? = nil
        if let m = r.areaMap {
            guard fm.fileExists(atPath: m) else { return .failure(.usage("area map `\(DisplayPath.relative(m))` does not exist")) }
            mapURL = URL(fileURLWithPath: m)
            mapDisplay = DisplayPath.relative(m)
        } else if fm.fileExists(atPath: yearURL.appendingPathComponent(defaultAreaMap).path) {
            mapURL = yearURL.appendingPathComponent(defaultAreaMap)
            mapDisplay = join(yearDisplay, defaultAreaMap)
        }

        let loaded = ContentLoader.load(root: r.root, display: r.display)
        let targetDisplay = join(yearDisplay, "packages.csv")
        let blocking = loaded.diagnostics.filter {
            $0.severity == .error && ($0.file == join(r.display, "site.yaml") || $0.file == targetDisplay)
        }
        if !blocking.isEmpty {
            return .failure(.rejected(blocking, notes: ["fix site.yaml and \(targetDisplay) first: the import rewrites \(targetDisplay) from what it can read"]))
        }
        let content = loaded.content
        let year = content.year(r.year) ?? YearContent(year: r.year, folder: yearDisplay)

        var diags = DiagnosticBag()
        var all: [SirupRecord] = []
        var shapes: [String] = []
        for input in r.inputs {
            let read = SirupReader.read(URL(fileURLWithPath: input.path), display: input.display, into: &diags)
            let (records, hint) = SirupWebSearch.normalize(read, display: input.display)
            all += records
            if let hint { shapes.append(hint) }
        }
        var notices: [String] = shapes
        let records = acrossFiles(all, notices: &notices)
        var (entries, inactive) = convert(records, year: r.year, into: &diags)
        // `--funding`: sumber_dana and mak by kd_rup (RUP-PaketAnggaranPenyedia).
        var funding: [String: SirupFunding.Sources] = [:]
        if !r.funding.isEmpty {
            var rows: [SirupRecord] = []
            for input in r.funding {
                rows += SirupReader.read(URL(fileURLWithPath: input.path), display: input.display, into: &diags)
            }
            let read = SirupFunding.read(rows, into: &diags)
            funding = read.byCode
            let codes = Set(entries.map(\.package.kdRup))
            let unmatched = read.rows.filter { !codes.contains($0.key) }.values.flatMap { $0 }
                .sorted { ($0.location.file, $0.index) < ($1.location.file, $1.index) }
            if !unmatched.isEmpty {
                var s = "funding: \(unmatched.count) \(unmatched.count == 1 ? "row names" : "rows name") no package of the export, left out:"
                for u in unmatched.prefix(20) { s += "\n  kd_rup \(u.text("kd_rup") ?? "?") at \(place(u))" }
                if unmatched.count > 20 { s += "\n  … and \(unmatched.count - 20) more" }
                notices.append(s)
            }
            for i in entries.indices {
                guard let f = funding[entries[i].package.kdRup], let dana = f.sumberDana else { continue }
                entries[i].package.sumberDana = dana
                entries[i].present.insert("sumber_dana")
            }
            funding = funding.filter { codes.contains($0.key) }
        }
        useSatkerStrings(&entries, site: content.site)
        var areaMap: AreaMap? = nil
        if let url = mapURL, let display = mapDisplay {
            areaMap = AreaMapLoader.load(url, display: display, areas: year.areas.map(\.id), into: &diags)
        }
        let siteDisplay = join(r.display, "site.yaml")
        var notes: [String] = []
        var siteEdit: (target: URL, data: Data)? = nil
        var added: [String] = []
        if r.addOPDs {
            let unknown = unknownSatkers(entries, site: content.site)
            if !unknown.isEmpty {
                let siteURL = URL(fileURLWithPath: r.root).appendingPathComponent("site.yaml")
                let text = (try? Data(contentsOf: siteURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                switch SiteOPDEditor.add(unknown.map(\.entry), to: text) {
                case let .success(new):
                    siteEdit = (siteURL, Data(new.utf8))
                    added = unknown.map { "  - " + $0.entry.flow }
                case let .failure(.flowList(line)):
                    diags.add(.KJ602, at: SourceLocation(file: siteDisplay, line: line, column: 1),
                              "`opds:` is a flow list ([…]); --add-opds appends lines to a block list",
                              hint: "write one `- {code: …}` line per OPD under `opds:`, or add the OPDs by hand")
                }
            }
        } else {
            notes = unknownOPDs(entries, site: content.site, siteDisplay: siteDisplay, into: &diags)
        }
        if diags.hasErrors { return .failure(.rejected(diags.sorted, notes: shapes + notes)) }

        let csvPackages = year.packages.filter { !$0.hasPage }
        let pages = Set(year.packages.filter(\.hasPage).map(\.kdRup))
        let referenced = Set(year.rows.compactMap(\.package))
        let merged = PackageMerge.merge(existing: csvPackages, incoming: entries, areaMap: areaMap,
                                        dropMissing: r.dropMissing, referenced: referenced, pages: pages)
        let target = yearURL.appendingPathComponent("packages.csv")
        var file = PackagesFile.read(target)
        for p in merged.packages {
            if let mak = funding[p.kdRup]?.mak { file.set("mak", mak, for: p.kdRup) }
        }
        let data = Data(file.render(merged.packages).utf8)
        var plan = Plan(target: target, targetDisplay: targetDisplay, data: data, changed: data != file.original || siteEdit != nil,
                        merge: merged, inactive: inactive,
                        inactiveCodes: Set(records.filter { SirupConversion.isInactive($0) }.compactMap { $0.text("kd_rup") }),
                        areaMapUsed: mapDisplay, warnings: diags.sorted,
                        notices: notices)
        plan.site = siteEdit
        plan.addedOPDs = added
        plan.funded = funding.count
        return .success(plan)
    }

    /// Writes `packages.csv` in one step (nothing when it would not change).
    public static func apply(_ plan: Plan) throws {
        guard plan.changed else { return }
        // site.yaml first: its new OPDs are what the packages' `kd_satker` name.
        if let site = plan.site { try AtomicFile.write(site.data, to: site.target) }
        if plan.data != (try? Data(contentsOf: plan.target)) { try AtomicFile.write(plan.data, to: plan.target) }
    }

    /// The area map used when `--area-map` is not given, if it exists in the year folder.
    public static let defaultAreaMap = "area-map.yaml"

    /// Records of several files (or pages) as one list. A `kd_rup` given again in another
    /// file: an identical record is merged silently; a different one replaces the earlier
    /// (the later file wins) with a notice naming both places (docs/data-entry.md). Repeats
    /// within one file stay KJ603 (see `convert`).
    static func acrossFiles(_ records: [SirupRecord], notices: inout [String]) -> [SirupRecord] {
        var out: [SirupRecord] = []
        var at: [String: Int] = [:]
        for record in records {
            guard let kd = record.text("kd_rup"), let i = at[kd], out[i].location.file != record.location.file else {
                if let kd = record.text("kd_rup"), at[kd] == nil { at[kd] = out.count }
                out.append(record)
                continue
            }
            let earlier = out[i]
            if earlier.fields != record.fields {
                notices.append("kd_rup \(kd): \(place(record)) replaces \(place(earlier)) (the later file wins)")
            }
            out[i] = record
        }
        return out
    }

    static func place(_ r: SirupRecord) -> String {
        "\(r.location)" + (r.label.map { " (\($0))" } ?? "")
    }

    /// Active records of the year as entries; duplicates (KJ603) and records of another
    /// year (KJ009) reported.
    static func convert(_ records: [SirupRecord], year: Int, into diags: inout DiagnosticBag) -> ([SirupEntry], Int) {
        var entries: [SirupEntry] = []
        var inactive = 0
        var first: [String: SirupRecord] = [:]
        var otherYears: [Int: [SirupRecord]] = [:]
        for record in records {
            if let kd = record.text("kd_rup") {
                if let earlier = first[kd] {
                    diags.add(.KJ603, at: record.location(of: "kd_rup"),
                              "\(record.label.map { "\($0): " } ?? "")kd_rup \(kd) appears twice; first at \(earlier.label ?? "line \(earlier.location.line)")")
                    continue
                }
                first[kd] = record
            }
            switch SirupConversion.convert(record, year: year, into: &diags) {
            case let .entry(e): entries.append(e)
            case .inactive: inactive += 1
            case let .otherYear(y): otherYears[y, default: []].append(record)
            case .invalid: break
            }
        }
        for (y, rs) in otherYears.sorted(by: { $0.key < $1.key }) {
            let r = rs[0]
            diags.add(.KJ009, at: r.location(of: "tahun_anggaran"),
                      "\(rs.count) \(rs.count == 1 ? "record is" : "records are") for tahun anggaran \(y), not \(year) (first: \(r.label ?? "line \(r.location.line)"))",
                      hint: "export the packages of \(year) from SIRUP, or pass --year \(y)")
        }
        return (entries, inactive)
    }

    /// OPDs are keyed by `kd_satker_str` (e.g. `2.07.3.32.0.00.09.0000`, the code SIRUP and
    /// SPSE share) when the record has it, else by `kd_satker`; a site that lists an OPD by
    /// SIRUP's number keeps it (docs/data-entry.md).
    static func useSatkerStrings(_ entries: inout [SirupEntry], site: Site) {
        for i in entries.indices {
            guard let code = entries[i].record.text("kd_satker_str") else { continue }
            if site.opd(code) != nil || site.opd(entries[i].package.kdSatker) == nil {
                entries[i].package.kdSatker = code
            }
        }
    }

    /// `DINAS PEKERJAAN UMUM` → `Dinas Pekerjaan Umum`; small words (`dan`, `dan`) stay lower case.
    static func titleCase(_ name: String) -> String {
        let small: Set<String> = ["dan", "di", "ke", "dari", "untuk", "serta", "atau", "pada"]
        return name.split(separator: " ").enumerated().map { i, w in
            let lower = w.lowercased()
            if i > 0, small.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    /// A short form of an OPD name: the initials of its words, small words left out
    /// (`Dinas Pekerjaan Umum` → `DPU`).
    static func initials(_ name: String) -> String {
        let small: Set<String> = ["dan", "di", "ke", "dari", "untuk", "serta", "atau", "pada"]
        let s = name.split(separator: " ").filter { !small.contains($0.lowercased()) }
            .compactMap { $0.first.map { String($0).uppercased() } }.joined()
        return s.isEmpty ? name : s
    }

    /// The `kd_satker`s that are no OPD in site.yaml, in the order first met, with the
    /// `opds:` entry to add (name from `nama_satker` in title case, short form its initials)
    /// and their entries.
    static func unknownSatkers(_ entries: [SirupEntry], site: Site) -> [(entry: SiteOPDEditor.Entry, records: [SirupEntry])] {
        var order: [String] = []
        var byCode: [String: [SirupEntry]] = [:]
        for e in entries where site.opd(e.package.kdSatker) == nil {
            if byCode[e.package.kdSatker] == nil { order.append(e.package.kdSatker) }
            byCode[e.package.kdSatker, default: []].append(e)
        }
        return order.map { code in
            let es = byCode[code] ?? []
            let name = es.lazy.compactMap(\.package.namaSatker).first
            let title = titleCase(name ?? code)
            return (SiteOPDEditor.Entry(code: code, name: title, short: name == nil ? code : initials(title)), es)
        }
    }

    /// KJ602 for each `kd_satker` that is no OPD in site.yaml, at its first record; the
    /// notes give the `opds:` entries to add.
    static func unknownOPDs(_ entries: [SirupEntry], site: Site, siteDisplay: String, into diags: inout DiagnosticBag) -> [String] {
        let unknown = unknownSatkers(entries, site: site)
        guard !unknown.isEmpty else { return [] }
        var lines = ["add these OPDs to `opds:` in \(siteDisplay) (then set `short`), and import again, or import with --add-opds:"]
        for (entry, es) in unknown {
            let r = es[0].record
            let name = es.lazy.compactMap(\.package.namaSatker).first
            diags.add(.KJ602, at: r.location(of: "kd_satker"),
                      "\(r.label.map { "\($0): " } ?? "")kd_satker `\(entry.code)`\(name.map { " (\($0))" } ?? "") is not an OPD in site.yaml; \(es.count) \(es.count == 1 ? "package" : "packages")")
            lines.append("  - " + entry.flow)
        }
        if !site.opds.isEmpty {
            lines.append("OPDs in site.yaml: " + site.opds.map { "\($0.code) (\($0.short))" }.joined(separator: ", "))
        }
        return lines
    }

    static func yamlQuoted(_ s: String) -> String {
        "\"" + s.replacingAll("\\", "\\\\").replacingAll("\"", "\\\"") + "\""
    }

    static func join(_ base: String, _ name: String) -> String {
        base.isEmpty || base == "." ? name : (base.hasSuffix("/") ? base + name : base + "/" + name)
    }
}
