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

    /// `rewrite` on the page's UTF-8 bytes (what the renderer produces).
    public static func rewrite(_ bytes: [UInt8], file: String, basePath: String) -> [UInt8] {
        let depth = file.split(separator: "/", omittingEmptySubsequences: true).count - 1
        let up = Array((depth > 0 ? String(repeating: "../", count: depth) : "./").utf8)
        let base = Array(basePath.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        let markers: [[UInt8]] = [Array(" href=\"".utf8), Array(" src=\"".utf8)]
        var i = 0
        let n = bytes.count
        while i < n {
            var matched: [UInt8]?
            if bytes[i] == UInt8(ascii: " ") {
                for m in markers where i + m.count <= n && bytes[i..<(i + m.count)].elementsEqual(m) {
                    matched = m
                    break
                }
            }
            guard let m = matched else {
                out.append(bytes[i])
                i += 1
                continue
            }
            out.append(contentsOf: m)
            i += m.count
            // A root-relative link under the base path, and not protocol-relative.
            let isRootRelative = i + base.count <= n && bytes[i..<(i + base.count)].elementsEqual(base)
                && !(i + 1 < n && bytes[i] == UInt8(ascii: "/") && bytes[i + 1] == UInt8(ascii: "/"))
            if isRootRelative {
                out.append(contentsOf: up)
                i += base.count
            }
        }
        return out
    }
}
