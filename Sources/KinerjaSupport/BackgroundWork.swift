import Foundation

/// Work started on a thread of its own, while the caller goes on; `value` waits for it.
///
/// A thread, not a `concurrentPerform` of two: libdispatch shares an outer apply's
/// threads among nested ones, so the parallel load under such a pair would run on one core.
public final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> T
    private let finished = NSCondition()
    private var result: T?

    public init(_ work: @escaping @Sendable () -> T) {
        self.work = work
        Thread.detachNewThread { [self] in
            let value = work()
            finished.lock()
            result = value
            finished.broadcast()
            finished.unlock()
        }
    }

    /// The result, once the work has finished.
    public var value: T {
        finished.lock()
        defer { finished.unlock() }
        while result == nil { finished.wait() }
        return result ?? work()
    }
}
