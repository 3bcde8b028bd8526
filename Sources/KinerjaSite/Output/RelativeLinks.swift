import Foundation
import KinerjaCore

/// Rewrites a page's root-relative links (`href="/base/2026/"`, `src="/base/assets/…"`)
/// into links relative to the page itself (`../2026/`), so that the site works wherever
/// its folder is put: under any sub-path, on any static server, and opened from disk
/// (`file://`), where root-relative links would point at the file system's root.
///
/// Canonical and absolute links (`https://…`), fragments (`#main`) and protocol-relative
/// links (`//host`) are left alone. The 404 page is not rewritten: servers show it at any
/// depth, where only root-relative links resolve.
public enum RelativeLinks {
    /// Rewrites every HTML page of a built site except the 404 pages.
    public static func relativize(_ files: [OutputFile], basePath: String) -> [OutputFile] {
        files.parallelMap { relativize($0, basePath: basePath) }
    }

    /// One file: an HTML page other than a 404 page is rewritten, anything else returned as it is.
    public static func relativize(_ f: OutputFile, basePath: String) -> OutputFile {
        guard f.path.hasSuffix(".html"), !(f.path == "404.html" || f.path.hasSuffix("/404.html")) else { return f }
        return OutputFile(path: f.path, bytes: rewrite(f.bytes, file: f.path, basePath: basePath))
    }

    /// - Parameters:
    ///   - html: the rendered page.
    ///   - file: the page's output path (`2026/indicators/IK-07/index.html`).
    ///   - basePath: the site's base path, starting and ending with `/`.
    public static func rewrite(_ html: String, file: String, basePath: String) -> String {
        String(decoding: rewrite(Array(html.utf8), file: file, basePath: basePath), as: UTF8.self)
    }

    /// `rewrite` on the page's UTF-8 bytes (what the renderer produces). Every page passes
    /// through here, so it jumps from `=` to `=` and copies the text between links in runs.
    public static func rewrite(_ bytes: [UInt8], file: String, basePath: String) -> [UInt8] {
        let depth = file.split(separator: "/", omittingEmptySubsequences: true).count - 1
        let up = Array((depth > 0 ? String(repeating: "../", count: depth) : "./").utf8)
        let base = Array(basePath.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var copied = 0
            var i = 0
            while let eq = nextEquals(b, from: i) {
                i = eq + 1
                // ` href="` or ` src="` wholly after the text already rewritten.
                guard let start = markerStart(b, equals: eq), start >= copied else { continue }
                let value = eq + 2
                i = value
                // A root-relative link under the base path, and not protocol-relative.
                guard value + base.count <= n, b[value..<(value + base.count)].elementsEqual(base),
                      !(value + 1 < n && b[value] == slash && b[value + 1] == slash) else { continue }
                out.append(contentsOf: b[copied..<value])
                out.append(contentsOf: up)
                copied = value + base.count
                i = copied
            }
            out.append(contentsOf: b[copied..<n])
        }
        return out
    }

    private static let slash = UInt8(ascii: "/")

    private static func nextEquals(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        guard i < b.count, let base = b.baseAddress,
              let found = memchr(base + i, Int32(UInt8(ascii: "=")), b.count - i) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// For `=` at `eq` that ends ` href`, ` src` or ` action` (the search form) and is followed by `"`: where the space
    /// before the attribute name is.
    private static func markerStart(_ b: UnsafeBufferPointer<UInt8>, equals eq: Int) -> Int? {
        guard eq + 1 < b.count, b[eq + 1] == UInt8(ascii: "\"") else { return nil }
        for name: StaticString in ["href", "src", "action"] {
            let count = name.utf8CodeUnitCount
            guard eq >= count + 1, b[eq - count - 1] == UInt8(ascii: " "),
                  name.withUTF8Buffer({ $0.elementsEqual(b[(eq - count)..<eq]) }) else { continue }
            return eq - count - 1
        }
        return nil
    }
}
