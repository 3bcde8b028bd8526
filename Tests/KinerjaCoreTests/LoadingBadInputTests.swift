import Foundation
import Testing
@testable import KinerjaCore

/// Broken files never crash the loader: each gets its diagnostic, at the right place, and
/// `kinerja check` would exit 1.
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let mutation: ValidationFixture.Mutation
    let expected: [Expected]
    var testDescription: String { name }
}

@Suite struct LoadingBadInputTests {
    static let area = "2026/areas/rusak.md"

    static let cases: [BadInput] = [
        BadInput(name: "empty file", mutation: .write(area, ""), expected: [Expected("KJ002", area, 1, 1)]),
        BadInput(name: "binary file with NUL bytes",
                 mutation: .writeBytes(area, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]),
                 expected: [Expected("KJ001", area, 3, 1)]),
        BadInput(name: "invalid UTF-8 (Latin-1 text)",
                 mutation: .writeBytes(area, Array("---\ntitle: Kualitas\nobjective: T1\n---\nMutu ".utf8) + [0xE9, 0x0A]),
                 expected: [Expected("KJ001", area, 5, 6)]),
        BadInput(name: "a list where the front-matter mapping belongs",
                 mutation: .write(area, "---\n- title\n- objective\n---\n"),
                 expected: [Expected("KJ004", area, 2, 1)]),
        BadInput(name: "a list where the owner mapping belongs",
                 mutation: .replace("2026/indicators/IK-03.md",
                                    "owner: {name: Kepala Subbagian Layanan, role: Penanggung Jawab Kinerja}",
                                    "owner: [Kepala Subbagian Layanan, Penanggung Jawab Kinerja]"),
                 expected: [Expected("KJ004", "2026/indicators/IK-03.md", 10, 8)]),
        BadInput(name: "tab-indented YAML",
                 mutation: .write(area, "---\ntitle: Kualitas\nobjective: T1\nlabel:\n\tid: Mutu\n---\n"),
                 expected: [Expected("KJ003", area, 5, 1)]),
        BadInput(name: "5 MB front-matter",
                 mutation: .write(area, "---\ntitle: Kualitas\nobjective: T1\nnotes: |\n"
                                    + String(repeating: "  baris catatan yang sangat panjang sekali\n", count: 120_000) + "---\n"),
                 expected: [Expected("KJ001", area, 0, 0)]),
        BadInput(name: "deeply nested flow sequences",
                 mutation: .write(area, "---\ntitle: " + String(repeating: "[", count: 50_000)
                                    + String(repeating: "]", count: 50_000) + "\n---\n"),
                 expected: [Expected("KJ003", area, 2, 9)]),
        BadInput(name: "front-matter never closed",
                 mutation: .write(area, "---\ntitle: Kualitas\nobjective: T1\n"),
                 expected: [Expected("KJ002", area, 1, 1)]),
    ]

    @Test(arguments: cases)
    func reportedNotCrashed(_ c: BadInput) throws {
        let result = try ValidationFixture.check([c.mutation])
        #expect(result.diagnostics.map(Expected.init) == c.expected,
                "\(result.diagnostics.map { DiagnosticFormatter.text($0) }.joined())")
        #expect(result.hasErrors, "check exits 1")
    }

    @Test func tenBrokenFilesGiveTenDiagnostics() throws {
        let picks: [(String, String)] = [
            ("KJ008", "invalid date"), ("KJ702", "unknown package"), ("KJ708", "progress above 100"),
            ("KJ010", "CSV row with a missing column"), ("KJ602", "package of an unknown OPD"),
            ("KJ307", "last period target differs from target"), ("KJ305", "positive indicator with a period target 0"),
            ("KJ302", "baseline year not before the plan year"), ("KJ804", "report presented before its period ended"),
            ("KJ503", "circular before the approval"),
        ]
        let cases = picks.map { code, note in RuleCases.all.first { $0.code == code && $0.note == note } }
        #expect(cases.allSatisfy { $0 != nil })
        let chosen = cases.compactMap { $0 }
        let result = try ValidationFixture.check(chosen.flatMap(\.mutations))
        let got = result.diagnostics.map(Expected.init)
        #expect(Set(got.map(\.file)).count == 10)
        #expect(got == chosen.flatMap(\.expected).sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) })
    }
}
