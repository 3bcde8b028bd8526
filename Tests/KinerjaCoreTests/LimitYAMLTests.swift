import Foundation
import Testing
@testable import KinerjaCore

/// YAML that would exhaust the machine — deep nesting, alias bombs, huge documents — is
/// refused with KJ003 at the offending position, before Yams composes it.
@Suite struct LimitYAMLTests {
    let file = "content/2026/indicators/yaml.md"

    func check(_ yaml: String) throws -> (Pipeline.Checked, HostileSandbox) {
        let box = try HostileSandbox()
        try box.write(file, "---\n" + yaml + "\n---\nBody.\n")
        return (box.check(), box)
    }

    /// Ten anchors, each a list of ten aliases of the previous one: `a9` stands for 10⁹ nodes.
    static let laughs = (1...9).map { i in "  - &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]" }
        .joined(separator: "\n")
    static let laughsHead = "title: Tawa\nlaughs:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n"

    @Test func flowNestingIsRefusedAtTheFirstLevelTooDeep() throws {
        let (result, box) = try check("title: Dalam\nx: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        // Line 3 of the file; the root mapping is level 1, so the 64th `[` (column 4 + 63) opens level 65.
        #expect(result.loadPositions(of: file) == ["KJ003 3:67"])
        #expect(result.loadDiagnostics(of: file).first?.message == "YAML nests deeper than 64 levels (aliases expanded)")
        #expect(result.content.year(2026)?.indicator("yaml") == nil)
        #expect(box.unchanged)
    }

    @Test func flowNesting10000DeepIsRefusedBeforeAnyOfItIsParsed() throws {
        let (result, box) = try check("title: Dalam\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
        // libyaml reads ahead through the unclosed brackets and stops at its own limit (1000)
        // before producing any event, pointing at the first nested bracket.
        #expect(result.loadPositions(of: file) == ["KJ003 3:5"])
        #expect(result.loadDiagnostics(of: file).first?.message == "YAML nests deeper than 64 levels (aliases expanded)")
        #expect(box.unchanged)
    }

    @Test func flowNestingUpToTheLimitLoads() throws {
        let (result, box) = try check("title: Dalam\nx: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63))
        #expect(result.loadDiagnostics(of: file).filter { $0.code == "KJ003" }.isEmpty)
        #expect(result.content.year(2026)?.indicator("yaml")?.title == "Dalam")
        #expect(box.unchanged)
    }

    @Test func blockNestingIsRefusedToo() throws {
        let (result, box) = try check("title: Dalam\nx:\n" + String(repeating: "- ", count: 200) + "daun")
        // Line 4; the root mapping is level 1, the 64th `- ` (column 1 + 2 × 63) opens level 65.
        #expect(result.loadPositions(of: file) == ["KJ003 4:127"])
        #expect(box.unchanged)
    }

    @Test func aBillionLaughsInValuesStopsAt100000Nodes() throws {
        let (result, box) = try check(Self.laughsHead + Self.laughs)
        // Counted before `a4`: 12 349 nodes (mapping, `title`, `laughs`, a0…a3 expanded); `&a4 [`
        // makes it 12 350 and each `*a3` adds 11 111, so the 8th alias on line 8 (column 10 + 7 × 5)
        // passes 100 000.
        #expect(result.loadPositions(of: file) == ["KJ003 8:45"])
        #expect(result.loadDiagnostics(of: file).first?.message
            == "YAML document is too large or expands too much (more than 100000 nodes)")
        #expect(box.unchanged)
    }

    @Test func aBillionLaughsAsAMappingKeyIsRefusedBeforeComposing() throws {
        // Yams hashes every mapping key in full to find duplicates: composing this would walk
        // 10⁹ nodes. The guard counts events and stops at the budget instead.
        let (result, box) = try check(Self.laughsHead + Self.laughs + "\nbomb:\n  ? *a9\n  : 1")
        #expect(result.loadPositions(of: file) == ["KJ003 8:45"])
        #expect(box.unchanged)
    }

    @Test func aliasesThatNestTooDeepAreRefused() throws {
        // A 40-level anchor used 30 levels down reaches level 71 once expanded.
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let (result, box) = try check("title: Dalam\nd: &d " + deep + "\nuse: " + String(repeating: "[", count: 30) + "*d" + String(repeating: "]", count: 30))
        // Line 4: `use: ` then 30 `[` (levels 2–31); the alias at column 36 spans levels 32–71.
        #expect(result.loadPositions(of: file) == ["KJ003 4:36"])
        #expect(box.unchanged)
    }

    @Test func everydayAliasesStillWork() throws {
        let (result, box) = try check("""
            title: Alias
            area: waktu
            owner: &owner Kepala Subbagian Pengelolaan PBJ
            actions:
              - {id: RA-1, title: Satu, owner: *owner, due: 2026-03-31}
              - {id: RA-2, title: Dua, owner: *owner, due: 2026-06-30}
            """)
        let indicator = try #require(result.content.year(2026)?.indicator("yaml"))
        #expect(indicator.actions.map(\.owner) == ["Kepala Subbagian Pengelolaan PBJ", "Kepala Subbagian Pengelolaan PBJ"])
        #expect(result.loadDiagnostics(of: file).filter { $0.code == "KJ003" }.isEmpty)
        #expect(box.unchanged)
    }

    @Test func aHugeListWithoutAliasesHitsTheWalkBudget() throws {
        let box = try HostileSandbox()
        let items = Array(repeating: "a", count: 100_001).joined(separator: ", ")
        try box.write("content/2026/plan.md", "---\ninputs: [\(items)]\n---\n")
        let result = box.check()
        // The mapping entry costs 2 nodes, so item 99 999 (0-based 99 998, column 10 + 3 × 99 998)
        // is the first over the budget.
        #expect(result.loadDiagnostics(of: "content/2026/plan.md").filter { $0.code == "KJ003" }.map { "\($0.line):\($0.column)" }
            == ["2:300004"])
        #expect(box.unchanged)
    }
}
