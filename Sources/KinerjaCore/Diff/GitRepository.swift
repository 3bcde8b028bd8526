import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A git working tree, read with the `git` command: which commit a name means and what a
/// folder held at that commit.
struct GitRepository: Sendable {
    /// The top of the working tree, with symbolic links resolved.
    let top: String

    /// The repository containing `directory`.
    static func containing(_ directory: String) throws(DiffError) -> GitRepository {
        guard FileManager.default.fileExists(atPath: directory) else { throw .notARepository(directory) }
        let out = try git(["rev-parse", "--show-toplevel"], in: directory)
        guard out.succeeded, !out.text.isEmpty else { throw .notARepository(directory) }
        return GitRepository(top: CanonicalPath.of(out.text))
    }

    /// The full commit id `revision` names.
    func commit(_ revision: String) throws(DiffError) -> String {
        // A leading dash would be read as an option, never as a revision.
        guard !revision.isEmpty, !revision.hasPrefix("-") else { throw .unknownRevision(revision) }
        let out = try Self.git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: top)
        guard out.succeeded, !out.text.isEmpty else { throw .unknownRevision(revision) }
        return out.text
    }

    /// `path` relative to the top of the working tree ("" for the top itself), or nil when it
    /// lies outside.
    func relative(_ path: String) -> String? {
        let canonical = CanonicalPath.of(path)
        if canonical == top { return "" }
        let prefix = top.hasSuffix("/") ? top : top + "/"
        return canonical.hasPrefix(prefix) ? String(canonical.dropFirst(prefix.count)) : nil
    }

    /// Whether `folder` (relative to the top) is a folder at `commit`.
    func hasFolder(_ folder: String, at commit: String) throws(DiffError) -> Bool {
        let out = try Self.git(["cat-file", "-t", "\(commit):\(folder)"], in: top)
        return out.succeeded && out.text == "tree"
    }

    /// Writes the files of `folder` (relative to the top) at `commit` below `destination`
    /// (which must exist) and returns where the folder now is.
    func export(_ folder: String, at commit: String, into destination: String) throws(DiffError) -> String {
        let archive = destination + "/snapshot.tar"
        let tree = destination + "/tree"
        do {
            try FileManager.default.createDirectory(atPath: tree, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create a temporary folder: \(error.localizedDescription)")
        }
        var arguments = ["archive", "--format=tar", "-o", archive, commit]
        if !folder.isEmpty { arguments += ["--", folder] }
        let out = try Self.git(arguments, in: top)
        guard out.succeeded else { throw .gitFailed(command: "archive \(commit)", message: out.stderr.trimmed) }
        let untar: Subprocess.Output
        do {
            untar = try Subprocess.run("tar", ["-xf", archive, "-C", tree], in: destination)
        } catch {
            throw .io("cannot run tar to unpack revision \(commit): \(error)")
        }
        guard untar.succeeded else { throw .io("tar could not unpack revision \(commit): \(untar.stderr.trimmed)") }
        try? FileManager.default.removeItem(atPath: archive)
        return folder.isEmpty ? tree : tree + "/" + folder
    }

    private static func git(_ arguments: [String], in directory: String) throws(DiffError) -> Subprocess.Output {
        do {
            // Plain English messages, no pager, never a credential prompt.
            return try Subprocess.run("git", arguments, in: directory,
                                      environment: ["LC_ALL": "C", "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0"])
        } catch {
            throw .gitUnavailable("\(error)")
        }
    }
}

/// Absolute paths with symbolic links resolved, also for paths that do not exist (yet).
enum CanonicalPath {
    static func of(_ path: String, cwd: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = path.hasPrefix("/") ? path : (cwd.hasSuffix("/") ? cwd : cwd + "/") + path
        var existing = URL(fileURLWithPath: absolute).standardizedFileURL.path
        var missing: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                guard !missing.isEmpty else { return base }
                return (base == "/" ? "" : base) + "/" + missing.reversed().joined(separator: "/")
            }
            let url = URL(fileURLWithPath: existing)
            let parent = url.deletingLastPathComponent().path
            if parent == existing { return absolute }
            missing.append(url.lastPathComponent)
            existing = parent
        }
    }
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
