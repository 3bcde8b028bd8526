import Foundation

/// Paths in diagnostics are relative to the current directory when they lie below it.
public enum DisplayPath {
    public static func relative(_ path: String, cwd: String = FileManager.default.currentDirectoryPath) -> String {
        guard path.hasPrefix("/") else {
            var p = path
            while p.hasPrefix("./") { p.removeFirst(2) }
            while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
            return p.isEmpty ? "." : p
        }
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        if path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        if path == cwd { return "." }
        return path
    }
}
