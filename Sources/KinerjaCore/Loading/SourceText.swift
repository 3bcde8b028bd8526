import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Limits that keep hostile or broken input from exhausting the machine.
public enum Limits {
    /// Largest Markdown/YAML file read (bytes).
    public static let maxMarkdownBytes = 1 << 20
    /// Largest CSV file read (bytes).
    public static let maxCSVBytes = 64 << 20
    /// Most YAML nodes walked in one file (aliases count every time they are expanded).
    public static let maxYAMLNodes = 100_000
    /// Deepest YAML nesting accepted.
    public static let maxYAMLDepth = 64
}

/// The text of one content file, decoded and normalised: BOM removed, CRLF/CR → LF.
public struct SourceText: Sendable {
    public let path: String
    public let text: String

    /// Reads and decodes `url`, reporting KJ001 (unreadable, too large, a symbolic link or
    /// not a regular file, NUL byte, invalid UTF-8).
    public static func read(_ url: URL, display path: String, limit: Int, into diags: inout DiagnosticBag) -> SourceText? {
        read(path: url.path, display: path, limit: limit, into: &diags)
    }

    /// Reads and decodes the file at `file` (see `read(_:display:limit:into:)`).
    static func read(path file: String, display path: String, limit: Int, into diags: inout DiagnosticBag) -> SourceText? {
        switch FileReader.read(file, limit: limit) {
        case let .success(bytes):
            return decode(bytes, path: path, into: &diags)
        case let .failure(.tooLarge(size)):
            diags.add(.KJ001, at: SourceLocation(file: path),
                      "file is too large (\(size) bytes; the limit is \(limit) bytes)",
                      hint: "split the file, or move bulk rows into a CSV")
        case .failure(.symlink):
            diags.add(.KJ001, at: SourceLocation(file: path), Entry.symlinkMessage, hint: Entry.symlinkHint)
        case .failure(.notRegularFile):
            diags.add(.KJ001, at: SourceLocation(file: path), "not a regular file")
        case let .failure(.unreadable(reason)):
            diags.add(.KJ001, at: SourceLocation(file: path), "cannot read file: \(reason)")
        }
        return nil
    }

    /// Decodes bytes, reporting KJ001 with the position of the first bad byte.
    public static func decode(_ input: [UInt8], path: String, into diags: inout DiagnosticBag) -> SourceText? {
        var bytes = input
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        let found = ByteClasses.scan(bytes)
        if found.nul, let nul = bytes.firstIndex(of: 0) {
            let (line, col) = lineColumn(of: nul, in: bytes)
            diags.add(.KJ001, at: SourceLocation(file: path, line: line, column: col),
                      "file contains a NUL byte (binary file?)")
            return nil
        }
        if found.nonASCII, let bad = firstInvalidUTF8(bytes) {
            let (line, col) = lineColumn(of: bad, in: bytes)
            diags.add(.KJ001, at: SourceLocation(file: path, line: line, column: col),
                      "file is not valid UTF-8", hint: "save the file as UTF-8")
            return nil
        }
        return SourceText(path: path, text: String(decoding: found.carriageReturn ? normalizeNewlines(bytes) : bytes, as: UTF8.self))
    }

    static func normalizeNewlines(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(13) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 13 {
                out.append(10)
                if i + 1 < bytes.count, bytes[i + 1] == 10 { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    /// 1-based line and column (in characters) of byte `offset`.
    static func lineColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, col = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 10 { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
        }
        return (line, col)
    }

    /// Offset of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var cp: UInt32 = 0
            switch c {
            case 0xC2...0xDF: need = 1; cp = UInt32(c & 0x1F); min = 0x80
            case 0xE0...0xEF: need = 2; cp = UInt32(c & 0x0F); min = 0x800
            case 0xF0...0xF4: need = 3; cp = UInt32(c & 0x07); min = 0x10000
            default: return i
            }
            guard i + need < n else { return i }
            for k in 1...need {
                let cc = b[i + k]
                guard cc & 0xC0 == 0x80 else { return i }
                cp = (cp << 6) | UInt32(cc & 0x3F)
            }
            if cp < min || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return i }
            i += need + 1
        }
        return nil
    }
}
