import Foundation

/// Runs two independent pieces of work at once and returns both results.
func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let results = PairBox<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { results.setFirst(a()) } else { results.setSecond(b()) }
    }
    return results.both()
}

private final class PairBox<A, B>: @unchecked Sendable {
    private let lock = NSLock()
    private var first: A?
    private var second: B?

    func setFirst(_ value: A) {
        lock.lock()
        first = value
        lock.unlock()
    }

    func setSecond(_ value: B) {
        lock.lock()
        second = value
        lock.unlock()
    }

    /// Both values, once `concurrentPerform` has returned (it waits for both).
    func both() -> (A, B) {
        lock.lock()
        defer { lock.unlock() }
        guard let first, let second else { preconditionFailure("concurrently: a piece of work did not finish") }
        return (first, second)
    }
}
