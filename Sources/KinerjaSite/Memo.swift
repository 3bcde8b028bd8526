import Foundation

/// Values made on first use and kept, shared by the threads rendering pages (e.g. what every
/// page of one language shows the same way). Two threads may make the same value at once;
/// the first one kept wins.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Key: Value] = [:]

    init() {}

    func value(_ key: Key, make: () throws -> Value) rethrows -> Value {
        lock.lock()
        if let known = made[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = try make()
        lock.lock()
        defer { lock.unlock() }
        if let first = made[key] { return first }
        made[key] = value
        return value
    }
}
