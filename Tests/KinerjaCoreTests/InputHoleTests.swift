import Foundation
import Testing
@testable import KinerjaCore

/// The input holes of docs/hardening.md ("Input holes"): each one gives a diagnostic with its
/// rule code and position instead of passing silently.
@Suite struct InputHoleTests {
    /// An empty or comment-only site.yaml has no `title`: KJ011 at its first line.
    @Test(arguments: ["", "\n\n", "# judul belum diisi\n\n# unit: UKPBJ\n"])
    func emptySiteYAMLNeedsATitle(_ text: String) throws {
        let result = try ValidationFixture.check([.write("site.yaml", text)])
        let kj011 = result.diagnostics.filter { $0.code == "KJ011" }
        #expect(kj011.map(Expected.init) == [Expected("KJ011", "site.yaml", 1, 1)])
        #expect(kj011.first?.message == "site.yaml is empty: `title` is required")
        #expect(kj011.first?.severity == .error)
    }

    @Test func blankTitleIsRefused() throws {
        let result = try ValidationFixture.check([
            .replace("site.yaml", "title: Kinerja Pengadaan Kabupaten Contoh", "title: \"   \""),
        ])
        #expect(result.diagnostics.map(Expected.init) == [Expected("KJ011", "site.yaml", 1, 8)])
    }
}
