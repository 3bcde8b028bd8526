import Foundation

/// Keeps `build` from writing into the content (or templates), or from replacing a folder that
/// holds them: the output is published by swapping a whole folder, so an output folder equal
/// to the content folder, inside it, or around it would destroy content.
public enum OutputGuard {
    /// An error message when `output` may not be written, or nil when it may. Both paths are
    /// resolved (relative ones from `cwd`; symbolic links, `.` and `..`; the output folder need
    /// not exist yet) before they are compared.
    public static func validate(output: String, content: String,
                                cwd: String = FileManager.default.currentDirectoryPath) -> String? {
        validate(output: output, protecting: content, named: "content folder", cwd: cwd)
    }

    /// The same check for any folder the build reads and must not replace, e.g. the templates
    /// (`named: "templates folder"`).
    public static func validate(output: String, protecting folder: String, named name: String,
                                cwd: String = FileManager.default.currentDirectoryPath) -> String? {
        let out = resolve(output, cwd: cwd)
        let kept = resolve(folder, cwd: cwd)
        if out == kept {
            return "the output folder `\(output)` is the \(name)"
        }
        if isInside(out, kept) {
            return "the output folder `\(output)` lies inside the \(name) `\(folder)`"
        }
        if isInside(kept, out) {
            return "the output folder `\(output)` contains the \(name) `\(folder)`; building would replace it"
        }
        return nil
    }

    /// Whether `path` lies strictly below `folder` (both resolved, as component lists).
    static func isInside(_ path: [String], _ folder: [String]) -> Bool {
        path.count > folder.count && Array(path.prefix(folder.count)) == folder
    }

    /// The absolute, symlink-free components of `path`: the longest existing prefix is
    /// resolved by the file system (`realpath`), the rest (not yet created) lexically.
    static func resolve(_ path: String, cwd: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
        var pending = absolute.split(separator: "/").map(String.init)
        var missing: [String] = []
        while true {
            let candidate = "/" + pending.joined(separator: "/")
            if let real = realPath(candidate) {
                return lexical(real.split(separator: "/").map(String.init) + missing)
            }
            guard let last = pending.popLast() else { return lexical(missing) }
            missing.insert(last, at: 0)
        }
    }

    /// Drops `.` and empty components and applies `..` (never above the root).
    static func lexical(_ components: [String]) -> [String] {
        var out: [String] = []
        for c in components where !c.isEmpty && c != "." {
            if c == ".." { _ = out.popLast() } else { out.append(c) }
        }
        return out
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
