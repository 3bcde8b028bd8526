import Foundation
import KinerjaCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a rendered site into the output folder, so that the output is correct after any
/// crash (docs/hardening.md, "Publishing"):
///
/// - A lock (`flock` on `.<output>.kinerja-lock` beside the output) is held from the start
///   of the session to its end: a second build into the same output waits for the first.
/// - Nothing temporary is ever written inside the output: every file goes first into a
///   staging folder beside it (`.<output>.kinerja-stage-<pid>`). Staging folders, `-new-` /
///   `-old-` folders and `.kinerja-tmp-*` files of builds whose process is gone are removed
///   at the start.
/// - First build (no manifest, an invalid one, one that disagrees with a sampled output:
///   `BuildManifest.verified`, or `clean`): the staging folder, manifest
///   included, replaces the output in two renames on `commit`.
/// - Later builds: a file whose content hash equals the previous manifest's (and which is
///   still there) is dropped at once; a changed one is written into the staging folder. On
///   `commit` (or `writeNow`) the manifest is first moved out of the output (and the folder
///   synced), then each changed file is renamed into place (the file it replaces moved into
///   the staging folder), and the new manifest is written last (temporary file, `fsync`,
///   rename, `fsync` of the folder). A crash in between leaves an output without a manifest,
///   which the next build rebuilds whole; a failure rolls every rename back, so the previous
///   output stays byte for byte.
///
/// `add` may be called from many threads at once. Pages are not synced one by one (a site
/// can be rebuilt; `fsync` per file made writing 10 000 pages several times slower); the
/// manifest and the folders holding it are.
public final class PublishSession: @unchecked Sendable {
    public let output: URL
    /// `output` and the staging folder as paths (asked for every file: `URL.path` is slow).
    private let outputPath: String
    private let stagingPath: String
    private let inputs: String
    private let previous: BuildManifest?
    private let first: Bool
    private let durable: Bool
    private let lock = Lock()
    private var lockFD: Int32 = -1
    private var hashes: [String: UInt64] = [:]
    /// The key of each package page handed over or kept (`InputKeys`), for the manifest.
    private var sources: [String: UInt64] = [:]
    /// The key every other output was made from; nil writes a manifest without keys.
    private var siteKey: UInt64?
    /// Outputs kept from the previous build without being rendered (`keep`).
    private var reused = 0
    /// Changed files written into the staging folder, not yet in the output.
    private var pending: [String] = []
    private var finished = false
    private var changed: [String] = []
    /// Files already moved into the output by `writeNow`.
    private var written: [String] = []
    /// Renames done in the output, undone in reverse order on failure.
    private var journal: [Step] = []
    private var manifestMoved = false

    private enum Step {
        /// `path` put into the output; `replaced`: an older file was moved to staging `old/`.
        case installed(path: String, replaced: Bool)
        /// `path` moved out of the output into staging `old/`.
        case removed(path: String)
    }

