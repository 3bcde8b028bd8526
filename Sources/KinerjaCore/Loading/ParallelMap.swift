import Foundation

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order of the input.
    public func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        if count < 2 { return map(transform) }
        let box = ResultBox<R>(count: count)
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { i in
            box.set(i, transform(items[i]))
        }
        return box.values()
    }
}

private final class ResultBox<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        lock.lock()
        storage[i] = value
        lock.unlock()
    }

    func values() -> [R] { storage.compactMap { $0 } }
}
