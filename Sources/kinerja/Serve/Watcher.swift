import Foundation
import KinerjaSite

/// Notices changes under some folders: a fingerprint of every file's path, size,
/// modification time and mode (the same one `kinerja build` keeps in its manifest), taken
/// when file events (`FileEvents`, Linux inotify) say something happened, and at least every
/// `interval` in any case. A scan of a content tree of a hundred files takes well under a
/// millisecond; for large trees the interval grows so that scanning never takes more than a
/// quarter of the time.
struct Watcher: Sendable {
    let folders: [String]
    /// Mixed into the fingerprint: the build's options, so that the fingerprint is the very
    /// one the build would take (it is handed to the build instead of being taken twice).
    var options: [String] = []
    /// The shortest pause between two scans.
    let interval: Duration

    func fingerprint() -> String {
        BuildManifest.fingerprint(folders: folders, options: options)
    }

    /// Calls `changed` with the new fingerprint (and waits for it) each time the fingerprint
    /// differs from the last one, until the task is cancelled.
    func watch(_ changed: @Sendable (String) async -> Void) async {
        let clock = ContinuousClock()
        let events = FileEvents(folders: folders)
        var last = fingerprint()
        // With file events, the poll is only a safety net.
        var pause = events.isImmediate ? interval * 8 : interval
        while !Task.isCancelled {
            await events.wait(upTo: pause)
            let start = clock.now
            let now = fingerprint()
            pause = max(events.isImmediate ? interval * 8 : interval, (clock.now - start) * 4)
            guard now != last else { continue }
            last = now
            await changed(now)
            // Files saved during the build are seen by the next scan.
        }
    }
}
