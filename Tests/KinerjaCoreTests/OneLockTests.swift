import Foundation
import SourceChecks
import Testing

/// One lock type (README, "Layout"): `Lock` in KinerjaSupport, and `Locked<Value>` built on it.
/// No other source file makes a lock of its own.
@Suite struct OneLockTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Files (relative to Sources/) whose code, outside comments and strings, makes a lock.
    static func lockMakers(_ files: [(path: String, text: String)]) -> [String] {
        let pattern = #"\b(NSLock|NSRecursiveLock|pthread_mutex_t|os_unfair_lock)\b"#
        return files.filter { !SwiftSource.matches("(" + pattern + ")", SwiftSource.code($0.text)).isEmpty }.map(\.path).sorted()
    }

    @Test func onlyLockSwiftMakesALock() throws {
        var files: [(path: String, text: String)] = []
        let walker = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = String(url.path.dropFirst(Self.sources.path.count + 1))
            files.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        #expect(files.count > 250)
        #expect(Self.lockMakers(files) == ["KinerjaSupport/Lock.swift"])
    }

    @Test func theCheckSeesALockButNotAComment() {
        #expect(Self.lockMakers([("A.swift", "let l = NSLock()\n"), ("B.swift", "// an NSLock here\nlet s = \"NSLock\"\n")])
                == ["A.swift"])
    }
}
