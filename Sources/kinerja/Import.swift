import ArgumentParser
import Foundation
import KinerjaCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data from other systems into the content.",
        subcommands: [ImportSirup.self, ImportSpse.self]
    )

    /// An import refused: its diagnostics and notes on stderr, nothing written, exit 1.
    static func rejected(_ diagnostics: [Diagnostic], notes: [String]) -> ExitCode {
        Stderr.write(DiagnosticFormatter.format(diagnostics, as: .text))
        for n in notes { Stderr.write(n + "\n") }
        Stderr.write("kinerja import: nothing written\n")
        return ExitCode(1)
    }

    /// An import's warnings and notices on stderr, before its summary.
    static func announce(_ warnings: [Diagnostic], notices: [String]) {
        Stderr.write(DiagnosticFormatter.format(warnings, as: .text))
        for n in notices { Stderr.write(n + "\n") }
    }
}

struct ImportSirup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sirup",
        abstract: "Write <content>/<year>/packages.csv from LKPP's RUP-PaketPenyedia-Terumumkan export.",
        discussion: """
        FILE… is the export as a JSON array of objects, pages of the data.inaproc.id v1 API ({\"data\": [...], \"meta\": ...}, records of all files merged), or as CSV (`,` or `;`), with SIRUP's field \
        names. Areas already in packages.csv are kept; packages without one get the first \
        matching rule of the area map (--area-map, else <content>/<year>/area-map.yaml when it \
        exists). Packages gone from SIRUP are reported and kept unless --drop-missing. Any bad \
        record or unknown kd_satker stops the import: nothing is written. Exit codes: 0 ok; 1 bad \
        input; 2 missing file or folder.
        """
    )

    @Argument(help: "The SIRUP export (.json or .csv): one file, or the pages of the data.inaproc.id v1 API.")
    var files: [String]

    @Option(help: "The fiscal year (tahun anggaran) of the packages.")
    var year: Int

    @Option(name: .customLong("area-map"), help: "Area-map rules (YAML).")
    var areaMap: String?

    @Flag(name: .customLong("drop-missing"), help: "Remove packages that are no longer in SIRUP (unless realizations name them).")
    var dropMissing = false

    @Flag(name: .customLong("add-opds"), help: "Add OPDs that site.yaml does not list to its `opds:` (name from nama_satker, in title case, with a short form).")
    var addOPDs = false

    @Option(name: .customLong("funding"), parsing: .upToNextOption,
            help: "RUP-PaketAnggaranPenyedia files (one row per funding source): fill sumber_dana and mak by kd_rup.")
    var funding: [String] = []

    @Flag(name: .customLong("dry-run"), help: "Report what would change; write nothing.")
    var dryRun = false

    @OptionGroup var options: ContentOptions

    func run() throws {
        let inputs = files.map { SirupImport.Input(path: $0, display: DisplayPath.relative($0)) }
        var request = SirupImport.Request(root: options.content, display: options.displayRoot, inputs: inputs,
                                          year: year, areaMap: areaMap, dropMissing: dropMissing)
        request.addOPDs = addOPDs
        request.funding = funding.map { SirupImport.Input(path: $0, display: DisplayPath.relative($0)) }
        switch SirupImport.prepare(request) {
        case let .failure(.usage(message)):
            throw Self.fail(message)
        case let .failure(.rejected(diagnostics, notes)):
            throw Import.rejected(diagnostics, notes: notes)
        case let .success(plan):
            Import.announce(plan.warnings, notices: plan.notices)
            report(plan)
            if !dryRun {
                do { try SirupImport.apply(plan) } catch { throw Self.fail("\(error)") }
            }
            let action = !plan.changed ? "unchanged:" : (dryRun ? "would write" : "wrote")
            print("kinerja import: \(action) \(plan.targetDisplay): \(plan.summary)")
        }
    }

    private func report(_ plan: SirupImport.Plan) {
        let m = plan.merge
        if let map = plan.areaMapUsed { Stderr.write("area map: \(map)\n") }
        if !plan.addedOPDs.isEmpty {
            Stderr.write("\(dryRun ? "would add" : "added") to `opds:` in site.yaml (check the short forms):\n" + plan.addedOPDs.map { $0 + "\n" }.joined())
        }
        list("deleted or inactive in SIRUP, \(dropMissing ? "dropped" : "kept (use --drop-missing to remove)")", plan.deletedInSirup)
        list("missing from SIRUP, kept (use --drop-missing to remove)", dropMissing ? [] : m.missing)
        list("missing from SIRUP, dropped", m.dropped)
        list("missing from SIRUP, kept because realizations name them", m.keptReferenced)
        list("in SIRUP but described by packages/<kd_rup>.md, left as they are", m.onPage)
        list("without area (set `area` in \(plan.targetDisplay) or add an area-map rule)", m.withoutArea)
    }

    private func list(_ title: String, _ packages: [Package], limit: Int = 20) {
        guard !packages.isEmpty else { return }
        var s = "\(title): \(packages.count)\n"
        for p in packages.prefix(limit) { s += "  \(p.kdRup)  \(p.namaPaket)  [\(p.kdSatker)]\n" }
        if packages.count > limit { s += "  … and \(packages.count - limit) more\n" }
        Stderr.write(s)
    }
}

