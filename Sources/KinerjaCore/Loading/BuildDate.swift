import Foundation

/// The build's notion of "now": `SOURCE_DATE_EPOCH` when set (reproducible builds),
/// else the clock.
public enum BuildDate {
    /// Latest accepted `SOURCE_DATE_EPOCH`: 9999-12-31T23:59:59Z.
    static let maxEpoch = 253_402_300_799

    /// Unix time of the build. A `SOURCE_DATE_EPOCH` that is not a whole number of seconds
    /// in 1970…9999 is ignored.
    public static func unixTime(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let s = environment["SOURCE_DATE_EPOCH"], let t = Int(s.trimmingCharacters(in: .whitespaces)),
           (0...maxEpoch).contains(t) { return t }
        return Int(Date().timeIntervalSince1970)
    }

    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> SimpleDate {
        SimpleDate(unixTime: unixTime(environment: environment))
    }

    /// ISO 8601 UTC timestamp, e.g. `2026-11-29T01:46:56Z`.
    public static func timestamp(unixTime t: Int) -> String {
        let d = SimpleDate(unixTime: t)
        let s = ((t % 86400) + 86400) % 86400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(d)T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }
}
