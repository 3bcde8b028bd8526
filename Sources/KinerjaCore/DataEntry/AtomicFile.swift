import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file in one step: the bytes go to a temporary file beside it, which is then
/// renamed over the target. Readers see the old file or the new one, never a half-written
/// one, and a failure leaves the old file as it was.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        // Temp files of an earlier write that was killed are removed first, so none is left
        // for `git add -A` to commit (the starter .gitignore ignores them too).
        if let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) {
            for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
                try? FileManager.default.removeItem(at: dir.appendingPathComponent(name))
            }
        }
        let temp = dir.appendingPathComponent("\(prefix)\(UUID().uuidString).tmp")
        do {
            try data.write(to: temp)
        } catch {
            throw Failure(description: "cannot write \(dir.path): \(error.localizedDescription)")
        }
        if rename(temp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw Failure(description: "cannot replace \(url.path): \(reason)")
        }
    }
}
