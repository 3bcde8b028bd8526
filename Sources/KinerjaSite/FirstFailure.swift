import Foundation
import KinerjaCore

/// The lowest job index that failed so far: later jobs need not run.
final class FirstFailure: @unchecked Sendable {
    private let index = Locked(Int.max)

    func record(_ i: Int) { index.with { $0 = min($0, i) } }

    func skips(_ i: Int) -> Bool { i > index.current }
}
