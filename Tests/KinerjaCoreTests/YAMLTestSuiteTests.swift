import Foundation
import Testing
import Yams
@testable import KinerjaCore

/// The yaml-test-suite (Tests/Fixtures/yaml-test-suite, MIT) through the front-matter path:
/// every case whose text the subset parser (`YAMLSubsetParser`) accepts must give Yams' tree,
/// and Yams must accept it too; every case the suite marks as an error must be declined by
/// the subset (Yams then reports it). Counts are printed and listed in docs/conformance.md.
@Suite struct YAMLTestSuiteTests {
    struct Case {
        let id: String
        let name: String
        let yaml: String
        let fail: Bool
    }

    static var folder: URL { ValidationFixture.fixturesFolder.appendingPathComponent("yaml-test-suite/src") }

    /// The suite's visible-whitespace markers, undone as its own tools do.
    static func unescape(_ text: String) -> String {
        var t = text.replacingOccurrences(of: "␣", with: " ")
        t = t.replacingOccurrences(of: "—*»", with: "\t", options: .regularExpression)
        t = t.replacingOccurrences(of: "←", with: "\r")
        t = t.replacingOccurrences(of: "⇔", with: "\u{FEFF}")
        t = t.replacingOccurrences(of: "↵", with: "")
        if t.hasSuffix("∎\n") { t.removeLast(2) }
        return t
    }

    /// Every case of the suite: a file holds one case or several (later ones inherit the
    /// earlier one's text); cases marked `skip` are left out, as the suite's tools do.
    static func cases() throws -> [Case] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var out: [Case] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let list = try Yams.load(yaml: text) as? [[String: Any]] else { continue }
            if list.first?["skip"] != nil { continue }
            let id = String(file.dropLast(5))
            var name = "", yaml = ""
            for (i, entry) in list.enumerated() {
                if let n = entry["name"] as? String { name = n }
                if let y = entry["yaml"] as? String { yaml = unescape(y) }
                out.append(Case(id: list.count > 1 ? "\(id)-\(i)" : id, name: name, yaml: yaml, fail: entry["fail"] != nil))
            }
        }
        return out
    }

    @Test func everyCaseTheSubsetAcceptsGivesYamsTree() throws {
        let all = try Self.cases()
        #expect(all.count > 400)
        var accepted = 0, declined = 0, errorsDeclined = 0
        var wrong: [String] = []
        for c in all {
            guard let fast = YAMLSubsetParser.parse(c.yaml) else {
                declined += 1
                if c.fail { errorsDeclined += 1 }
                continue
            }
            accepted += 1
            if c.fail { wrong.append("\(c.id) (\(c.name)): an error case accepted"); continue }
            let doc = YAMLDocument(file: "f.md", lineOffset: 0)
            let slow = doc.parseWithYams(c.yaml)
            if !doc.diags.items.isEmpty { wrong.append("\(c.id): accepted, Yams reports \(doc.diags.items.map(\.message))") }
            if fast != slow { wrong.append("\(c.id) (\(c.name)): trees differ\nfast: \(fast)\nyams: \(String(describing: slow))") }
        }
        let errors = all.filter(\.fail).count
        print("yaml-test-suite: \(all.count) cases; subset accepted \(accepted) (each gives Yams' tree: \(accepted - wrong.count)), "
              + "declined \(declined) by design (left to Yams), of them \(errorsDeclined) of \(errors) error cases")
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
        #expect(errorsDeclined == errors)
        // The subset is small, but the suite's plain block mappings must reach it.
        #expect(accepted >= 20)
    }

    // MARK: - Faults found by the suite (regressions)

    private func parsesAsYamsDoes(_ yaml: String) -> (fast: YAMLNode?, yams: YAMLNode?, diags: [Diagnostic]) {
        let doc = YAMLDocument(file: "f.md", lineOffset: 0)
        let yams = doc.parseWithYams(yaml)
        return (YAMLSubsetParser.parse(yaml), yams, doc.diags.items)
    }

    @Test func longQuotedKeysAreRefusedAsYamsRefusesThem() {
        for quote in ["\"", "'"] {
            let yaml = "\(quote)\(String(repeating: "k", count: 1023))\(quote): 1\n"
            let r = parsesAsYamsDoes(yaml)
            #expect(r.fast == nil, "the subset must leave a key of 1 025 characters (quotes included) to Yams")
            #expect(r.diags.map(\.rule) == [.KJ003], "Yams refuses an implicit key over 1 024 characters")
            // Through the front-matter path: one KJ003, no tree.
            let doc = YAMLDocument(file: "f.md", lineOffset: 1)
            #expect(doc.parse(yaml) == nil)
            #expect(doc.diags.items.map(\.rule) == [.KJ003])
        }
    }

    @Test func longKeysInsideFlowMappingsAreRefused() {
        let yaml = "a: {\(String(repeating: "k", count: 1025)): 1}\n"
        let r = parsesAsYamsDoes(yaml)
        #expect(r.fast == nil)
        #expect(r.diags.map(\.rule) == [.KJ003])
        let quoted = "a: {\"\(String(repeating: "k", count: 1023))\": 1}\n"
        #expect(YAMLSubsetParser.parse(quoted) == nil)
        #expect(parsesAsYamsDoes(quoted).diags.map(\.rule) == [.KJ003])
    }

    @Test func aPlainKeysLengthCountsTheBlanksBeforeItsColon() {
        // 1 000 characters and 30 blanks: over the limit only if the blanks count.
        let yaml = "\(String(repeating: "k", count: 1000))\(String(repeating: " ", count: 30)): 1\n"
        #expect(YAMLSubsetParser.parse(yaml) == nil)
        // And a key of 1 030 characters with its blanks is what Yams refuses once over 1 024.
        let refused = "\(String(repeating: "k", count: 1000))\(String(repeating: " ", count: 30)): 1\n"
        #expect(parsesAsYamsDoes(refused).diags.map(\.rule) == [.KJ003])
        // A short key with blanks before the colon is still read by the subset.
        #expect(YAMLSubsetParser.parse("key   : 1\n") != nil)
    }

    @Test func tagsAreKeptWhenYamsTreeIsConverted() throws {
        func value(_ yaml: String) -> YAMLNode? {
            let doc = YAMLDocument(file: "f.md", lineOffset: 0)
            return doc.parse(yaml)
        }
        guard case let .mapping(m)? = value("a: !!str null\nb: null\nc: ! 12\nd: !!null ''\n") else {
            Issue.record("not a mapping"); return
        }
        #expect(!m[0].value.isNull, "`!!str null` is the text `null`")
        #expect(m[1].value.isNull)
        guard case let .scalar(c) = m[2].value else { Issue.record("c is not a scalar"); return }
        #expect(c.string == "12" && !m[2].value.isNull, "`! 12` is the text `12` (non-specific tag)")
        #expect(m[3].value.isNull, "`!!null ''` is null")
        guard case let .sequence(s)? = value("- !!str\n- x\n") else { Issue.record("not a list"); return }
        #expect(!s[0].isNull, "`- !!str` is an empty text, not null")
        #expect(s.count == 2)
    }

    @Test func anExplicitStringTagReachesTheLoaderAsText() throws {
        // A required field written `!!str null` is present (text), not missing.
        let doc = YAMLDocument(file: "f.md", lineOffset: 1)
        let node = try #require(doc.parse("title: !!str null\n"))
        let fields = try #require(Fields(node, doc: doc, what: "the file"))
        #expect(fields.string("title", required: true) == "null")
        #expect(doc.diags.items.isEmpty)
    }
}

