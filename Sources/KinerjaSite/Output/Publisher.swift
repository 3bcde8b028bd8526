import Foundation
import KinerjaCore

/// Writes a built site into the output folder all at once: the files go into a temporary
/// folder beside the output, which then replaces it. If anything fails before the swap,
/// the temporary folder is removed and the previous output stays byte-identical.
///
/// Files whose bytes did not change are hard-linked from the previous output instead of
/// rewritten (their modification time is kept, which helps incremental deploys). Without
/// `clean`, files of the previous output that the build no longer produces are kept.
public struct Publisher: Sendable {
    public struct Summary: Sendable, Equatable {
        /// Files written because they are new or changed.
        public let written: Int
        /// Files identical to the previous output.
        public let unchanged: Int
        /// Files of the previous output kept although the build did not produce them.
        public let kept: Int
    }

    public let output: URL
    /// Folders the output must never contain or be (the content, the templates, the
    /// working directory): publishing replaces the output folder wholesale.
    public let protected: [URL]

    public init(output: URL, protecting protected: [URL] = []) {
        self.output = output.standardizedFileURL
        self.protected = protected.map(\.standardizedFileURL)
    }

    public func publish(_ files: [OutputFile], clean: Bool) throws -> Summary {
        try checkOutputLocation()
        for file in files { try Self.checkRelative(file.path) }
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).kinerja-new-\(pid)")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).kinerja-old-\(pid)")
        try? fm.removeItem(at: staging)
        try? fm.removeItem(at: retired)
        do {
            let summary = try stage(files, into: staging, clean: clean)
            try swap(staging, retired: retired)
            return summary
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    // MARK: - staging

    private func stage(_ files: [OutputFile], into staging: URL, clean: Bool) throws -> Summary {
        let fm = FileManager.default
        let old = output.path
        let oldExists = fm.fileExists(atPath: old)
        var folders = Set<String>([""])
        for file in files {
            var dir = Substring(file.path)
            while let slash = dir.lastIndex(of: "/") {
                dir = dir[..<slash]
                if !folders.insert(String(dir)).inserted { break }
            }
        }
        for folder in folders.sorted() {
            try fm.createDirectory(atPath: staging.path + (folder.isEmpty ? "" : "/" + folder), withIntermediateDirectories: true)
        }
        let root = staging.path
        let results = files.parallelMap { file -> Result<Bool, Error> in
            Result {
                let target = root + "/" + file.path
                if oldExists, FileIO.sameBytes(atPath: old + "/" + file.path, as: file.bytes),
                   link(old + "/" + file.path, target) == 0 {
                    return false
                }
                try FileIO.write(file.bytes, to: target)
                return true
            }
        }
        var written = 0, unchanged = 0
        for r in results {
            if try r.get() { written += 1 } else { unchanged += 1 }
        }
        var kept = 0
        if !clean, oldExists {
            let produced = Set(files.map(\.path))
            for relative in FileIO.files(under: old) where !produced.contains(relative) {
                let target = root + "/" + relative
                try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                if link(old + "/" + relative, target) != 0 {
                    try fm.copyItem(atPath: old + "/" + relative, toPath: target)
                }
                kept += 1
            }
        }
        return Summary(written: written, unchanged: unchanged, kept: kept)
    }

    /// Puts the staged folder in place of the output; the old output is removed afterwards.
    private func swap(_ staging: URL, retired: URL) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            try fm.moveItem(at: output, to: retired)
            do {
                try fm.moveItem(at: staging, to: output)
            } catch {
                try? fm.moveItem(at: retired, to: output)
                throw error
            }
            try? fm.removeItem(at: retired)
        } else {
            try fm.moveItem(at: staging, to: output)
        }
    }

    // MARK: - safety

    private func checkOutputLocation() throws {
        let path = output.path
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let guarded = [cwd] + protected.map(\.path)
        if path == "/" || guarded.contains(where: { $0 == path || $0.hasPrefix(path.hasSuffix("/") ? path : path + "/") }) {
            throw PublishError.unsafeOutput(path: path, reason: "it contains the working folder, the content or the templates")
        }
        if FileManager.default.fileExists(atPath: path + "/.git") {
            throw PublishError.unsafeOutput(path: path, reason: "it is a git repository")
        }
    }

    static func checkRelative(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            throw PublishError.badPath(path)
        }
    }
}

public enum PublishError: Error, Equatable, CustomStringConvertible {
    case unsafeOutput(path: String, reason: String)
    case badPath(String)
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unsafeOutput(path, reason): return "refusing to replace \(path): \(reason)"
        case .badPath(let p): return "output path `\(p)` is not a plain relative path"
        case let .write(path, reason): return "cannot write \(path): \(reason)"
        }
    }
}
