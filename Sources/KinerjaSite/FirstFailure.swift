import Foundation

/// The lowest job index that failed so far: later jobs need not run.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var index = Int.max

    func record(_ i: Int) {
        lock.lock()
        index = min(index, i)
        lock.unlock()
    }

    func skips(_ i: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return i > index
    }
}
