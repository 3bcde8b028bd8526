import Foundation
import KinerjaCore
import Testing
@testable import KinerjaSite

/// A report is an archive: it shows every indicator as of its period's end, so realizations
/// added later (for later periods) must leave its page byte for byte as it was.
@Suite(.enabled(if: SampleSite.exists, "the sample content is not in this checkout"))
struct SnapshotReportTests {
    /// 2026-12-10T00:00:00Z: after November, so the added month is a past period in both builds.
    static let generated = 1_796_860_800

    /// A valid realization for November 2026: unit rows of four indicators, one package row
    /// and action progress.
    static let november = """
        ---
        period: 2026-11
        reported_on: 2026-12-07
        reported_by: Tim Pengelola Kelembagaan UKPBJ
        values:
          - {indicator: IK-02, numerator: 3, denominator: 9}
          - {indicator: IK-03, value: 4}
          - {indicator: IK-07, value: 5, note: "Angkatan uji kompetensi November"}
          - {indicator: IK-08, value: 1}
        packages:
          - {package: "59327729", indicator: IK-01, value: 45}
        actions:
          - {id: RA-02-1, status: in_progress, progress: 90}
        ---
        Realisasi bulan November.

        """

    static let reportPaths = ["2026/reports/2026-Q1/index.html", "en/2026/reports/2026-Q1/index.html",
                              "2026/reports/2026-Q3/index.html", "2025/reports/2025/index.html",
                              "en/2025/reports/2025-Q1/index.html"]

    @Test func reportPagesAreUnchangedWhenALaterRealizationIsAdded() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: SampleSite.content, to: root)

        let before = try Self.build(root)
        let realization = root.appendingPathComponent("2026/realizations/2026-11.md")
        try Data(Self.november.utf8).write(to: realization)
        let after = try Self.build(root)

        // Every report of every year, in both languages, is the same file.
        let reports = before.keys.filter { $0.wholeMatch(of: /(en\/)?\d{4}\/reports\/[^\/]+\/index\.html/) != nil }
        #expect(Set(Self.reportPaths).isSubset(of: reports))
        #expect(reports.count == 16) // 2025: Q1–Q4 and the year; 2026: Q1–Q3; in two languages
        for path in reports.sorted() {
            let old = try #require(before[path])
            let new = try #require(after[path], "\(path) missing after the addition")
            let same = old == new
            #expect(same, "\(path) changed when November was added: \(Self.firstDifference(old, new))")
        }

        // The addition did reach the site: the indicator it reports on changed and shows the month.
        for path in ["2026/indicators/IK-02/index.html", "en/2026/indicators/IK-02/index.html"] {
            let old = String(decoding: try #require(before[path]), as: UTF8.self)
            let new = String(decoding: try #require(after[path]), as: UTF8.self)
            #expect(old != new, "\(path)")
            let row = "<th scope=\"row\" role=\"rowheader\">November 2026</th>"
            #expect(!old.contains(row), "\(path)")
            #expect(new.contains(row), "\(path)")
        }
    }

    /// The first line that differs, before → after, to make a failure readable.
    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let old = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in old.enumerated() where i >= new.count || new[i] != line {
            return "line \(i + 1): \(line) → \(i < new.count ? String(new[i]) : "(end)")"
        }
        return "after line \(old.count): \(new.dropFirst(old.count).first ?? "")"
    }

    /// Validates the content (no errors allowed) and renders it with the fixed build date.
    static func build(_ root: URL) throws -> [String: [UInt8]] {
        let checked = Pipeline.check(root: root.path, display: "content", today: SimpleDate(unixTime: generated))
        let errors = checked.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location) \($0.code) \($0.message)" })")
        let added = checked.diagnostics.filter { $0.file.hasSuffix("2026-11.md") }
        #expect(added.isEmpty, "\(added.map { "\($0.location) \($0.code) \($0.message)" })")
        let files = try SiteBuilder(content: checked.content, templates: SiteFixture.templates,
                                    baseURL: "https://kinerja.example.go.id/kinerja/", generated: generated).render()
        return Dictionary(files.map { ($0.path, Array($0.bytes)) }, uniquingKeysWith: { a, _ in a })
    }
}
