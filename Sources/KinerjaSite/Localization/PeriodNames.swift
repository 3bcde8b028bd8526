import Foundation
import KinerjaCore

/// A memo of one language's period names, shared by the pages that render at once.
final class PeriodNames: @unchecked Sendable {
    private struct Key: Hashable {
        let period: Period
        let short: Bool
    }

    private let lock = NSLock()
    private var names: [Key: String] = [:]

    func name(_ period: Period, short: Bool, make: () -> String) -> String {
        let key = Key(period: period, short: short)
        lock.lock()
        let known = names[key]
        lock.unlock()
        if let known { return known }
        let name = make()
        lock.lock()
        names[key] = name
        lock.unlock()
        return name
    }
}
