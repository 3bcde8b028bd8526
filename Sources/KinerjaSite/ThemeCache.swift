import Foundation
import KinerjaCore

/// Keeps the last theme read, for as long as its folder is unchanged (same files, sizes and
/// modification times) and the languages are the same: `kinerja serve` rebuilds on every
/// content edit and need not parse the templates again each time.
public final class ThemeCache: @unchecked Sendable {
    private let last = Locked<(key: String, theme: Theme?)>(("", nil))

    public init() {}

    public func theme(folder: URL, languages: [String]) throws -> Theme {
        let now = BuildManifest.fingerprint(folders: [folder.path], options: languages)
        let kept = last.current
        if kept.key == now, let theme = kept.theme { return theme }
        let loaded = try Theme.load(folder: folder, languages: languages)
        last.with { $0 = (now, loaded) }
        return loaded
    }
}
