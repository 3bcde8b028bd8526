import Foundation
import Testing
@testable import KinerjaCore

/// Symbolic links and special files in the content folder: reported once (KJ001), never
/// followed, never read, never blocking.
@Suite struct HostileFileTests {
    static let message = "symbolic links are not followed in the content folder"

    @Test func aLinkedIndicatorPointingOutsideIsReportedNotRead() throws {
        let box = try HostileSandbox()
        try box.symlink("content/2026/indicators/secret.md", to: "../../../outside/secret.md")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/indicators/secret.md") == ["KJ001 0:0"])
        #expect(result.loadDiagnostics(of: "content/2026/indicators/secret.md").first?.message == Self.message)
        #expect(result.content.year(2026)?.indicators.isEmpty == true)
        #expect(box.unchanged)
    }

    @Test func aLinkedSiteYAMLIsReportedOnce() throws {
        let box = try HostileSandbox()
        try FileManager.default.moveItem(atPath: box.content + "/site.yaml", toPath: box.outside + "/site.yaml")
        try box.symlink("content/site.yaml", to: "../outside/site.yaml")
        let result = box.check()
        #expect(result.loadPositions(of: "content/site.yaml") == ["KJ001 0:0"])
        #expect(result.loadDiagnostics(of: "content/site.yaml").first?.message == Self.message)
        #expect(result.content.site.title.isEmpty)
        #expect(box.unchanged)
    }

    @Test func aLinkedPlanIsReportedOnceWithoutKJ104() throws {
        let box = try HostileSandbox()
        try FileManager.default.removeItem(atPath: box.content + "/2026/plan.md")
        try box.write("outside/plan.md", "---\nyear: 2026\nstatus: draft\n---\n")
        try box.symlink("content/2026/plan.md", to: "../../outside/plan.md")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/plan.md") == ["KJ001 0:0"])
        #expect(!result.diagnostics.contains { $0.code == "KJ104" })
        #expect(result.content.year(2026)?.plan == nil)
        #expect(box.unchanged)
    }

    @Test func linkedCSVFilesAreReportedOnceAndNotRead() throws {
        let box = try HostileSandbox()
        try box.symlink("content/2026/packages.csv", to: "../../outside/secret.csv")
        try box.write("content/2026/realizations/2026-03.md", "---\nperiod: 2026-03\ndata: 2026-03.csv\n---\n")
        try box.symlink("content/2026/realizations/2026-03.csv", to: "../../../outside/secret.csv")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/packages.csv") == ["KJ001 0:0"])
        #expect(result.loadPositions(of: "content/2026/realizations/2026-03.csv") == ["KJ001 0:0"])
        #expect(result.loadDiagnostics(of: "content/2026/realizations/2026-03.md").isEmpty)
        #expect(result.content.year(2026)?.rows.isEmpty == true)
        #expect(box.unchanged)
    }

    @Test func aLinkedYearFolderIsReportedNotEntered() throws {
        let box = try HostileSandbox()
        try box.write("outside/2027/plan.md", "---\nyear: 2027\nstatus: draft\n---\n")
        try box.symlink("content/2027", to: "../outside/2027")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2027") == ["KJ001 0:0"])
        #expect(result.content.years.map(\.year) == [2026])
        #expect(box.unchanged)
    }

    @Test func aDanglingOrLoopingLinkIsReported() throws {
        let box = try HostileSandbox()
        try box.symlink("content/2026/areas/gone.md", to: "nowhere.md")
        try box.symlink("content/2026/areas/loop.md", to: "loop.md")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/areas/gone.md") == ["KJ001 0:0"])
        #expect(result.loadPositions(of: "content/2026/areas/loop.md") == ["KJ001 0:0"])
        #expect(box.unchanged)
    }

    @Test func theContentFolderItselfMayBeALink() throws {
        let box = try HostileSandbox()
        try box.symlink("linked", to: "content")
        let result = Pipeline.check(root: box.root + "/linked", display: "linked", today: SimpleDate(year: 2026, month: 7, day: 1))
        #expect(!result.diagnostics.contains { $0.code == "KJ001" })
        #expect(result.content.year(2026)?.areas.map(\.id) == ["waktu"])
    }

    @Test func aFIFOIsReportedAndNeverOpened() throws {
        let box = try HostileSandbox()
        // Opening a FIFO for reading blocks until a writer comes: the loader must not open it.
        #expect(mkfifo(box.content + "/2026/indicators/pipe.md", 0o644) == 0)
        #expect(mkfifo(box.content + "/2026/packages.csv", 0o644) == 0)
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/indicators/pipe.md") == ["KJ001 0:0"])
        #expect(result.loadDiagnostics(of: "content/2026/indicators/pipe.md").first?.message == "not a regular file or folder")
        #expect(result.loadPositions(of: "content/2026/packages.csv") == ["KJ001 0:0"])
        #expect(box.unchanged)
    }

    @Test func theReaderRefusesLinksAndSpecialFilesItself() throws {
        let box = try HostileSandbox()
        try box.symlink("link.md", to: "outside/secret.md")
        #expect(FileReader.read(box.root + "/link.md", limit: 1 << 20) == .failure(.symlink))
        #expect(mkfifo(box.root + "/pipe", 0o644) == 0)
        #expect(FileReader.read(box.root + "/pipe", limit: 1 << 20) == .failure(.notRegularFile))
        // secret.csv is 33 bytes: one byte over the limit is refused, exactly at it is read.
        #expect(FileReader.read(box.root + "/outside/secret.csv", limit: 32) == .failure(.tooLarge(size: 33)))
        #expect(FileReader.read(box.root + "/outside/secret.csv", limit: 33).map(\.count) == .success(33))
    }
}
