import Foundation

/// Notes when each stage of a build ends, for `KINERJA_TIMINGS=1 kinerja build` (see
/// docs/performance.md): where the wall time of a build goes, stage by stage.
public final class StageTimer: @unchecked Sendable {
    private let start = DispatchTime.now()
    private let stages = Locked<[(name: String, at: UInt64)]>([])

    public init() {}

    /// The timer a build should use: one when `KINERJA_TIMINGS` is set, else nil.
    public static func fromEnvironment() -> StageTimer? {
        getenv("KINERJA_TIMINGS").map { _ in StageTimer() }
    }

    /// Notes that `stage` has just ended.
    public func end(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.with { $0.append((stage, now)) }
    }

    /// One line per stage: its duration and when it ended, in milliseconds since the timer began.
    public var report: String {
        var last = start.uptimeNanoseconds
        var lines: [String] = []
        for stage in stages.current {
            let took = Double(stage.at - last) / 1e6, at = Double(stage.at - start.uptimeNanoseconds) / 1e6
            let name = stage.name.count < 36 ? stage.name + String(repeating: " ", count: 36 - stage.name.count) : stage.name
            lines.append(String(format: "%8.1f ms  ", took) + name + String(format: " (at %.1f ms)", at))
            last = stage.at
        }
        return lines.joined(separator: "\n")
    }
}
