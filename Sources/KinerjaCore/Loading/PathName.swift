/// Parts of a file-system path written as a `String` with `/` separators (the loader keeps
/// paths as strings: Foundation's `URL` costs more than the rest of listing a folder).
enum PathName {
    /// The last component without its extension: `a/b/2026-03.md` → `2026-03`.
    static func stem(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }

    /// Everything before the last `/` (`.` when there is none, `/` for a file in the root).
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func lastComponent(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return Substring(path) }
        return path[path.index(after: slash)...]
    }
}