/// The seeded random differential test of the fuzz harness (`FuzzEntry.yaml`), run here with
/// fixed seeds: front-matter-like documents through the subset parser and Yams.
@Suite struct YAMLDifferentialTests {
    @Test func generatedFrontMatterGivesYamsTreeWhereTheSubsetAcceptsIt() {
        var random = YAMLDifferential.Random(state: 20_260_115)
        var accepted = 0, problems: [String] = []
        let count = 3000
        for _ in 0..<count {
            let yaml = YAMLDifferential.document(&random)
            if YAMLSubsetParser.parse(yaml) != nil { accepted += 1 }
            if let p = YAMLDifferential.compare(yaml) { problems.append(p) }
        }
        print("yaml differential: \(count) generated documents, subset accepted \(accepted), \(problems.count) differences")
        #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))")
        // The generator must reach the fast path often, or the test proves little.
        #expect(accepted * 5 >= count)
    }

    @Test func theGeneratorIsDeterministic() {
        var a = YAMLDifferential.Random(state: 7), b = YAMLDifferential.Random(state: 7)
        #expect((0..<20).map { _ in YAMLDifferential.document(&a) } == (0..<20).map { _ in YAMLDifferential.document(&b) })
    }

    @Test func theFuzzEntryFindsNoDifferenceInTheSeeds() {
        for seed in ["", "title: x\n", "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}"] {
            #expect(FuzzEntry.yaml(Array(seed.utf8)) == nil)
        }
    }
}
