import Foundation
import KinerjaCore
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher as soon as a file under its folders is written, created, moved or
/// removed (Linux inotify), instead of at its next poll. Elsewhere, or when inotify is not
/// available, `wait` just sleeps: the watcher's fingerprint scan still finds every change.
///
/// Every folder is watched (inotify is not recursive); folders made later are added on the
/// next `wait`. Events only wake the watcher: what changed is decided by the fingerprint.
final class FileEvents: @unchecked Sendable {
    private let folders: [String]
    #if canImport(Glibc)
    private let fd: Int32
    #endif

    init(folders: [String]) {
        self.folders = folders
        #if canImport(Glibc)
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        #endif
    }

    deinit {
        #if canImport(Glibc)
        if fd >= 0 { close(fd) }
        #endif
    }

    /// Whether changes wake `wait` at once (else it only sleeps).
    var isImmediate: Bool {
        #if canImport(Glibc)
        return fd >= 0
        #else
        return false
        #endif
    }

    /// Returns when a file event arrives or after `timeout`, whichever comes first.
    func wait(upTo timeout: Duration) async {
        #if canImport(Glibc)
        guard fd >= 0 else { return await sleep(timeout) }
        watchFolders()
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let fd = self.fd
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            // A thread of the global pool waits in poll(2), off the concurrency pool.
            DispatchQueue.global().async {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&p, 1, milliseconds)
                // Drain: the events themselves are not needed.
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {}
                done.resume()
            }
        }
        #else
        await sleep(timeout)
        #endif
    }

    private func sleep(_ timeout: Duration) async {
        try? await Task.sleep(for: timeout)
    }

    #if canImport(Glibc)
    /// Adds a watch on every folder below the roots (adding an existing one is a no-op).
    private func watchFolders() {
        let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                          | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW)
        var pending = folders
        while let folder = pending.popLast() {
            guard inotify_add_watch(fd, folder, mask) >= 0 else { continue }
            for item in FolderListing.read(folder) ?? [] where item.isDirectory {
                pending.append(folder + "/" + item.name)
            }
        }
    }
    #endif
}
