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

/// At most 50 diagnostics of one rule per file are listed, then one "… N more" line
/// (docs/validation.md "How many are shown").
@Suite struct DiagnosticCapTests {
    static let badRows = (0..<10_000).map { i in "5201\(String(format: "%04d", i)),IK-01,tiga,,,\n" }.joined()

    @Test func tenThousandBadRowsPrintFiftyAndASummary() throws {
        try ValidationCLITests.withSite([.replace("2026/realizations/2026-03.csv", "52011234,IK-01,29,,,tender selesai\n", "52011234,IK-01,29,,,tender selesai\n" + Self.badRows)]) { dir in
            let r = try ValidationCLITests.run(["check", "--content", "content"], in: dir)
            #expect(r.status == 1)
            let csv = "content/2026/realizations/2026-03.csv"
            let shown = r.lines.filter { $0.hasPrefix(csv + ":") }
            #expect(shown.count == 51)
            #expect(shown.filter { $0.hasPrefix(csv + ":") && $0.contains("error[KJ010]") }.count == 51)
            #expect(shown.first == "\(csv): error[KJ010]: … 9 950 more KJ010 in this file")
            #expect(r.lines.suffix(2) == [
                "kinerja check: 10000 errors, 0 warnings in 14 files (9950 not shown: at most 50 of one rule per file are listed)",
                "",
            ])
            // 50 diagnostics and the "… 9 950 more" one, each with its hint line, the summary, the final newline.
            #expect(r.lines.count == 51 * 2 + 1 + 1)

            let json = try ValidationCLITests.run(["check", "--content", "content", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(object?["errors"] as? Int == 10_000)
            #expect((object?["diagnostics"] as? [Any])?.count == 51)

            let github = try ValidationCLITests.run(["check", "--content", "content", "--format", "github"], in: dir)
            #expect(github.lines.filter { $0.hasPrefix("::error ") }.count == 51)
        }
    }

    @Test func aBagKeepsFiftyPerFileAndRuleAndCountsTheRest() {
        var bag = DiagnosticBag()
        for line in 1...70 {
            bag.add(.KJ010, at: SourceLocation(file: "a.csv", line: line, column: 1), "x")
            if line % 2 == 0 { bag.add(.KJ010, at: SourceLocation(file: "b.csv", line: line, column: 1), "x") }
        }
        for line in 71...80 { bag.add(.KJ010, at: SourceLocation(file: "a.csv", line: line, column: 1), "x") }
        let items = bag.items
        #expect(items.filter { $0.file == "a.csv" && $0.more == 0 }.map(\.line) == Array(1...50))
        #expect(items.filter { $0.file == "b.csv" }.count == 35)
        #expect(items.filter { $0.more > 0 }.map { "\($0.location) \($0.message)" } == ["a.csv … 30 more KJ010 in this file"])
        #expect(bag.errors == 80 + 35)
        #expect(DiagnosticCap.apply(items).count == 51 + 35)
    }

    @Test func groupsAreByFileAndRule() {
        let a = (1...60).map { Diagnostic(.KJ004, at: SourceLocation(file: "a.csv", line: $0, column: 1), "x") }
        let b = (1...3).map { Diagnostic(.KJ010, at: SourceLocation(file: "a.csv", line: $0, column: 2), "y") }
        let c = (1...51).map { Diagnostic(.KJ004, at: SourceLocation(file: "b.csv", line: $0, column: 1), "x") }
        let capped = DiagnosticCap.apply(a + b + c)
        #expect(capped.count == 50 + 1 + 3 + 50 + 1)
        #expect(capped.filter { $0.more > 0 }.map { "\($0.location) \($0.message)" } == [
            "a.csv … 10 more KJ004 in this file", "b.csv … 1 more KJ004 in this file",
        ])
        #expect(DiagnosticCap.total(capped) == 60 + 3 + 51)
        #expect(DiagnosticCap.apply(capped) == capped)
        #expect(DiagnosticCap.grouped(1_299_950) == "1 299 950")
        #expect(DiagnosticCap.grouped(999) == "999")
    }
}

/// Control and bidirectional characters (docs/validation.md "Control and bidirectional
/// characters"): refused in ids, flagged in text, escaped in every diagnostics format.
@Suite struct UnsafeCharacterTests {
    @Test func idsAreRefusedAndShownEscaped() throws {
        let result = try ValidationFixture.check([
            .replace("2026/indicators/IK-03.md", "{id: RA-03-1,", "{id: \"RA-03\u{2066}-1\","),
        ])
        let kj007 = try #require(result.diagnostics.first { $0.code == "KJ007" })
        let path = kj007.file
        #expect(DiagnosticFormatter.text(kj007) == "\(path):14:10: error[KJ007]: invalid id `RA-03\\u{2066}-1`: ids are 1–64 "
            + "letters, digits, `.`, `_` or `-`, starting with a letter or digit\n")
        for format in DiagnosticFormat.allCases {
            let out = DiagnosticFormatter.format(result.diagnostics, as: format)
            #expect(!out.unicodeScalars.contains("\u{2066}"), "raw U+2066 in \(format)")
            #expect(out.contains("RA-03\\u{2066}-1") || out.contains(#"RA-03\\u{2066}-1"#), "escape missing in \(format)")
        }
    }

    @Test func textFieldsAreFlaggedAtTheCharacter() throws {
        let result = try ValidationFixture.check([
            .replace("2026/indicators/IK-03.md", "title: Indeks kepuasan layanan pengadaan",
                     "title: Indeks \u{202E}kepuasan\u{202C} layanan pengadaan"),
        ])
        let kj015 = result.diagnostics.filter { $0.code == "KJ015" }
        #expect(kj015.map(Expected.init) == [Expected("KJ015", "2026/indicators/IK-03.md", 2, 15)])
        #expect(kj015.first?.severity == .warning)
        #expect(kj015.first?.message == "`title` contains U+202E (a bidirectional embedding or override) and 1 more, "
            + "which can hide or reorder text where it is shown")
        #expect(!result.hasErrors)
    }

    @Test func unsafeCharacterSet() {
        for v: UInt32 in [0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9F, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069] {
            #expect(UnsafeCharacters.isUnsafe(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x200D, 0x2029, 0x202F, 0x2065, 0x206A] {
            #expect(!UnsafeCharacters.isUnsafe(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
        }
        #expect(UnsafeCharacters.escaped("a\u{202E}b\u{1B}c") == "a\\u{202E}b\\u{1B}c")
        #expect(UnsafeCharacters.contains("Pengadaan\tyang\r\n") == false)
        #expect(UnsafeCharacters.contains("Pengadaan\u{7F}") == true)
    }
}

/// A realization CSV row with a bad value is left out even after the cap: the loader
/// counts what it reported, not what the bag keeps.
@Suite struct CappedRowTests {
    @Test func badRowsBeyondTheCapAreStillLeftOut() throws {
        let bad = (0..<120).map { i in "5201\(String(format: "%04d", i)),IK-01,tiga,,,\n" }.joined()
        let result = try ValidationFixture.check([
            .replace("2026/realizations/2026-03.csv", "52011234,IK-01,29,,,tender selesai\n", "52011234,IK-01,29,,,tender selesai\n" + bad),
        ])
        let codes = Set(result.diagnostics.map(\.code))
        #expect(codes == ["KJ010"])
        #expect(DiagnosticCap.total(result.diagnostics) == 120)
    }
}
