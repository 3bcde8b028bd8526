import Foundation

/// Keeps the last theme read, for as long as its folder is unchanged (same files, sizes and
/// modification times) and the languages are the same: `kinerja serve` rebuilds on every
/// content edit and need not parse the templates again each time.
public final class ThemeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var key = ""
    private var theme: Theme?

    public init() {}

    public func theme(folder: URL, languages: [String]) throws -> Theme {
        let now = BuildManifest.fingerprint(folders: [folder.path], options: languages)
        lock.lock()
        if now == key, let theme {
            lock.unlock()
            return theme
        }
        lock.unlock()
        let loaded = try Theme.load(folder: folder, languages: languages)
        lock.lock()
        key = now
        theme = loaded
        lock.unlock()
        return loaded
    }
}
