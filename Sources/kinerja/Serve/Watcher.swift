import Foundation
import KinerjaSite

/// Notices changes under some folders by polling: a fingerprint of every file's path, size,
/// modification time and mode (the same one `kinerja build` keeps in its manifest). No
/// platform-specific file events are needed, and a scan of a content tree of a hundred files
/// takes well under a millisecond; for large trees the interval grows so that scanning never
/// takes more than a quarter of the time.
struct Watcher: Sendable {
    let folders: [String]
    /// The shortest pause between two scans.
    let interval: Duration

    func fingerprint() -> String {
        BuildManifest.fingerprint(folders: folders, options: [])
    }

    /// Calls `changed` (and waits for it) each time the fingerprint differs from the last one,
    /// until the task is cancelled.
    func watch(_ changed: @Sendable () async -> Void) async {
        let clock = ContinuousClock()
        var last = fingerprint()
        var pause = interval
        while !Task.isCancelled {
            try? await Task.sleep(for: pause)
            let start = clock.now
            let now = fingerprint()
            pause = max(interval, (clock.now - start) * 4)
            guard now != last else { continue }
            last = now
            await changed()
            // Files saved during the build are seen by the next scan.
        }
    }
}