struct ImportSpse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spse",
        abstract: "Write the period's realization rows of the indicators with `compute: {from: spse…}` from SPSE results.",
        discussion: """
        FILE… are SPSE results (tender: TenderSelesaiNilai; non-tender: NonTenderSelesai…) as a \
        JSON array, pages of the data.inaproc.id v1 API ({"data": [...], "meta": ...}) or CSV \
        (`,` or `;`). Results are matched to the year's packages by kd_rup (or kd_rup_paket); \
        those whose tgl_penetapan_pemenang lies outside the period are left out. The rows go to \
        the period's realization CSV with `spse` in its `source` column; importing again \
        replaces those rows only. Any bad record stops the import: nothing is written. Exit \
        codes: 0 ok; 1 bad input; 2 missing file or folder, or a bad period.
        """
    )

    @Argument(help: "The SPSE results (.json or .csv): tender and non-tender files, or pages of the v1 API.")
    var files: [String]

    @Option(help: "The realization period: 2026-09, 2026-Q3, 2026-S2 or 2026.")
    var period: String

    @Option(help: "The year folder (default: the period's year; must match it).")
    var year: Int?

    @Flag(name: .customLong("dry-run"), help: "Report what would change; write nothing.")
    var dryRun = false

    @OptionGroup var options: ContentOptions

    func run() throws {
        let inputs = files.map { SirupImport.Input(path: $0, display: DisplayPath.relative($0)) }
        let request = SpseImport.Request(root: options.content, display: options.displayRoot, inputs: inputs,
                                         period: period, year: year)
        switch SpseImport.prepare(request) {
        case let .failure(.usage(message)):
            throw Self.fail(message)
        case let .failure(.rejected(diagnostics, notes)):
            throw Import.rejected(diagnostics, notes: notes)
        case let .success(plan):
            Import.announce(plan.warnings, notices: plan.notices)
            if !plan.unmatched.isEmpty {
                var s = "not a package of the year, left out: \(plan.unmatched.count)\n"
                for u in plan.unmatched.prefix(20) { s += "  \(u)\n" }
                if plan.unmatched.count > 20 { s += "  … and \(plan.unmatched.count - 20) more\n" }
                Stderr.write(s)
            }
            if !dryRun {
                do { try SpseImport.apply(plan) } catch { throw Self.fail("\(error)") }
            }
            let action = !plan.changed ? "unchanged:" : (dryRun ? "would write" : "wrote")
            print("kinerja import: \(action) \(plan.targetDisplay): \(plan.summary)")
            if let md = plan.markdown { print("kinerja import: \(dryRun ? "would write" : "wrote") \(md.display) (names \((plan.targetDisplay as NSString).lastPathComponent))") }
        }
    }
}
