import Foundation
import Testing
@testable import KinerjaCore

@Suite struct DiffTests {
    static let ik07 = "content/2026/indicators/IK-07.md"
    static let revision = "{on: 2026-07-02, indicator: IK-07, field: target, from: 30, to: 28, reason: Paket tambahan, approved_by: Kepala UKPBJ}"

    @Test func targetChangeWithoutRevisionIsUnapproved() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "target: 30", "target: 28")

        let result = try repo.diff("HEAD")

        let change = try #require(result.diff.changes.first)
        #expect(result.diff.changes.count == 1)
        #expect((change.year, change.indicator, change.field) == (2026, "IK-07", "target"))
        #expect((change.from, change.to) == (.number(30), .number(28)))
        #expect(change.approved == false)
        #expect(result.diff.unapproved == 1)
        #expect(result.diagnostics.map(DiagnosticFormatter.text) == [
            "content/2026/indicators/IK-07.md:13:1: error[KJ904]: target of indicator IK-07 changed from 30 to 28 "
                + "after the 2026 plan was approved, without a matching `revisions` entry\n"
                + "    hint: once the Kepala UKPBJ approves the change (SOP 5–6), add to `revisions` in "
                + "content/2026/plan.md: {on: YYYY-MM-DD, indicator: IK-07, field: target, from: 30, to: 28, "
                + "reason: \"…\", approved_by: \"Kepala UKPBJ\"}\n",
        ])
    }

    @Test func matchingNewRevisionApprovesTheChange() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "target: 30", "target: 28")
        try repo.addRevision(Self.revision)

        let result = try repo.diff("HEAD")

        let change = try #require(result.diff.changes.first)
        #expect(change.approved)
        guard case let .revision(r) = change.approval else {
            Issue.record("expected approval by a revision, got \(change.approval)")
            return
        }
        #expect(r.on == SimpleDate(year: 2026, month: 7, day: 2))
        #expect(r.approvedBy == "Kepala UKPBJ")
        #expect(result.diff.unapproved == 0)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func revisionWithOtherValuesDoesNotApprove() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "target: 30", "target: 27")
        try repo.addRevision(Self.revision)  // says 30 → 28

        let result = try repo.diff("HEAD")

        #expect(result.diff.changes.map(\.approved) == [false])
        #expect(result.diagnostics.map(\.code) == ["KJ904"])
    }

    @Test func revisionAlreadyPresentAtBaseIsNotNew() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.addRevision(Self.revision)
        try repo.commit("revision recorded before the change")
        try repo.replace(Self.ik07, "target: 30", "target: 28")

        let result = try repo.diff("HEAD")

        #expect(result.diff.changes.map(\.field) == ["target"])
        #expect(result.diff.unapproved == 1)
    }

    @Test func oneRevisionApprovesOneChangeOnly() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "target: 30", "target: 28")
        try repo.replace(Self.ik07, "2026-Q4: 30", "2026-Q4: 28")
        try repo.addRevision(Self.revision)

        let result = try repo.diff("HEAD")

        #expect(result.diff.changes.map(\.field) == ["target", "targets.2026-Q4"])
        #expect(result.diff.changes.map(\.approved) == [true, false])
    }

    @Test(arguments: ["draft", "proposed", "revision"])
    func changesInAPlanNotYetApprovedAreReportedNotErrors(status: String) throws {
        let repo = try DiffTestRepository.standard(status: status)
        defer { repo.remove() }
        try repo.replace(Self.ik07, "target: 30", "target: 28")

        let result = try repo.diff("HEAD")

        let change = try #require(result.diff.changes.first)
        #expect((change.field, change.from, change.to) == ("target", .number(30), .number(28)))
        #expect(change.approved)
        guard case let .notRequiredDraft(base) = change.approval else {
            Issue.record("expected no approval needed, got \(change.approval)")
            return
        }
        #expect(base?.rawValue == status)
        #expect(result.diff.unapproved == 0)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func approvingThePlanIsNotAChange() throws {
        let repo = try DiffTestRepository.standard(status: "draft")
        defer { repo.remove() }
        try repo.replace("content/2026/plan.md", "status: draft", "status: approved")

        let result = try repo.diff("HEAD")

        #expect(result.diff.isEmpty)
        #expect(result.diff.unapproved == 0)
    }

    @Test func periodTargetChangeIsPositionedAtItsKey() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "2026-Q3: 31", "2026-Q3: 29")

        let result = try repo.diff("HEAD")

        let change = try #require(result.diff.changes.first)
        #expect(result.diff.changes.count == 1)
        #expect((change.field, change.from, change.to) == ("targets.2026-Q3", .number(31), .number(29)))
        #expect(change.location == SourceLocation(file: Self.ik07, line: 14, column: 37))
        #expect(result.diagnostics.map(\.location) == [change.location])

        try repo.addRevision("{on: 2026-07-02, indicator: IK-07, field: targets.2026-Q3, from: 31, to: 29, approved_by: Kepala UKPBJ}")
        #expect(try repo.diff("HEAD").diff.unapproved == 0)
    }

    @Test func addedAndRemovedPeriodTargets() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "{2026-Q1: 33, 2026-Q2: 32, 2026-Q3: 31, 2026-Q4: 30}", "{2026-S1: 32, 2026-S2: 30}")

        let fields = try repo.diff("HEAD").diff.changes.map { "\($0.field) \($0.from) → \($0.to)" }

        #expect(fields == ["targets.2026-Q1 33 → —", "targets.2026-Q2 32 → —", "targets.2026-S1 — → 32",
                           "targets.2026-Q3 31 → —", "targets.2026-Q4 30 → —", "targets.2026-S2 — → 30"])
    }

    @Test func baselineValueIsControlledAndItsYearReported() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "baseline: {value: 35, year: 2025}", "baseline: {value: 36, year: 2024}")
        try repo.addRevision("{on: 2026-07-02, indicator: IK-07, field: baseline, from: 35, to: 36, approved_by: Kepala UKPBJ}")

        let result = try repo.diff("HEAD")

        let changes = result.diff.changes
        #expect(changes.map(\.field) == ["baseline", "baseline.year"])
        #expect(changes.map(\.from) == [.number(35), .number(2025)])
        #expect(changes.map(\.to) == [.number(36), .number(2024)])
        #expect(changes.map(\.approved) == [true, true])
        #expect(changes[0].location == SourceLocation(file: Self.ik07, line: 12, column: 12))
    }

    @Test func baselineChangeWithoutRevisionIsUnapproved() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace("content/2026/indicators/IK-08.md", "value: 12", "value: 10")

        let result = try repo.diff("HEAD")

        #expect(result.diff.changes.map { "\($0.indicator) \($0.field) \($0.from) → \($0.to)" } == ["IK-08 baseline 12 → 10"])
        #expect(result.diff.unapproved == 1)
        #expect(result.diagnostics.map(\.location) == [SourceLocation(file: "content/2026/indicators/IK-08.md", line: 11, column: 12)])
    }

    @Test func descriptiveFieldsAreReportedWithoutApproval() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "polarity: negative", "polarity: positive")
        try repo.replace(Self.ik07, "unit: hari", "unit: hari kerja")
        try repo.replace(Self.ik07, "aggregation: average", "aggregation: last")
        try repo.replace(Self.ik07, "owner: {name: Kepala Subbagian Pengelolaan PBJ", "owner: {name: Kepala Bagian PBJ")

        let result = try repo.diff("HEAD")

        #expect(result.diff.changes.map { "\($0.field): \($0.from) → \($0.to)" } == [
            "polarity: negative → positive",
            "unit: hari → hari kerja",
            "aggregation: average → last",
            "owner: Kepala Subbagian Pengelolaan PBJ (Penanggung Jawab Kinerja) → Kepala Bagian PBJ (Penanggung Jawab Kinerja)",
        ])
        #expect(result.diff.changes.allSatisfy { $0.approved })
        #expect(result.diff.unapproved == 0)
    }

    @Test func addedRemovedAndRenamedItems() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.write("content/2026/indicators/IK-09.md",
                       DiffTestRepository.indicator08.replacingOccurrences(of: "Persentase paket tender yang gagal",
                                                                           with: "Jumlah sanggahan"))
        try repo.delete("content/2026/indicators/IK-08.md")
        try repo.replace(Self.ik07, "title: Rata-rata waktu pemilihan penyedia", "title: Rata-rata lama pemilihan penyedia")
        try repo.write("content/2026/areas/biaya.md", "---\ntitle: Penghematan Biaya\nobjective: T2\n---\n")
        try repo.replace("content/2026/plan.md", "  - {id: T1, title: Pengadaan yang tepat waktu}",
                         "  - {id: T1, title: Pengadaan yang tepat waktu}\n  - {id: T2, title: Pengadaan yang efisien}")

        let items = try repo.diff("HEAD").diff.items.map { item -> String in
            let change: String
            switch item.change {
            case .added: change = "added"
            case .removed: change = "removed"
            case let .renamed(from): change = "renamed from \(from)"
            }
            return "\(item.year) \(item.kind.rawValue) \(item.id) \(change): \(item.title)"
        }

        #expect(items == [
            "2026 objective T2 added: Pengadaan yang efisien",
            "2026 area biaya added: Penghematan Biaya",
            "2026 indicator IK-07 renamed from Rata-rata waktu pemilihan penyedia: Rata-rata lama pemilihan penyedia",
            "2026 indicator IK-09 added: Jumlah sanggahan",
            "2026 indicator IK-08 removed: Persentase paket tender yang gagal",
        ])
    }

    /// A title is compared in each language: a new English title is a rename in `en`, shown
    /// with its language in JSON (`"lang": "en"`) and Markdown, beside none in Indonesian.
    @Test func anEnglishTitleChangeIsARenameInEnglish() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "title: Rata-rata waktu pemilihan penyedia",
                         "title: {id: Rata-rata waktu pemilihan penyedia, en: Average provider selection time}")
        try repo.commit("English title")
        try repo.replace(Self.ik07, "en: Average provider selection time", "en: Average time to select a provider")

        let result = try repo.diff("HEAD")
        let renamed = result.diff.renamed.map { "\($0.id) \($0.language ?? "-") \($0.previousTitle ?? "") → \($0.title)" }
        #expect(renamed == ["IK-07 en Average provider selection time → Average time to select a provider"])
        let json = DiffJSON.format(result.diff)
        #expect(json.contains(#""renamed":[{"year":2026,"kind":"indicator","id":"IK-07","from":"Average provider selection time","to":"Average time to select a provider","lang":"en"}]"#))
        let markdown = DiffMarkdown.format(result)
        #expect(markdown.contains("- indicator `IK-07` (en): Average provider selection time → Average time to select a provider"))

        // Writing the same Indonesian title as a map is no rename at all.
        try repo.replace(Self.ik07, "en: Average time to select a provider", "en: Average provider selection time")
        #expect(try repo.diff("HEAD").diff.renamed.isEmpty)
    }

    @Test func removingAnIndicatorOfAnApprovedPlanNeedsARevision() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.delete("content/2026/indicators/IK-08.md")

        let result = try repo.diff("HEAD")

        #expect(result.diff.removed.map { "\($0.kind.rawValue) \($0.id) \($0.approved)" } == ["indicator IK-08 false"])
        #expect(result.diff.unapproved == 1)
        #expect(result.diagnostics.map(DiagnosticFormatter.text) == [
            "content/2026/plan.md:8:1: error[KJ904]: indicator IK-08 was removed after the 2026 plan was approved, "
                + "without a matching `revisions` entry\n"
                + "    hint: once the Kepala UKPBJ approves the change (SOP 5–6), add to `revisions` in "
                + "content/2026/plan.md: {on: YYYY-MM-DD, field: indicator, from: IK-08, reason: \"…\", "
                + "approved_by: \"Kepala UKPBJ\"} (with `to: NEW-ID` when it was renamed)\n",
        ])
        let markdown = DiffMarkdown.format(result)
        #expect(markdown.contains("\n- indicator `IK-08` Persentase paket tender yang gagal · ❌ no matching revision (KJ904)\n"))
        #expect(markdown.hasPrefix("## ❌ kinerja diff: 0 changes (1 unapproved) · 0 added · 1 removed · 0 renamed\n"))
        #expect(markdown.contains("\n**1 removal of an approved plan has no matching `revisions` entry.** "))
    }

    @Test func aRemovalRevisionApprovesTheRemoval() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.delete("content/2026/indicators/IK-08.md")
        try repo.addRevision("{on: 2026-07-02, field: indicator, from: IK-08, reason: Dihapus, approved_by: Kepala UKPBJ}")

        let result = try repo.diff("HEAD")

        #expect(result.diff.removed.map(\.approved) == [true])
        #expect(result.diff.unapproved == 0)
        #expect(result.diagnostics.isEmpty)
        #expect(DiffJSON.format(result.diff).contains(
            #""removed":[{"year":2026,"kind":"indicator","id":"IK-08","title":"Persentase paket tender yang gagal","approved":true}]"#))
        #expect(DiffMarkdown.format(result).contains(
            "\n- indicator `IK-08` Persentase paket tender yang gagal · ✅ revision of 2026-07-02, approved by Kepala UKPBJ\n"))
        // The plan reads the entry with text ids and without `indicator` or `to`.
        let loaded = ContentLoader.load(root: repo.root.appendingPathComponent("content").path, display: "content")
        #expect(loaded.diagnostics.filter { $0.location.file.hasSuffix("plan.md") }.isEmpty)
        let revision = try #require(loaded.content.year(2026)?.plan?.revisions.first)
        #expect((revision.field, revision.fromID, revision.toID) == ("indicator", "IK-08", nil))
    }

    @Test func renamingAnIndicatorIdNeedsARevisionNamingBothIds() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.write("content/2026/indicators/IK-09.md", DiffTestRepository.indicator08)
        try repo.delete("content/2026/indicators/IK-08.md")
        try repo.addRevision("{on: 2026-07-02, field: indicator, from: IK-08, to: IK-10, approved_by: Kepala UKPBJ}")

        let wrong = try repo.diff("HEAD")
        #expect(wrong.diagnostics.map(\.code) == ["KJ904"])
        #expect(wrong.diff.unapproved == 1)

        try repo.replace("content/2026/plan.md", "to: IK-10", "to: IK-09")
        let right = try repo.diff("HEAD")
        #expect(right.diagnostics.isEmpty)
        #expect(right.diff.added.map(\.id) == ["IK-09"])
        #expect(DiffJSON.format(right.diff).contains(
            #""removed":[{"year":2026,"kind":"indicator","id":"IK-08","title":"Persentase paket tender yang gagal","approved":true,"to":"IK-09"}]"#))
    }

    @Test func removingAnAreaOrObjectiveNeedsARevisionOfThatKind() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.write("content/2026/areas/biaya.md", "---\ntitle: Penghematan Biaya\nobjective: T1\n---\n")
        try repo.commit("area biaya")
        try repo.delete("content/2026/areas/biaya.md")
        // A revision of another kind does not approve it.
        try repo.addRevision("{on: 2026-07-02, field: objective, from: biaya, approved_by: Kepala UKPBJ}")

        #expect(try repo.diff("HEAD").diagnostics.map(\.message) == [
            "area biaya was removed after the 2026 plan was approved, without a matching `revisions` entry",
        ])
        try repo.replace("content/2026/plan.md", "field: objective, from: biaya", "field: area, from: biaya")
        #expect(try repo.diff("HEAD").diagnostics.isEmpty)
    }

    @Test func removalsOfADraftPlanNeedNoRevision() throws {
        let repo = try DiffTestRepository.standard(status: "draft")
        defer { repo.remove() }
        try repo.delete("content/2026/indicators/IK-08.md")

        let result = try repo.diff("HEAD")
        #expect(result.diff.removed.map(\.approved) == [true])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aNewYearListsItsItemsAsAdded() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.write("content/2027/plan.md", DiffTestRepository.plan(status: "draft").replacingOccurrences(of: "2026", with: "2027"))
        try repo.write("content/2027/areas/waktu.md", DiffTestRepository.area)

        let result = try repo.diff("HEAD")

        let year = try #require(result.diff.years.last)
        #expect(year.year == 2027)
        #expect(year.baseStatus == nil)
        #expect(year.headStatus == .draft)
        #expect(year.items.map { "\($0.kind.rawValue) \($0.id)" } == ["objective T1", "area waktu"])
        #expect(result.diff.added.count == 2)
    }

    @Test func comparesTwoRevisions() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "target: 30", "target: 28")
        try repo.commit("lower target")
        try repo.replace(Self.ik07, "target: 28", "target: 26")  // uncommitted: not part of HEAD~1..HEAD

        let result = try repo.diff("HEAD~1", "HEAD")

        #expect(result.diff.changes.map { "\($0.from) → \($0.to)" } == ["30 → 28"])
        #expect(result.head.revision == "HEAD")
        #expect(result.head.commit?.count == 40)
    }

    @Test func contentFolderBelowTheRepositoryTopIsFound() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        try repo.replace(Self.ik07, "target: 30", "target: 28")

        // Run from the content folder itself, naming it `.`.
        let result = try RevisionDiff.run(RevisionDiff.Request(base: "HEAD", content: ".",
                                                               directory: repo.root.appendingPathComponent("content").path))

        #expect(result.diff.changes.map(\.field) == ["target"])
        #expect(result.diagnostics.map(\.file) == ["2026/indicators/IK-07.md"])
    }

    @Test func outsideARepositoryIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-not-a-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        #expect(throws: DiffError.notARepository(dir.path)) {
            try RevisionDiff.run(RevisionDiff.Request(base: "HEAD", directory: dir.path))
        }
    }

    @Test func contentFolderOutsideTheRepositoryIsAnError() throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-elsewhere-\(UUID().uuidString)")

        #expect(throws: DiffError.contentOutsideRepository(content: "elsewhere", repository: CanonicalPath.of(repo.root.path))) {
            try RevisionDiff.run(RevisionDiff.Request(base: "HEAD", content: elsewhere.path, display: "elsewhere",
                                                      directory: repo.root.path))
        }
    }

    @Test(arguments: ["no-such-branch", "--output=x", "HEAD~5"])
    func unknownRevisionIsAnError(revision: String) throws {
        let repo = try DiffTestRepository.standard()
        defer { repo.remove() }

        #expect(throws: DiffError.unknownRevision(revision)) { try repo.diff(revision) }
        #expect(throws: DiffError.unknownRevision(revision)) { try repo.diff("HEAD", revision) }
    }

    @Test func missingContentFolderAtARevisionIsAnError() throws {
        let repo = try DiffTestRepository()
        defer { repo.remove() }
        try repo.write("README.md", "before any content\n")
        try repo.commit("start")
        try repo.write("content/site.yaml", DiffTestRepository.site(baseURL: nil))
        try repo.commit("content")

        #expect(throws: DiffError.contentMissing(content: "content", revision: "HEAD~1")) { try repo.diff("HEAD~1") }
        #expect(throws: DiffError.contentMissing(content: "content", revision: "HEAD~1")) { try repo.diff("HEAD", "HEAD~1") }
        try repo.delete("content")
        #expect(throws: DiffError.contentMissing(content: "content", revision: "the working tree")) { try repo.diff("HEAD") }
    }

    @Test func errorMessagesNameTheProblem() {
        #expect(DiffError.unknownRevision("origin/mian").description
            == "unknown revision `origin/mian`; name a branch, tag or commit (e.g. origin/main), and fetch it first in a shallow clone")
        #expect(DiffError.contentMissing(content: "content", revision: "v1").description
            == "content folder `content` does not exist at revision `v1`")
    }
}
