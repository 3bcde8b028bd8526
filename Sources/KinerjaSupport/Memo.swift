import Foundation

/// Values made on first use and kept, shared by the threads rendering pages (e.g. what every
/// page of one language shows the same way). Two threads may make the same value at once;
/// the first one kept wins.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let made = Locked<[Key: Value]>([:])

    public init() {}

    public func value(_ key: Key, make: () throws -> Value) rethrows -> Value {
        if let known = made.with({ $0[key] }) { return known }
        let value = try make()
        return made.with { made in
            if let first = made[key] { return first }
            made[key] = value
            return value
        }
    }
}
