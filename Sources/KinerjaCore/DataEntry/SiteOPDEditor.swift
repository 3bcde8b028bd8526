import Foundation

/// Adds OPDs to the `opds:` list of site.yaml as text (`kinerja import sirup --add-opds`):
/// the new entries are appended as lines after the last entry of the block, with the
/// entries' indentation and the file's line ending; comments and every other byte stay as
/// they were (docs/data-entry.md).
enum SiteOPDEditor {
    struct Entry: Sendable, Equatable {
        var code: String
        var name: String
        var short: String

        /// `{code: "…", name: "…", short: "…"}`
        var flow: String {
            "{code: \(SirupImport.yamlQuoted(code)), name: \(SirupImport.yamlQuoted(name)), short: \(SirupImport.yamlQuoted(short))}"
        }
    }

    enum Failure: Error, Equatable {
        /// `opds: [ … ]` written as a flow list: cannot be extended line by line.
        case flowList(line: Int)
    }

    static func add(_ entries: [Entry], to text: String) -> Result<String, Failure> {
        guard !entries.isEmpty else { return .success(text) }
        let eol = text.contains("\r\n") ? "\r\n" : "\n"
        // Split on the scalar "\n" (a Character-wise split would keep "\r\n" whole); each
        // line keeps the "\r" of CRLF, compared without it.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        func bare(_ i: Int) -> String { lines[i].hasSuffix("\r") ? String(lines[i].dropLast()) : lines[i] }
        guard let keyLine = lines.indices.first(where: { isOPDsKey(bare($0)) }) else {
            // No `opds:` yet: a new block at the end.
            var out = text
            if !out.isEmpty && !out.hasSuffix("\n") { out += eol }
            out += "opds:" + eol + entries.map { "  - " + $0.flow + eol }.joined()
            return .success(out)
        }
        let key = bare(keyLine)
        let afterColon = key[key.index(after: key.firstIndex(of: ":") ?? key.startIndex)...]
        let rest = afterColon.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if rest == "[]" {
            // `opds: []` (a comment after it is kept on the key line).
            let comment = afterColon.firstIndex(of: "#").map { " " + afterColon[$0...] } ?? ""
            let cr = lines[keyLine].hasSuffix("\r") ? "\r" : ""
            lines[keyLine] = "opds:" + comment + cr
            let new = entries.map { "  - " + $0.flow + (cr) }
            lines.insert(contentsOf: new, at: keyLine + 1)
            return .success(lines.joined(separator: "\n"))
        }
        if !rest.isEmpty { return .failure(.flowList(line: keyLine + 1)) }
        // The block: lines after the key that are indented or list items (`- ` at column 0),
        // blank lines and comments in between; it ends at the next top-level key.
        var last = keyLine
        var indent = "  "
        var sawItem = false
        var i = keyLine + 1
        while i < lines.count {
            let l = bare(i)
            let trimmed = l.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { i += 1; continue }
            let first = l.first ?? " "
            guard first == " " || first == "\t" || l.hasPrefix("-") else { break }
            if !sawItem, trimmed.hasPrefix("-") {
                indent = String(l.prefix { $0 == " " || $0 == "\t" })
                sawItem = true
            }
            last = i
            i += 1
        }
        let cr = lines[last].hasSuffix("\r") ? "\r" : (eol == "\r\n" ? "\r" : "")
        let new = entries.map { indent + "- " + $0.flow + cr }
        if last == lines.count - 1 {
            // The block ends the file without a final newline.
            lines[last] += eol == "\r\n" && !lines[last].hasSuffix("\r") ? "\r" : ""
            lines.append(contentsOf: new)
            return .success(lines.joined(separator: "\n"))
        }
        lines.insert(contentsOf: new, at: last + 1)
        return .success(lines.joined(separator: "\n"))
    }

    /// `opds:` at the start of a line (a top-level key).
    static func isOPDsKey(_ line: String) -> Bool {
        guard line.hasPrefix("opds") else { return false }
        let after = line.dropFirst(4).drop { $0 == " " }
        return after.hasPrefix(":")
    }
}
