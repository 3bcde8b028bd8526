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

/// `pagu` is whole rupiah in Int64 (docs/content.md): exact to the last digit.
@Suite struct RupiahTests {
    @Test func exactAmounts() {
        #expect(Rupiah.parse("9007199254740993") == .amount(9_007_199_254_740_993))
        #expect(Rupiah.parse("9.007.199.254.740.993") == .amount(9_007_199_254_740_993))
        #expect(Rupiah.parse("1.250.000.000") == .amount(1_250_000_000))
        #expect(Rupiah.parse("9223372036854775807") == .amount(Int64.max))
        #expect(Rupiah.parse("0") == .amount(0))
        #expect(Rupiah.parse("-0") == .amount(0))
    }

    @Test func refusedAmounts() {
        #expect(Rupiah.parse("-5") == .negative)
        #expect(Rupiah.parse("-1.250.000") == .negative)
        #expect(Rupiah.parse("9223372036854775808") == .overflow)
        #expect(Rupiah.parse("1e309") == .overflow)
        #expect(Rupiah.parse("1250,5") == .fraction)
        #expect(Rupiah.parse("satu juta") == .invalid)
    }

    @Test func packageKeepsEveryDigit() throws {
        let result = try ValidationFixture.check([
            .replace("2026/packages.csv", "Ruang,1.250.000.000,", "Ruang,9007199254740993,"),
        ])
        #expect(result.diagnostics.map(Expected.init) == [])
        let p = result.content.years.first?.packages.first { $0.kdRup == "52011234" }
        #expect(p?.pagu == 9_007_199_254_740_993)
    }
}

@Suite struct BaseURLTests {
    @Test(arguments: ["https://kinerja.example.go.id/", "http://localhost:8080/kinerja/", "/", "/kinerja/", "HTTPS://Host/"])
    func accepted(_ url: String) { #expect(BaseURL.problem(url) == nil) }

    @Test func refused() {
        #expect(BaseURL.problem("//evil.example/") == "`base_url` `//evil.example/` starts with `//`: links would go to another host")
        #expect(BaseURL.problem("kinerja.example.go.id/")
            == "`base_url` `kinerja.example.go.id/` is neither an absolute http(s) URL nor a path starting with `/`")
        #expect(BaseURL.problem("https:///x") == "`base_url` `https:///x` has no host after https://")
        #expect(BaseURL.problem("ftp://host/") == "`base_url` `ftp://host/` must use http:// or https://")
        #expect(BaseURL.problem("/kin erja/") == "`base_url` `/kin erja/` contains U+0020")
    }
}
