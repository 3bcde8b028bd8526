import Foundation

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order of the input.
    ///
    /// On threads of its own rather than `DispatchQueue.concurrentPerform`: libdispatch
    /// shares its worker threads with Swift concurrency (`kinerja serve`'s HTTP server would
    /// wait for a whole build phase to end before answering), and gives a nested apply only
    /// a share of the cores. Items are handed out one at a time, so uneven items balance.
    public func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        let workers = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
        if workers < 2 { return map(transform) }
        let box = ResultBox<R>(count: count)
        let items = self
        return withoutActuallyEscaping(transform) { transform in
            let work: @Sendable () -> Void = {
                while let i = box.claim() { box.set(i, transform(items[i])) }
            }
            // The other threads are joined before this returns: `transform` does not escape.
            let helpers = (1..<workers).map { _ in WorkerThread(work) }
            work()
            helpers.forEach { $0.join() }
            return box.values()
        }
    }
}

/// A POSIX thread running one piece of work; `join` waits until it has ended and let go
/// of the work (so that a non-escaping closure inside it is released when `join` returns).
/// When no thread can be made, it does nothing: the caller's own loop takes every item.
private final class WorkerThread {
    private final class Work {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    #if canImport(Darwin)
    private var thread: pthread_t?
    #else
    private var thread = pthread_t()
    #endif
    private var started = false

    init(_ work: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Work(work))
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let result = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            Unmanaged<Work>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, context.toOpaque())
        if result == 0 {
            started = true
        } else {
            context.release()
        }
    }

    func join() {
        guard started else { return }
        #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
        #else
        pthread_join(thread, nil)
        #endif
    }
}

/// Items are claimed one at a time under a lock; each result is written once, by the one
/// thread that claimed its index, straight into place (the threads are joined before the
/// results are read), and the finished results are moved (not copied) into the array.
private final class ResultBox<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<R>
    private let count: Int
    private let next = Locked(0)
    private var moved = false

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    deinit {
        if !moved { base.deinitialize(count: count) }
        base.deallocate()
    }

    /// The next item to map, nil when all are taken.
    func claim() -> Int? {
        next.with { next in
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
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
