import Foundation

/// Maps request paths to files inside the output folder, and never outside it:
/// `..` segments (also percent-encoded), NUL bytes, backslashes and symbolic links that
/// leave the folder are refused.
struct StaticFiles: Sendable {
    let root: URL
    private let realRoot: String

    init(root: URL) {
        self.root = root.standardizedFileURL
        realRoot = StaticFiles.realPath(self.root.path) ?? self.root.path
    }

    enum Lookup: Equatable {
        case file(URL)
        /// A folder requested without its trailing slash: redirect so relative links work.
        case redirect(String)
        case notFound
    }

    func lookup(_ rawPath: String) -> Lookup {
        let pathOnly = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard let decoded = pathOnly.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return .notFound }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .notFound }
        var url = root
        for s in segments { url.appendPathComponent(String(s)) }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else { return .notFound }
        if isDir.boolValue {
            if !decoded.hasSuffix("/") && !decoded.isEmpty { return .redirect(pathOnly + "/") }
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return .notFound }
        }
        guard let real = StaticFiles.realPath(url.path),
              real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            return .notFound
        }
        return .file(URL(fileURLWithPath: real))
    }

    static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    static func contentType(_ url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
