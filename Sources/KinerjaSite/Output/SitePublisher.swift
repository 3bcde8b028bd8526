import Foundation
import KinerjaCore

/// Writes a rendered site into the output folder.
///
/// - First build (no manifest, or `clean`): every file is written as soon as it is handed
///   over into a staging folder beside the output, which replaces the output in two renames
///   on `commit`; `abandon` (or a failure) removes it and leaves the previous output as it was.
/// - Later builds: a file whose content hash equals the previous manifest's (and which is
///   still there) is dropped at once; changed files are kept until `commit`, which writes
///   them (each through a temporary file and a rename), removes files no longer produced
///   and replaces the manifest last. A failed build writes nothing.
///
/// `add` may be called from many threads at once. Files are never synced to disk one by one
/// (a site can be rebuilt; `fsync` per file made writing 10 000 pages several times slower).
public final class PublishSession: @unchecked Sendable {
    public let output: URL
    /// `output` and the staging folder as paths (asked for every file: `URL.path` is slow).
    private let outputPath: String
    private let stagingPath: String?
    private let inputs: String
    private let previous: BuildManifest?
    private let staging: URL?
    private let lock = NSLock()
    private var hashes: [String: UInt64] = [:]
    private var pending: [OutputFile] = []
    private var finished = false
    private var changed: [String] = []
    /// Files already written by `writeNow`.
    private var written: [String] = []

    /// After `commit`: the paths written or removed, sorted (every path on a first build).
    public var changedPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return changed
    }

    /// - Parameters:
    ///   - inputs: the input fingerprint stored in the manifest.
    ///   - clean: write everything and replace the output folder as a whole.
    public init(output: URL, inputs: String, clean: Bool) throws {
        self.output = output
        self.inputs = inputs
        previous = clean ? nil : BuildManifest.read(output: output)
        if previous == nil {
            let parent = output.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            let staging = parent.appendingPathComponent(".\(output.lastPathComponent).kinerja-new-\(getpid())")
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            self.staging = staging
            stagingPath = staging.path
        } else {
            staging = nil
            stagingPath = nil
        }
        outputPath = output.path
    }

    deinit {
        if !finished, let staging { try? FileManager.default.removeItem(at: staging) }
    }

    /// Hands over one file. Throws `SiteBuildError.duplicatePath` when a path comes twice.
    public func add(_ file: OutputFile) throws {
        let hash = BuildManifest.hash(file.bytes)
        lock.lock()
        let duplicate = hashes.updateValue(hash, forKey: file.path) != nil
        lock.unlock()
        if duplicate { throw SiteBuildError.duplicatePath(file.path) }
        if let stagingPath {
            try FileWriter.write(file.bytes, to: stagingPath + "/" + file.path, atomically: false)
        } else if previous?.outputs[file.path] != hash || !FileWriter.exists(outputPath + "/" + file.path) {
            lock.lock()
            pending.append(file)
            lock.unlock()
        }
    }

    /// Writes now, instead of at `commit`, those of `paths` that were handed over and
    /// changed (`kinerja serve` shows the pages open in a browser before the rest is done);
    /// returns the paths written. Nothing happens on a first build, which is swapped in whole.
    public func writeNow(_ paths: Set<String>) throws -> [String] {
        lock.lock()
        guard staging == nil, !finished else {
            lock.unlock()
            return []
        }
        let now = pending.filter { paths.contains($0.path) }
        pending.removeAll { paths.contains($0.path) }
        written += now.map(\.path)
        lock.unlock()
        for file in now {
            try FileWriter.write(file.bytes, to: output.path + "/" + file.path, atomically: true)
        }
        return now.map(\.path).sorted()
    }

    /// Makes the handed-over files the output.
    public func commit() throws -> SitePublisher.Result {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        let manifest = BuildManifest(inputs: inputs, outputs: hashes)
        if let staging {
            do {
                try FileWriter.write(manifest.serialized, to: staging.path + "/" + BuildManifest.fileName, atomically: false)
                try Self.swap(staging, into: output)
                self.changed = hashes.keys.sorted()
            } catch {
                try? FileManager.default.removeItem(at: staging)
                throw error
            }
            return SitePublisher.Result(written: hashes.count, unchanged: 0, removed: 0)
        }
        let changed = pending
        pending = []
        let errors = changed.parallelMap { f -> String? in
            do {
                try FileWriter.write(f.bytes, to: output.path + "/" + f.path, atomically: true)
                return nil
            } catch {
                return "\(error)"
            }
        }.compactMap { $0 }
        if let first = errors.first {
            throw PublishError(message: first + (errors.count > 1 ? " (and \(errors.count - 1) more)" : ""))
        }
        let gone = Set((previous?.outputs ?? [:]).keys).subtracting(hashes.keys)
        for path in gone.sorted() {
            try? FileManager.default.removeItem(atPath: output.path + "/" + path)
        }
        SitePublisher.removeEmptyFolders(in: output, candidates: gone)
        try FileWriter.write(manifest.serialized, to: output.path + "/" + BuildManifest.fileName, atomically: true)
        self.changed = (changed.map(\.path) + written + gone).sorted()
        let count = changed.count + written.count
        return SitePublisher.Result(written: count, unchanged: hashes.count - count, removed: gone.count)
    }

    /// Drops the session: the output stays as it was.
    public func abandon() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        pending = []
        if let staging { try? FileManager.default.removeItem(at: staging) }
    }

    /// Replaces `output` with `staging` in two renames.
    private static func swap(_ staging: URL, into output: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: staging, to: output)
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).kinerja-old-\(getpid())")
        try? fm.removeItem(at: old)
        try fm.moveItem(at: output, to: old)
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: old, to: output)
            throw error
        }
        try? fm.removeItem(at: old)
    }
}

/// Publishing a list of files in one call (see `PublishSession`).
public enum SitePublisher {
    public struct Result: Sendable, Equatable {
        public let written: Int
        public let unchanged: Int
        public let removed: Int
    }

    public static func publish(_ files: [OutputFile], to output: URL, inputs: String, clean: Bool) throws -> Result {
        let session = try PublishSession(output: output, inputs: inputs, clean: clean)
        let errors = files.parallelMap { f -> String? in
            do {
                try session.add(f)
                return nil
            } catch {
                return "\(error)"
            }
        }.compactMap { $0 }
        if let first = errors.first {
            session.abandon()
            throw PublishError(message: first + (errors.count > 1 ? " (and \(errors.count - 1) more)" : ""))
        }
        return try session.commit()
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
