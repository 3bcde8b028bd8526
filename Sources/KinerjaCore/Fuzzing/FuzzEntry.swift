import Foundation

/// Entry points for the fuzz harness (`Fuzz/`, `scripts/fuzz`): each runs one stage of the
/// loader on arbitrary bytes and checks invariants that must hold for any input. Each returns
/// a description of the first broken invariant, or nil. None of them traps on bad input; a
/// trap, a hang or a sanitizer report while running them is a bug.
public enum FuzzEntry {
    /// Front-matter split, YAML guard and compose, and a walk of every field with every getter.
    public static func markdown(_ bytes: [UInt8]) -> String? {
        var diags = DiagnosticBag()
        let path = "fuzz.md"
        guard let source = SourceText.decode(bytes, path: path, into: &diags) else {
            return checkPositions(diags.items, file: path, bytes: bytes)
        }
        let file = MarkdownFile.parse(source, stem: "fuzz", diags: diags)
        if let fields = file.fields {
            _ = file.entityID(fields)
            walk(fields, depth: 0)
        }
        return checkPositions(file.doc.diags.items, file: path, bytes: bytes)
    }

    /// CSV reading and every cell read as text and as a number.
    public static func csv(_ bytes: [UInt8]) -> String? {
        var diags = DiagnosticBag()
        let path = "fuzz.csv"
        guard let source = SourceText.decode(bytes, path: path, into: &diags),
              let table = CSVFile.table(source, into: &diags) else {
            return checkPositions(diags.items, file: path, bytes: bytes)
        }
        for row in table.rows {
            if row.fields.count != row.columns.count { return "row at line \(row.line): fields and columns differ" }
            if row.columns.contains(where: { $0 < 1 }) { return "row at line \(row.line): a column below 1" }
            guard let view = CSVFile.RowView(row: row, table: table, file: path, diags: &diags) else { continue }
            for name in table.header {
                _ = view.text(name)
                _ = view.number(name, diags: &diags)
                _ = view.number(name, groupedDots: true, diags: &diags)
            }
            _ = view.positions
        }
        if zip(table.rows, table.rows.dropFirst()).contains(where: { $0.line >= $1.line }) {
            return "rows are not in line order"
        }
        return checkPositions(diags.items, file: path, bytes: bytes)
    }

    /// `Period(text)`: whatever parses prints back as the same text and is a sane period.
    public static func period(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let p = Period(text) else { return nil }
        if p.description != text { return "`\(text)` parses but prints as `\(p)`" }
        guard (1...12).contains(p.startMonth), p.startMonth <= p.endMonth, p.endMonth <= 12 else {
            return "`\(text)` spans months \(p.startMonth)–\(p.endMonth)"
        }
        guard let year = p.enclosing(.year), year.contains(p), p.startDate <= p.endDate else {
            return "`\(text)` is not within its year"
        }
        if Period.all(p.kind, in: p.year).firstIndex(of: p) != p.index - 1 { return "`\(text)` has the wrong index" }
        return nil
    }

    /// `SimpleDate(text)` round trip, and the build date from a `SOURCE_DATE_EPOCH` of the same text.
    public static func date(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        let today = BuildDate.today(environment: ["SOURCE_DATE_EPOCH": text])
        if SimpleDate(today.description) != today { return "SOURCE_DATE_EPOCH `\(text)` gives the invalid date \(today)" }
        guard let d = SimpleDate(text) else { return nil }
        if d.description != text { return "`\(text)` parses but prints as `\(d)`" }
        return nil
    }

    /// `NumberParser`: results are finite, and a number printed by Swift parses back to itself.
    public static func number(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        for grouped in [false, true] {
            guard let v = NumberParser.parse(text, groupedDots: grouped) else { continue }
            if !v.isFinite { return "`\(text)` parses to \(v)" }
            if !grouped, NumberParser.parse(v.description) != v { return "`\(v)` (from `\(text)`) does not parse back" }
        }
        return nil
    }

    /// The whole loader and validator on a small tree: the first byte picks which file of the
    /// tree the remaining bytes become; the other files are minimal valid ones.
    public static func loadTree(_ bytes: [UInt8]) -> String? {
        guard let root = sandbox else { return nil }
        let slot = Int(bytes.first ?? 0) % treeSlots.count
        let content = Array(bytes.dropFirst())
        for (i, rel) in treeSlots.enumerated() {
            let path = root + "/" + rel
            unlink(path)
            if let bytes = i == slot ? content : defaultFiles[rel].map({ Array($0.utf8) }) { write(bytes, to: path) }
        }
        let loaded = ContentLoader.load(root: root, display: "content")
        let all = loaded.diagnostics + Validator.validate(loaded.content, today: SimpleDate(year: 2026, month: 6, day: 30))
        for d in all where !(d.file == "content" || d.file.hasPrefix("content/")) {
            return "diagnostic outside the content folder: \(d.file)"
        }
        let fuzzed = "content/" + treeSlots[slot]
        return checkPositions(all.filter { $0.file == fuzzed }, file: fuzzed, bytes: content)
    }

