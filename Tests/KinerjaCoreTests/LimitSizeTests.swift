import Foundation
import Testing
@testable import KinerjaCore

/// Huge files, very long lines, NUL bytes and invalid UTF-8: a positioned KJ001 (or a normal
/// load), never a crash, and nothing written anywhere.
@Suite struct LimitSizeTests {
    static let indicatorHead = "---\ntitle: Besar\narea: waktu\n---\n"

    @Test func markdownOverTheLimitIsRefusedUnread() throws {
        let box = try HostileSandbox()
        let head = Self.indicatorHead
        try box.write("content/2026/indicators/big.md", head + String(repeating: "x", count: Limits.maxMarkdownBytes + 1 - head.utf8.count))
        let result = box.check()
        let file = "content/2026/indicators/big.md"
        #expect(result.loadPositions(of: file) == ["KJ001 0:0"])
        #expect(result.loadDiagnostics(of: file).first?.message == "file is too large (1048577 bytes; the limit is 1048576 bytes)")
        #expect(result.content.year(2026)?.indicator("big") == nil)
        #expect(box.unchanged)
    }

    @Test func markdownAtTheLimitLoads() throws {
        let box = try HostileSandbox()
        let head = Self.indicatorHead
        try box.write("content/2026/indicators/big.md", head + String(repeating: "x", count: Limits.maxMarkdownBytes - head.utf8.count))
        let result = box.check()
        #expect(result.loadDiagnostics(of: "content/2026/indicators/big.md").filter { $0.code == "KJ001" }.isEmpty)
        #expect(result.content.year(2026)?.indicator("big")?.body.count == Limits.maxMarkdownBytes - head.utf8.count)
        #expect(box.unchanged)
    }

