import Foundation

/// The one lock of kinerja (README, "Layout"): a mutual-exclusion lock for code that keeps
/// several fields consistent across calls (`PublishSession`). A single shared value is
/// better kept in `Locked<Value>`, which is built on it.
public final class Lock: @unchecked Sendable {
    private let mutex = NSLock()

    public init() {}

    public func lock() { mutex.lock() }
    public func unlock() { mutex.unlock() }

    /// Runs `body` while holding the lock.
    @discardableResult
    public func withLock<R>(_ body: () throws -> R) rethrows -> R {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }
}
