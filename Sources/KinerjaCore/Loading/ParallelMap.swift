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

/// Each result is written once, by the one iteration of its index, straight into place;
/// the finished results are moved (not copied) into the array.
private final class ResultBox<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<R>
    private let count: Int
    private var moved = false

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    deinit {
        if !moved { base.deinitialize(count: count) }
        base.deallocate()
    }

    func set(_ i: Int, _ value: R) { (base + i).initialize(to: value) }

    /// Call once, after every index was set.
    func values() -> [R] {
        let out = [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let target = buffer.baseAddress else { return }
            target.moveInitialize(from: base, count: count)
            initialized = count
        }
        moved = out.count == count
        return out
    }
}