    /// Files of the tree a fuzz input can become (relative to the content folder).
    static let treeSlots = [
        "site.yaml", "2026/plan.md", "2026/areas/waktu.md", "2026/indicators/IK-01.md",
        "2026/packages/52011234.md", "2026/packages.csv", "2026/realizations/2026-03.md",
        "2026/realizations/2026-03.csv", "2026/reports/2026-Q1.md",
    ]

    static let defaultFiles: [String: String] = [
        "site.yaml": "title: Fuzz\nlanguages: [id]\nopds:\n  - {code: \"1.03.01\", name: Dinas PUPR}\n",
        "2026/plan.md": "---\nyear: 2026\nstatus: draft\nobjectives:\n  - {id: T1, title: Tepat waktu}\n---\n",
        "2026/areas/waktu.md": "---\ntitle: Ketepatan Waktu\nobjective: T1\n---\nArea.\n",
        "2026/realizations/2026-03.md": "---\nperiod: 2026-03\ndata: 2026-03.csv\n---\n",
    ]

    /// A private content folder for `loadTree`, made once per process.
    static let sandbox: String? = {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("kinerja-fuzz-XXXXXX")
        var template = Array(base.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkdtemp($0) != nil } ?? false }
        guard made else { return nil }
        let root = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for dir in ["2026/areas", "2026/indicators", "2026/packages", "2026/realizations", "2026/reports"] {
            try? FileManager.default.createDirectory(atPath: root + "/" + dir, withIntermediateDirectories: true)
        }
        return root
    }()

    /// Writes a file plainly (Foundation's `Data.write` syncs, which is too slow for fuzzing).
    private static func write(_ bytes: [UInt8], to path: String) {
        guard let file = fopen(path, "wb") else { return }
        defer { fclose(file) }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    }

    /// Calls every getter on every key, descending into mappings and lists of mappings.
    private static func walk(_ f: Fields, depth: Int) {
        guard depth < 8 else { return }
        for key in f.keys {
            guard let node = f.node(key) else { continue }
            switch node {
            case .scalar:
                _ = f.string(key); _ = f.number(key); _ = f.int(key); _ = f.date(key); _ = f.period(key); _ = f.id(key)
                _ = f.choice(key, Polarity.self)
            case .mapping:
                if let sub = f.mapping(key) { walk(sub, depth: depth + 1) }
                _ = f.numberMap(key)
            case .sequence:
                _ = f.strings(key)
                for (_, sub) in f.mappings(key, what: "fuzz") { walk(sub, depth: depth + 1) }
            case .alias:
                break
            }
        }
        f.warnUnknown(["id", "title"], what: "fuzz")
        _ = f.positions
    }

    /// Every diagnostic names `file` and points at a line of it (or at the whole file).
    private static func checkPositions(_ diags: [Diagnostic], file: String, bytes: [UInt8]) -> String? {
        let lines = SourceText.normalizeNewlines(bytes).reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        for d in diags {
            if d.file != file { return "\(d.code) names \(d.file), not \(file)" }
            if d.line < 0 || d.line > lines + 1 { return "\(d.code) at line \(d.line) of a \(lines)-line file: \(d.message)" }
            if d.line > 0 && d.column < 1 { return "\(d.code) at column \(d.column): \(d.message)" }
        }
        return nil
    }
}

extension FuzzEntry {
    /// The differential check of the front-matter YAML fast path: the bytes as YAML text, and
    /// (the first 8 bytes as a seed) 16 generated front-matter-like documents.
    public static func yaml(_ bytes: [UInt8]) -> String? {
        if let problem = YAMLDifferential.compare(String(decoding: bytes, as: UTF8.self)) { return problem }
        var seed: UInt64 = 0
        for b in bytes.prefix(8) { seed = seed << 8 | UInt64(b) }
        var random = YAMLDifferential.Random(state: seed)
        for _ in 0..<16 {
            if let problem = YAMLDifferential.compare(YAMLDifferential.document(&random)) { return problem }
        }
        return nil
    }
}
