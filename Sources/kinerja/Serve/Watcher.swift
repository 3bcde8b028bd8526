import Foundation

/// Notices changes under some folders by polling file sizes and modification times
/// (cheap for a content tree; no platform-specific file events needed).
struct Watcher: Sendable {
    let folders: [String]

    /// A fingerprint of every file's path, size and modification time.
    func fingerprint() -> [String: String] {
        var out: [String: String] = [:]
        let fm = FileManager.default
        for folder in folders {
            guard let e = fm.enumerator(atPath: folder) else { continue }
            while let rel = e.nextObject() as? String {
                let full = folder + "/" + rel
                guard let a = try? fm.attributesOfItem(atPath: full),
                      (a[.type] as? FileAttributeType) == .typeRegular else { continue }
                let size = (a[.size] as? Int) ?? -1
                let mtime = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                out[full] = "\(size):\(mtime)"
            }
        }
        return out
    }
}
