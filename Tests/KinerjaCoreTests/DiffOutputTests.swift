import Foundation
import Testing
@testable import KinerjaCore

/// The pull-request comment (Markdown) and the JSON contract of DESIGN §8.
@Suite struct DiffOutputTests {
    static let ik07 = "content/2026/indicators/IK-07.md"

    /// Target approved by a revision, a period target without one, a unit change, IK-09 added.
    static func mixedChanges(baseURL: String? = nil) throws -> (DiffTestRepository, RevisionDiff.Result) {
        let repo = try DiffTestRepository.standard(baseURL: baseURL)
        try repo.replace(ik07, "target: 30", "target: 28")
        try repo.replace(ik07, "2026-Q3: 31", "2026-Q3: 29.5")
        try repo.replace("content/2026/indicators/IK-08.md", "unit: \"%\"", "unit: persen")
        try repo.write("content/2026/indicators/IK-09.md", DiffTestRepository.indicator08
            .replacingOccurrences(of: "Persentase paket tender yang gagal", with: "Jumlah sanggahan | banding"))
        try repo.addRevision("{on: 2026-07-02, indicator: IK-07, field: target, from: 30, to: 28, approved_by: Kepala UKPBJ}")
        return (repo, try repo.diff("HEAD"))
    }

    @Test func jsonIsTheContractShape() throws {
        let (repo, result) = try Self.mixedChanges()
        defer { repo.remove() }

        let json = DiffJSON.format(result.diff)

        #expect(json == #"{"changes":["#
            + #"{"year":2026,"indicator":"IK-07","field":"target","from":30,"to":28,"approved":true},"#
            + #"{"year":2026,"indicator":"IK-07","field":"targets.2026-Q3","from":31,"to":29.5,"approved":false},"#
            + #"{"year":2026,"indicator":"IK-08","field":"unit","from":"%","to":"persen","approved":true}],"#
            + #""unapproved":1,"#
            + #""added":[{"year":2026,"kind":"indicator","id":"IK-09","title":"Jumlah sanggahan | banding"}],"#
            + #""removed":[],"renamed":[]}"# + "\n")
    }

    struct Shape: Decodable, Equatable {
        struct Change: Decodable, Equatable {
            let year: Int
            let indicator: String
            let field: String
            let from: Value
            let to: Value
            let approved: Bool
        }

        enum Value: Decodable, Equatable {
            case number(Double), text(String)

            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let x = try? c.decode(Double.self) { self = .number(x) } else { self = .text(try c.decode(String.self)) }
            }
        }

        let changes: [Change]
        let unapproved: Int
    }

    @Test func jsonParsesToTheDesignedFields() throws {
        let (repo, result) = try Self.mixedChanges()
        defer { repo.remove() }

        let data = Data(DiffJSON.format(result.diff).utf8)
        let parsed = try JSONDecoder().decode(Shape.self, from: data)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

        #expect(parsed == Shape(changes: [
            .init(year: 2026, indicator: "IK-07", field: "target", from: .number(30), to: .number(28), approved: true),
            .init(year: 2026, indicator: "IK-07", field: "targets.2026-Q3", from: .number(31), to: .number(29.5), approved: false),
            .init(year: 2026, indicator: "IK-08", field: "unit", from: .text("%"), to: .text("persen"), approved: true),
        ], unapproved: 1))
        let first = try #require((object["changes"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["year", "indicator", "field", "from", "to", "approved"])
    }

    @Test func jsonOfNoChange() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }

        #expect(DiffJSON.format(try repo.diff("HEAD").diff) == #"{"changes":[],"unapproved":0,"added":[],"removed":[],"renamed":[]}"# + "\n")
    }

    @Test func markdownHasAHeadingWithCountsAndATableRowPerChange() throws {
        let (repo, result) = try Self.mixedChanges()
        defer { repo.remove() }
        let commit = try #require(result.base.commit)

        let lines = DiffMarkdown.format(result).components(separatedBy: "\n")

        #expect(lines[0] == "## ❌ kinerja diff: 3 changes (1 unapproved) · 1 added · 0 removed · 0 renamed")
        #expect(lines[2] == "Comparing the working tree with `HEAD` (\(commit.prefix(7))), content folder `content`.")
        #expect(lines.contains("### 2026 · plan approved, changes need approval"))
        #expect(lines.contains("| Indicator | Field | Before → after | Approval |"))
        #expect(lines.contains("| `IK-07` Rata-rata waktu pemilihan penyedia | `target` | 30 → 28 | ✅ revision of 2026-07-02, approved by Kepala UKPBJ |"))
        #expect(lines.contains("| `IK-07` Rata-rata waktu pemilihan penyedia | `targets.2026-Q3` | 31 → 29.5 | ❌ no matching revision (KJ904 at `content/2026/indicators/IK-07.md:14:37`) |"))
        #expect(lines.contains("| `IK-08` Persentase paket tender yang gagal | `unit` | % → persen | ✅ not under change control |"))
        #expect(lines.contains("**Added**"))
        #expect(lines.contains("- indicator `IK-09` Jumlah sanggahan \\| banding"))
    }

    @Test func markdownLinksToIndicatorPagesWhenTheSiteHasABaseURL() throws {
        let (repo, result) = try Self.mixedChanges(baseURL: "https://kinerja.example.go.id/ukpbj")
        defer { repo.remove() }

        let text = DiffMarkdown.format(result)

        #expect(text.contains("| [IK-07](https://kinerja.example.go.id/ukpbj/2026/indicators/IK-07/) Rata-rata waktu pemilihan penyedia | `target` | 30 → 28 |"))
        #expect(text.contains("- indicator [IK-09](https://kinerja.example.go.id/ukpbj/2026/indicators/IK-09/) Jumlah sanggahan"))
    }

    @Test func markdownOfApprovedChangesAndOfNoChange() throws {
        let repo = try DiffTestRepository.standard(status: "draft")
        defer { repo.remove() }
        #expect(DiffMarkdown.format(try repo.diff("HEAD")).contains(
            "## ✅ kinerja diff: 0 changes · 0 added · 0 removed · 0 renamed\n\n"
                + "Comparing the working tree with `HEAD`"))
        #expect(DiffMarkdown.format(try repo.diff("HEAD")).hasSuffix(
            "No objective, area, indicator, target or baseline changed.\n"))

        try repo.replace(Self.ik07, "target: 30", "target: 28")
        let text = DiffMarkdown.format(try repo.diff("HEAD"))
        #expect(text.contains("### 2026 · plan draft, changes need no approval"))
        #expect(text.contains("| `target` | 30 → 28 | ✅ not needed: plan draft at base |"))
    }

    @Test func markdownWarnsAboutContentThatDidNotLoad() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.write("content/2026/indicators/IK-08.md", "no front-matter\n")

        let text = DiffMarkdown.format(try repo.diff("HEAD"))

        #expect(text.contains("⚠️ The content at the working tree has 1 loading error; "))
        #expect(text.contains("- indicator `IK-08` Persentase paket tender yang gagal"))
    }
}