    /// After `commit`: the paths written or removed, sorted (every path on a first build).
    public var changedPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return changed
    }

    /// - Parameters:
    ///   - inputs: the input fingerprint stored in the manifest.
    ///   - clean: write everything and replace the output folder as a whole.
    ///   - waiting: told when another build holds the output's lock (this one then waits).
    ///   - durable: sync the manifest and the output folder (docs/hardening.md); `kinerja
    ///     serve`, whose output is a temporary folder of its own, does not.
    public init(output: URL, inputs: String, clean: Bool, durable: Bool = true, waiting: (String) -> Void = { _ in }) throws {
        self.output = output
        self.durable = durable
        self.inputs = inputs
        outputPath = output.path
        let parent = output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let name = output.lastPathComponent
        lockFD = try Self.takeLock(parent.path + "/.\(name).kinerja-lock", output: outputPath, waiting: waiting)
        Self.removeLeftovers(parent: parent.path, name: name)
        // A manifest that disagrees with a sampled output is no manifest: everything is rebuilt.
        previous = clean ? nil : BuildManifest.verified(output: output)
        first = previous == nil
        stagingPath = parent.path + "/.\(name).kinerja-stage-\(getpid())"
        do {
            try? FileManager.default.removeItem(atPath: stagingPath)
            try FileWriter.makeFolders(stagingPath + (first ? "" : "/new"))
            // Only versions before the manifest had keys left temporary files inside the output;
            // a manifest with keys was written over an output already cleaned (no walk of
            // 10 000 files on every incremental build).
            if !first && previous?.site == nil { Self.removeTemporaryFiles(in: outputPath) }
        } catch {
            Self.releaseLock(lockFD)
            throw error
        }
    }

    /// The previous build's manifest (checked against the outputs), nil on a first build.
    public var previousManifest: BuildManifest? { previous }

    /// The key of the outputs that are not package pages (`InputKeys.site`), for the manifest.
    public func record(site: UInt64) {
        lock.lock()
        siteKey = site
        lock.unlock()
    }

    deinit {
        if !finished { try? FileManager.default.removeItem(atPath: stagingPath) }
        Self.releaseLock(lockFD)
    }

    /// Hands over one file. Throws `SiteBuildError.duplicatePath` when a path comes twice.
    public func add(_ file: OutputFile) throws {
        let hash = BuildManifest.hash(file.bytes)
        lock.lock()
        let duplicate = hashes.updateValue(hash, forKey: file.path) != nil
        if let source = file.source { sources[file.path] = source }
        lock.unlock()
        if duplicate { throw SiteBuildError.duplicatePath(file.path) }
        if first {
            try FileWriter.write(file.bytes, to: stagingPath + "/" + file.path, atomically: false)
        } else if previous?.outputs[file.path] != hash || !FileWriter.exists(outputPath + "/" + file.path) {
            try FileWriter.write(file.bytes, to: stagingPath + "/new/" + file.path, atomically: false)
            lock.lock()
            pending.append(file.path)
            lock.unlock()
        }
    }

    /// Keeps each path as the previous build left it, without its bytes: its inputs are
    /// unchanged (`InputKeys`) and the caller checked that the file is still there. `source`
    /// is its key when it is a package page.
    public func keep(_ kept: [(path: String, source: UInt64?)]) throws {
        lock.lock()
        defer { lock.unlock() }
        for (path, source) in kept {
            guard let hash = previous?.outputs[path] else { throw PublishError(message: "\(path): nothing to keep from the previous build") }
            if hashes.updateValue(hash, forKey: path) != nil { throw SiteBuildError.duplicatePath(path) }
            if let source { sources[path] = source }
            reused += 1
        }
    }

    /// Moves into the output now, instead of at `commit`, those of `paths` that were handed
    /// over and changed (`kinerja serve` shows the pages open in a browser before the rest
    /// is done); returns the paths written. Nothing happens on a first build, which is
    /// swapped in whole. A later failure or `abandon` takes them back out.
    public func writeNow(_ paths: Set<String>) throws -> [String] {
        lock.lock()
        defer { lock.unlock() }
        guard !first, !finished else { return [] }
        let now = pending.filter { paths.contains($0) }
        pending.removeAll { paths.contains($0) }
        do {
            try install(now)
        } catch {
            rollBack()
            finished = true
            try? FileManager.default.removeItem(atPath: stagingPath)
            throw error
        }
        written += now
        return now.sorted()
    }

    /// Makes the handed-over files the output.
    public func commit() throws -> SitePublisher.Result {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if first {
            let manifest = BuildManifest(inputs: inputs, outputs: hashes, site: siteKey, sources: siteKey == nil ? [:] : sources)
            do {
                try FileWriter.write(manifest.serialized, to: stagingPath + "/" + BuildManifest.fileName,
                                     atomically: false, sync: durable)
                try Self.swap(URL(fileURLWithPath: stagingPath), into: output)
                self.changed = hashes.keys.sorted()
            } catch {
                try? FileManager.default.removeItem(atPath: stagingPath)
                throw error
            }
            return SitePublisher.Result(written: hashes.count, unchanged: 0, removed: 0, reused: 0)
        }
        let changed = pending
        pending = []
        let gone = Set((previous?.outputs ?? [:]).keys).subtracting(hashes.keys)
        // The next build checks the files replaced now (docs/hardening.md, "Publishing").
        let manifest = BuildManifest(inputs: inputs, outputs: hashes, touched: changed + written, site: siteKey,
                                     sources: siteKey == nil ? [:] : sources)
        do {
            try install(changed)
            for path in gone.sorted() where FileWriter.exists(outputPath + "/" + path) {
                try FileWriter.makeFolders(FileWriter.parent(of: stagingPath + "/old/" + path))
                try FileWriter.rename(outputPath + "/" + path, to: stagingPath + "/old/" + path)
                journal.append(.removed(path: path))
            }
            SitePublisher.removeEmptyFolders(in: output, candidates: gone)
            let temporary = stagingPath + "/" + BuildManifest.fileName
            try FileWriter.write(manifest.serialized, to: temporary, atomically: false, sync: durable)
            try FileWriter.rename(temporary, to: outputPath + "/" + BuildManifest.fileName)
            if durable { FileWriter.syncFolder(outputPath) }
        } catch {
            rollBack()
            try? FileManager.default.removeItem(atPath: stagingPath)
            throw error
        }
        try? FileManager.default.removeItem(atPath: stagingPath)
        self.changed = (changed + written + gone).sorted()
        let count = changed.count + written.count
        return SitePublisher.Result(written: count, unchanged: hashes.count - count, removed: gone.count, reused: reused)
    }

    /// Drops the session: the output stays (or is put back) as it was.
    public func abandon() {
        lock.lock()
        defer { lock.unlock() }
        if !finished { rollBack() }
        finished = true
        pending = []
        try? FileManager.default.removeItem(atPath: stagingPath)
    }

    /// Renames staged files into the output (caller holds `lock`). The manifest leaves the
    /// output before the first of them.
    private func install(_ paths: [String]) throws {
        guard !paths.isEmpty else { return }
        if !manifestMoved {
            try FileWriter.makeFolders(stagingPath + "/old")
            let manifest = outputPath + "/" + BuildManifest.fileName
            if FileWriter.exists(manifest) {
                try FileWriter.rename(manifest, to: stagingPath + "/old/" + BuildManifest.fileName)
                if durable { FileWriter.syncFolder(outputPath) }
            }
            manifestMoved = true
        }
        for path in paths {
            let target = outputPath + "/" + path
            try FileWriter.makeFolders(FileWriter.parent(of: target))
            let replaced = FileWriter.exists(target)
            if replaced {
                try FileWriter.makeFolders(FileWriter.parent(of: stagingPath + "/old/" + path))
                try FileWriter.rename(target, to: stagingPath + "/old/" + path)
                journal.append(.removed(path: path))
            }
            try FileWriter.rename(stagingPath + "/new/" + path, to: target)
            if replaced { journal.removeLast() }
            journal.append(.installed(path: path, replaced: replaced))
        }
    }

    /// Undoes every rename in the output, the manifest last (caller holds `lock`).
    private func rollBack() {
        var added = Set<String>()
        for step in journal.reversed() {
            switch step {
            case let .installed(path, replaced):
                unlink(outputPath + "/" + path)
                if replaced {
                    _ = try? FileWriter.rename(stagingPath + "/old/" + path, to: outputPath + "/" + path)
                } else {
                    added.insert(path)
                }
            case let .removed(path):
                try? FileWriter.makeFolders(FileWriter.parent(of: outputPath + "/" + path))
                _ = try? FileWriter.rename(stagingPath + "/old/" + path, to: outputPath + "/" + path)
            }
        }
        journal = []
        SitePublisher.removeEmptyFolders(in: output, candidates: added)
        if manifestMoved {
            _ = try? FileWriter.rename(stagingPath + "/old/" + BuildManifest.fileName, to: outputPath + "/" + BuildManifest.fileName)
            if durable { FileWriter.syncFolder(outputPath) }
            manifestMoved = false
        }
    }

    /// Replaces `output` with `staging` in two renames.
    private static func swap(_ staging: URL, into output: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: staging, to: output)
            FileWriter.syncFolder(output.deletingLastPathComponent().path)
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
        FileWriter.syncFolder(output.deletingLastPathComponent().path)
        try? fm.removeItem(at: old)
    }

    /// Takes the exclusive lock of an output; waits (after telling `waiting`) while another
    /// build holds it. The lock goes with the process, so a killed build never leaves it held.
    private static func takeLock(_ path: String, output: String, waiting: (String) -> Void) throws -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw FileWriter.Failure(path: path, code: errno) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return fd }
        waiting("waiting for another build into \(output) to finish")
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR {
                let code = errno
                close(fd)
                throw FileWriter.Failure(path: path, code: code)
            }
        }
        return fd
    }

    private static func releaseLock(_ fd: Int32) {
        if fd >= 0 { close(fd) }
    }

    /// Whether a process `pid` runs (a pid of this process's own counts as alive).
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Removes, beside the output, the staging, `-new-` and `-old-` folders of builds whose
    /// process is gone (called with the lock held).
    static func removeLeftovers(parent: String, name: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in names {
            for kind in ["stage", "new", "old"] {
                let prefix = ".\(name).kinerja-\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), !isAlive(pid) else { continue }
                try? FileManager.default.removeItem(atPath: parent + "/" + entry)
            }
        }
    }

    /// Removes `.kinerja-tmp-<pid>-*` files that earlier versions wrote inside the output.
    static func removeTemporaryFiles(in output: String) {
        BuildManifest.walk(output) { path, _ in
            let name = path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...]
            guard name.hasPrefix(".kinerja-tmp-") else { return }
            let pid = name.dropFirst(".kinerja-tmp-".count).prefix { $0.isNumber }
            if let pid = Int32(pid), isAlive(pid), pid != getpid() { return }
            unlink(path)
        }
    }
}

/// Publishing a list of files in one call (see `PublishSession`).
public enum SitePublisher {
    public struct Result: Sendable, Equatable {
        public let written: Int
        /// Outputs whose bytes equal the previous build's (`reused` of them not even rendered).
        public let unchanged: Int
        public let removed: Int
        /// Outputs kept without rendering: their inputs did not change (`InputKeys`).
        public let reused: Int

        public init(written: Int, unchanged: Int, removed: Int, reused: Int = 0) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
            self.reused = reused
        }
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
