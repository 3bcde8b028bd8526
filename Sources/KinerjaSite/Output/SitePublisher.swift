import Foundation
import KinerjaCore

/// Writes a rendered site into the output folder.
///
/// - First build (or `clean`): everything is written into a temporary folder beside the
///   output, which then replaces the output in two renames; a failure leaves the previous
///   output as it was.
/// - Later builds: only files whose content hash differs from the manifest are written
///   (each through a temporary file and a rename), files no longer produced are removed,
///   and the manifest is replaced last.
public enum SitePublisher {
    public struct Result: Sendable, Equatable {
        public let written: Int
        public let unchanged: Int
        public let removed: Int
    }

    public static func publish(_ files: [OutputFile], to output: URL, inputs: String, clean: Bool) throws -> Result {
        let fm = FileManager.default
        let hashes = files.parallelMap { BuildManifest.hash($0.bytes) }
        var manifest = BuildManifest(inputs: inputs, outputs: [:])
        for (f, h) in zip(files, hashes) { manifest.outputs[f.path] = h }

        if !clean, let old = BuildManifest.read(output: output) {
            var changed: [OutputFile] = []
            for (f, h) in zip(files, hashes) where old.outputs[f.path] != h || !fm.fileExists(atPath: output.appendingPathComponent(f.path).path) {
                changed.append(f)
            }
            try write(changed, into: output, atomically: true)
            let gone = Set(old.outputs.keys).subtracting(manifest.outputs.keys)
            for path in gone.sorted() {
                try? fm.removeItem(at: output.appendingPathComponent(path))
            }
            removeEmptyFolders(in: output, candidates: gone)
            try Data(manifest.serialized).write(to: output.appendingPathComponent(BuildManifest.fileName), options: .atomic)
            return Result(written: changed.count, unchanged: files.count - changed.count, removed: gone.count)
        }

        let parent = output.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).kinerja-new-\(getpid())")
        let old = parent.appendingPathComponent(".\(output.lastPathComponent).kinerja-old-\(getpid())")
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            try write(files, into: staging, atomically: false)
            try Data(manifest.serialized).write(to: staging.appendingPathComponent(BuildManifest.fileName))
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: old)
                do {
                    try fm.moveItem(at: staging, to: output)
                } catch {
                    try? fm.moveItem(at: old, to: output)
                    throw error
                }
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: staging, to: output)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        return Result(written: files.count, unchanged: 0, removed: 0)
    }

    /// Creates the folders once, then writes the files on all cores.
    static func write(_ files: [OutputFile], into root: URL, atomically: Bool) throws {
        let fm = FileManager.default
        var folders = Set<String>()
        for f in files {
            guard let slash = f.path.lastIndex(of: "/") else { continue }
            folders.insert(String(f.path[..<slash]))
        }
        for folder in folders.sorted() {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let errors = files.parallelMap { f -> String? in
            do {
                try Data(f.bytes).write(to: root.appendingPathComponent(f.path), options: atomically ? .atomic : [])
                return nil
            } catch {
                return "\(f.path): \(error.localizedDescription)"
            }
        }.compactMap { $0 }
        if let first = errors.first {
            throw PublishError(message: "cannot write \(first)" + (errors.count > 1 ? " (and \(errors.count - 1) more)" : ""))
        }
    }

    static func removeEmptyFolders(in root: URL, candidates: Set<String>) {
        let fm = FileManager.default
        var folders = Set<String>()
        for path in candidates {
            var p = Substring(path)
            while let slash = p.lastIndex(of: "/") {
                p = p[..<slash]
                folders.insert(String(p))
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            let url = root.appendingPathComponent(folder)
            if let items = try? fm.contentsOfDirectory(atPath: url.path), items.isEmpty {
                try? fm.removeItem(at: url)
            }
        }
    }
}

public struct PublishError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
