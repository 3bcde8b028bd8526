import Foundation
import Testing
@testable import KinerjaCore

/// The front-matter fast path (`YAMLSubsetParser`) against Yams: wherever it accepts a text,
/// it gives Yams' tree — the same scalars, kinds, order and positions — and Yams reports no
/// error there; everything else it declines.
@Suite struct YAMLSubsetTests {
    /// Yams' tree of `yaml` and its diagnostics.
    private func yams(_ yaml: String) -> (YAMLNode?, [Diagnostic]) {
        let doc = YAMLDocument(file: "f.md", lineOffset: 0)
        let node = doc.parseWithYams(yaml)
        return (node, doc.diags.items)
    }

    /// Whether the fast path accepted `yaml` (and, when it did, matched Yams).
    @discardableResult
    private func same(_ yaml: String, _ name: String = "snippet") -> Bool {
        guard let fast = YAMLSubsetParser.parse(yaml) else { return false }
        let (slow, diags) = yams(yaml)
        #expect(diags.isEmpty, "\(name): the fast path accepted YAML that Yams reports: \(diags.map(\.message))")
        #expect(fast == slow, "\(name): trees differ\nfast: \(fast)\nyams: \(String(describing: slow))")
        return true
    }

    /// The YAML of every `.md` front-matter and `.yaml` file below `folder`.
    private func documents(below folder: URL) -> [(String, String)] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var out: [(String, String)] = []
        for case let rel as String in walker where rel.hasSuffix(".md") || rel.hasSuffix(".yaml") {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(rel).path) else { continue }
            var diags = DiagnosticBag()
            guard let source = SourceText.decode(Array(bytes), path: rel, into: &diags) else { continue }
            if rel.hasSuffix(".yaml") {
                out.append((rel, source.text))
            } else if let fm = FrontMatter.split(source, into: &diags) {
                out.append((rel, fm.yaml))
            }
        }
        return out
    }

    @Test func everyContentAndFixtureFileGivesYamsTree() {
        let root = ValidationFixture.packageRoot
        var docs = documents(below: root.appendingPathComponent("content"))
        // The public suites' data (YAMLTestSuiteTests and the others) is not content.
        docs += documents(below: ValidationFixture.fixturesFolder)
            .filter { !ValidationFixture.suiteFolders.contains(where: $0.0.hasPrefix) }
        if let extra = ProcessInfo.processInfo.environment["KINERJA_YAML_SUBSET_ROOT"] {
            docs += documents(below: URL(fileURLWithPath: extra))
        }
        #expect(docs.count > 50)
        var accepted = 0
        for (name, yaml) in docs where same(yaml, name) { accepted += 1 }
        // The sample content and fixtures are written in the subset, nearly all of them.
        #expect(accepted * 10 >= docs.count * 9, "fast path accepted \(accepted) of \(docs.count)")
    }

    @Test func acceptsTheShapesContentFilesUse() {
        let accepted = [
            "title: Waktu\norder: 1\n",
            "kd_satker: \"1.01.01\"\npagu: 1.250.000.000\nnote: 'it''s'\n",
            "owner: {name: Kepala Subbagian, role: Penanggung Jawab Kinerja}\nbaseline: {value: 40, year: 2025}\n",
            "targets: {2026-Q1: 32, \"2026-Q2\": 30}\ninputs: [RPJMD 2021–2026, Arahan pimpinan]\nempty: []\nnone: {}\n",
            "values:\n  - {indicator: IK-05, value: 33}\n  - {indicator: IK-08, numerator: 87, denominator: 100}\n",
            "actions:\n- id: RA-1\n  title: Standarisasi\n- id: RA-2\n  due: 2026-03-31\nnext: x\n",
            "# comment\n\nmeeting:\n  on: 2026-07-14   # the day\n  decisions:\n    - {indicator: IK-07, decision: continue}\n",
            "area:\nnote: ~\nlast:",
            "bands:\n  - {id: high, min: 76, label: {id: Tinggi, en: High}}\n",
            "- {area: waktu, metode_pengadaan: Tender}\n- {area: biaya}\n",
            "title: Rp 1,5 juta [perkiraan] a:b #1 — ü\nlist:\n  - a\n  - -5\n",
            "a: x & y\nb: 50 %\nc: \"100 %\"\nd: SP4N-LAPOR!\ne: a*b > c | d @ `e` ?\nf: {g: h&i, j: 'k%'}\nk: C:\\dir\n",
            "languages: [id, en]\nopds:\n  - {code: \"1.03.01\", name: Dinas PUPR, short: DPUPR}\n",
        ]
        for yaml in accepted {
            #expect(same(yaml), "declined: \(yaml)")
        }
    }

    @Test func declinesOrMatchesTrickySnippets() {
        let tricky = [
            "", "# only a comment\n", "just text\n", "title: a\n  continued\n", "title: a: b\n", "title: [a,\n  b]\n",
            "a: 1\na: 2\n", "a: {x: 1, x: 2}\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n",
            "a: \"esc\\n\"\n", "a: \"open\n", "a:\tb\n", "\ta: b\n", "  a: 1\n  b: 2\n", "a: 1\n- b\n", "- a\nb: 1\n",
            "a:\n  - x\n  y: 1\n", "a:\n  b: 1\n c: 2\n", "? a\n: b\n", "a: [a, b,]\n", "a: [a, , b]\n", "a: {b}\n",
            "a: {b: }\n", "a: {b:c}\n", "a: [b: c]\n", "a: [x #c]\n", "a: 10:30\n", "a: {t: 10:30}\n", "%YAML 1.1\n---\na: 1\n",
            "---\na: 1\n", "a: 1\n...\n", "a: 1\n---\nb: 2\n", "-\n  a: 1\n", "- - a\n", "-a: 1\n", ":a: 1\n", "a: -\n",
            "a: 'x' y\n", "a: \"x\": y\n", "\"k\" : v\n", "'k': v\nk: w\n", "a:\n\n  b: 1\n\n  c: [1, 2]\n",
            "a: x\u{85}y\n", "a: x\u{2028}y\n", "a: \u{FEFF}x\n", "a: x\u{7F}\n", "a: b # c: d\n", "a#b: c\n", "a #b: c\n",
            "a:    \n  - 1\n", "a:\n- 1\n-\n", "a: [[1, [2]], {b: [c]}]\n", "a: {\"b\": 'c', 'd': \"e\"}\n",
            String(repeating: "a:\n ", count: 20) + "b: 1\n", "a: \"\"\nb: ''\n", "a: ' x '\n", "a: -1\nb: - 1\n",
            "a: <<\n<<: {b: 1}\n", "a: &x\n", "a: !x\n", "a: [*x]\n", "a: {k: &v 1}\n", "a: \"x\\\"y\"\n", "a: 'back\\slash'\n",
            "a: ?x\n", "a: x ?\n", "a: %x\n", "a: @x\n", "a: `x`\n", "a: |x\n", "a: >x\n", "[a]: b\n", "{a: b}\n", "a: null\nb: Null\nc: \"null\"\n", "key with spaces  : value\n", "a: [ ]\nb: { }\n",
        ]
        for yaml in tricky { same(yaml) }
        // Errors and everything outside the subset are declined, so Yams reports them.
        for yaml in ["title: a: b\n", "a: 1\na: 2\n", "a: {x: 1, x: 2}\n", "a: \"open\n", "a: &x 1\nb: *x\n", "title: a\n  continued\n"] {
            #expect(YAMLSubsetParser.parse(yaml) == nil, "accepted: \(yaml)")
        }
    }

    @Test func readsPositionsLikeYams() throws {
        let node = try #require(YAMLSubsetParser.parse("a: 1\nb:\n  - {c: 'ü', d: x}\ne:\n"))
        guard case let .mapping(root) = node, case let .sequence(list) = root.pairs[1].value,
              case let .mapping(item) = list.items[0] else {
            Issue.record("unexpected tree \(node)")
            return
        }
        #expect(root.mark == YAMLMark(line: 1, column: 1))
        #expect(list.mark == YAMLMark(line: 3, column: 3))
        #expect(item.pairs[1].key.mark == YAMLMark(line: 3, column: 14))
        #expect(root.pairs[2].value.isNull)
    }
}