    @Test func csvOverTheLimitIsRefusedUnread() throws {
        let box = try HostileSandbox()
        try box.write("content/2026/packages.csv", "kd_rup,nama_paket,kd_satker,pagu,metode_pengadaan,area\n")
        // A sparse file: its size is over the limit, its blocks are never written or read.
        let handle = try #require(FileHandle(forWritingAtPath: box.content + "/2026/packages.csv"))
        try handle.truncate(atOffset: UInt64(Limits.maxCSVBytes + 1))
        try handle.close()
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/packages.csv") == ["KJ001 0:0"])
        #expect(result.loadDiagnostics(of: "content/2026/packages.csv").first?.message
            == "file is too large (67108865 bytes; the limit is 67108864 bytes)")
        #expect(box.unchanged)
    }

    @Test func aVeryLongValueOnOneLineLoads() throws {
        let box = try HostileSandbox()
        let title = String(repeating: "panjang ", count: 60_000)
        try box.write("content/2026/indicators/long.md", "---\ntitle: \(title)\narea: waktu\n---\n")
        let result = box.check()
        #expect(result.content.year(2026)?.indicator("long")?.title == String(title.dropLast()))
        #expect(result.loadDiagnostics(of: "content/2026/indicators/long.md").filter { $0.severity == .error }.isEmpty)
        #expect(box.unchanged)
    }

    @Test func aVeryLongWrongValueIsQuotedShort() throws {
        let box = try HostileSandbox()
        try box.write("content/2026/indicators/long.md", "---\ntitle: Panjang\npolarity: \(String(repeating: "n", count: 300_000))\n---\n")
        let result = box.check()
        let kj004 = result.loadDiagnostics(of: "content/2026/indicators/long.md").filter { $0.code == "KJ004" }
        #expect(kj004.map { "\($0.line):\($0.column)" } == ["3:11"])
        #expect(kj004.first?.message == "`polarity` must be one of positive, negative, found `\(String(repeating: "n", count: 40))…`")
        #expect(box.unchanged)
    }

    @Test func aVeryLongExplicitKeyIsAnUnknownFieldQuotedShort() throws {
        // Looking for a "did you mean" among the known fields used to compare every character
        // of the key with every known field (20 s for this one key).
        let box = try HostileSandbox()
        try box.write("content/2026/indicators/key.md", "---\ntitle: Kunci\n? \(String(repeating: "k", count: 300_000))\n: 1\n---\n")
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/indicators/key.md") == ["KJ005 3:3"])
        #expect(result.loadDiagnostics(of: "content/2026/indicators/key.md").first?.message
            == "unknown field `\(String(repeating: "k", count: 40))…` in an indicator")
        #expect(box.unchanged)
    }

    @Test func aVeryLongKeyIsAYAMLErrorOnItsLine() throws {
        let box = try HostileSandbox()
        try box.write("content/2026/indicators/key.md", "---\ntitle: Kunci\n\(String(repeating: "k", count: 5_000)): 1\n---\n")
        let result = box.check()
        // libyaml accepts implicit keys of at most 1024 characters.
        #expect(result.loadPositions(of: "content/2026/indicators/key.md").map { $0.prefix(8) } == ["KJ003 3:"])
        #expect(box.unchanged)
    }

    @Test func aVeryLongCSVCellLoads() throws {
        let box = try HostileSandbox()
        let note = String(repeating: "catatan;\"panjang\" ", count: 20_000)
        try box.write("content/2026/realizations/2026-03.md", "---\nperiod: 2026-03\ndata: 2026-03.csv\n---\n")
        try box.write("content/2026/realizations/2026-03.csv",
                      "package,indicator,value,note\n,IK-01,5,\"\(note.replacingOccurrences(of: "\"", with: "\"\""))\"\n")
        let result = box.check()
        let rows = result.content.year(2026)?.rows ?? []
        #expect(rows.map(\.note) == [note.trimmingCharacters(in: .whitespaces)])
        #expect(result.loadDiagnostics(of: "content/2026/realizations/2026-03.csv").isEmpty)
        #expect(box.unchanged)
    }

    @Test func aNULByteIsKJ001AtItsPosition() throws {
        let box = try HostileSandbox()
        try box.write("content/2026/indicators/nul.md", Array("---\ntitle: Nol\narea: wa".utf8) + [0] + Array("ktu\n---\n".utf8))
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/indicators/nul.md") == ["KJ001 3:9"])
        #expect(result.loadDiagnostics(of: "content/2026/indicators/nul.md").first?.message == "file contains a NUL byte (binary file?)")
        #expect(box.unchanged)
    }

    @Test func invalidUTF8InACSVCellIsKJ001AtTheCell() throws {
        let box = try HostileSandbox()
        // `Café` saved as Windows-1252 by a spreadsheet: é is the single byte 0xE9.
        let bytes = Array("kd_rup,nama_paket,kd_satker,pagu,metode_pengadaan,area\n52011234,Jalan,1.03.01,100,Tender,waktu\n52011235,Caf".utf8)
            + [0xE9] + Array(" Pasar,1.03.01,200,Tender,waktu\n".utf8)
        try box.write("content/2026/packages.csv", bytes)
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/packages.csv") == ["KJ001 3:13"])
        #expect(result.loadDiagnostics(of: "content/2026/packages.csv").first?.hint == "save the file as UTF-8")
        #expect(box.unchanged)
    }

    @Test func invalidUTF8InARealizationCSVIsKJ001ThereNotInTheMarkdown() throws {
        let box = try HostileSandbox()
        try box.write("content/2026/realizations/2026-03.md", "---\nperiod: 2026-03\ndata: 2026-03.csv\n---\n")
        try box.write("content/2026/realizations/2026-03.csv", Array("package,indicator,value,note\n,IK-01,5,ok\n,IK-02,6,".utf8) + [0xFF, 0xFE])
        let result = box.check()
        #expect(result.loadPositions(of: "content/2026/realizations/2026-03.csv") == ["KJ001 3:10"])
        #expect(result.loadDiagnostics(of: "content/2026/realizations/2026-03.md").isEmpty)
        #expect(box.unchanged)
    }
}
