import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file writing for the publisher: missing parent folders are created on
/// demand (so that many threads can write into a fresh tree without a separate pass), and
/// nothing is synced to disk.
enum FileWriter {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }

    /// Writes `bytes` to `path`. `atomically`: through a temporary file beside it and a
    /// rename, so that a reader never sees a half-written file.
    /// `sync`: `fsync` the file before it is closed (the manifest).
    static func write(_ bytes: [UInt8], to path: String, atomically: Bool, sync: Bool = false) throws {
        let target = atomically ? temporaryName(for: path) : path
        // The folder first: in a new tree (every page in a folder of its own) an `open` that
        // fails for want of it would cost a path lookup more per file.
        try makeFolders(parent(of: path))
        let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(path: path, code: errno) }
        var done = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while done < buffer.count {
                let n = posixWrite(fd, base + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        if sync, failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, atomically, posixRename(target, path) != 0 { failure = errno }
        if failure != 0 {
            if atomically { unlink(target) }
            throw Failure(path: path, code: failure)
        }
    }

    /// `rename(2)`, throwing a `Failure` that names `to`.
    static func rename(_ from: String, to: String) throws {
        if let fail = FileWriter.failure, fail(from, to) { throw Failure(path: to, code: EIO) }
        if posixRename(from, to) != 0 { throw Failure(path: to, code: errno) }
    }

    /// Syncs a folder's entries to disk (after a rename that must survive a crash).
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Tests only: a rename (from, to) this answers true for fails with EIO.
    nonisolated(unsafe) static var failure: (@Sendable (String, String) -> Bool)?

    /// The bytes of the regular file at `path` (symbolic links not followed), nil when there
    /// is none or it cannot be read.
    static func contents(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(fd, base + done, raw.count - done)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    /// Whether a regular file exists at `path` (symbolic links not followed).
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
    }

    /// `mkdir -p`: creates `path` and any missing parent; a folder made meanwhile by
    /// another thread is fine.
    static func makeFolders(_ path: String) throws {
        if path.isEmpty || mkdir(path, 0o777) == 0 { return }
        switch errno {
        case EEXIST:
            return
        case ENOENT:
            try makeFolders(parent(of: path))
            if mkdir(path, 0o777) != 0, errno != EEXIST { throw Failure(path: path, code: errno) }
        default:
            throw Failure(path: path, code: errno)
        }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    private static func temporaryName(for path: String) -> String {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.index(after: $0) } ?? path.startIndex
        return String(path[..<slash]) + ".kinerja-tmp-\(getpid())-" + String(path[slash...])
    }
}

private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
    #else
    return Darwin.write(fd, bytes, count)
    #endif
}

private func posixRename(_ from: String, _ to: String) -> Int32 {
    #if canImport(Glibc)
    return Glibc.rename(from, to)
    #else
    return Darwin.rename(from, to)
    #endif
}
