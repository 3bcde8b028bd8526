import Foundation

/// What the layout and registry tests read in a Swift file: its code without comments and
/// string literals (docs/architecture.md, "Layers"), the types it declares and the types it
/// extends. A reading of the text, not a parser: enough for the project's own sources.
public enum SwiftSource {
    /// A Swift file of a folder: `folder` is "" for the files directly in the target's folder.
    public typealias File = (folder: String, name: String, text: String)

    /// The first capture group of every match of `pattern` (lines anchored) in `text`.
    public static func matches(_ pattern: String, _ text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    /// The types `code` declares at the start of a line (top-level or not private), as
    /// `public struct Rule`, `final class Memo`, `@frozen enum X`.
    public static func declaredTypes(_ code: String) -> [String] {
        matches(#"^(?:@\w+(?:\([^)\n]*\))?\s+)*(?:(?:public|package|internal|final|indirect|nonisolated)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)"#, code)
    }

    /// Every type `code` declares, nested and private ones too.
    public static func allDeclaredTypes(_ code: String) -> [String] {
        matches(#"\b(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)"#, code)
    }

    /// The types `code` extends (`extension Rupiah`, `public extension Fields`).
    public static func extendedTypes(_ code: String) -> [String] {
        matches(#"\bextension\s+([A-Z]\w*)"#, code)
    }

    /// Every capitalized identifier `code` uses.
    public static func typeNames(_ code: String) -> Set<String> {
        Set(matches(#"\b([A-Z]\w*)\b"#, code))
    }

    /// The Swift files directly in `folder` of `root` ("" for `root` itself), sorted by name.
    public static func files(in root: URL, folder: String) throws -> [File] {
        let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().filter { $0.hasSuffix(".swift") }.map {
            (folder, $0, try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// The folders directly in `root`.
    public static func folders(in root: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { name in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDir)
                && isDir.boolValue
        })
    }

    /// `text` with comments and string literals blanked (line breaks kept). The code inside
    /// an interpolation `\(…)` stays: `"\(NumberText.format(x))"` names `NumberText`. Raw
    /// strings (`#"…"#`, interpolated with `\#(…)`) and multi-line strings are read too.
    public static func code(_ text: String) -> String {
        var reader = Reader(Array(text.unicodeScalars))
        reader.code(untilParenthesis: false)
        return String(reader.out)
    }

    private struct Reader {
        let c: [Unicode.Scalar]
        var i = 0
        var out = String.UnicodeScalarView()

        init(_ c: [Unicode.Scalar]) { self.c = c }

        func at(_ k: Int, _ s: String) -> Bool {
            let p = Array(s.unicodeScalars)
            return k + p.count <= c.count && Array(c[k..<k + p.count]) == p
        }

        /// Code up to the end, or (inside an interpolation) up to its closing parenthesis.
        mutating func code(untilParenthesis: Bool) {
            var depth = 0
            while i < c.count {
                if at(i, "//") {
                    while i < c.count, c[i] != "\n" { i += 1 }
                } else if at(i, "/*") {
                    var nesting = 0
                    repeat {
                        if at(i, "/*") { nesting += 1; i += 2 } else if at(i, "*/") { nesting -= 1; i += 2 } else {
                            if c[i] == "\n" { out.append("\n") }
                            i += 1
                        }
                    } while nesting > 0 && i < c.count
                } else if c[i] == "#" {
                    var hashes = 0
                    while i + hashes < c.count, c[i + hashes] == "#" { hashes += 1 }
                    if i + hashes < c.count, c[i + hashes] == "\"" {
                        i += hashes
                        string(hashes: hashes)
                    } else {
                        out.append(c[i])
                        i += 1
                    }
                } else if c[i] == "\"" {
                    string(hashes: 0)
                } else if untilParenthesis, c[i] == "(" {
                    depth += 1
                    out.append(c[i])
                    i += 1
                } else if untilParenthesis, c[i] == ")" {
                    i += 1
                    if depth == 0 { return }
                    depth -= 1
                    out.append(")")
                } else {
                    out.append(c[i])
                    i += 1
                }
            }
        }

        /// A string literal from its opening quote (after any `#`s), blanked but for the code
        /// of its interpolations.
        mutating func string(hashes: Int) {
            let multiline = at(i, "\"\"\"")
            let close = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
            let escape = "\\" + String(repeating: "#", count: hashes)
            i += multiline ? 3 : 1
            while i < c.count {
                if at(i, close) {
                    i += close.unicodeScalars.count
                    break
                }
                if !multiline, c[i] == "\n" { break }
                if at(i, escape) {
                    i += escape.unicodeScalars.count
                    if i < c.count, c[i] == "(" {
                        i += 1
                        out.append(" ")
                        code(untilParenthesis: true)
                        out.append(" ")
                    } else {
                        i += 1
                    }
                    continue
                }
                if c[i] == "\n" { out.append("\n") }
                i += 1
            }
            out.append(" ")
        }
    }
}
