/// The figures of one realization row that scoring needs, without its text: plain values,
/// cheap to copy, so aggregations over many rows stay fast.
struct ScoringRow: Sendable {
    let period: Period
    let value: Double?
    let numerator: Double?
    let denominator: Double?
    /// Position of the row's package in the year's package list; nil for a unit row or an
    /// unknown package (rule KJ702).
    let package: Int?
    /// Where the original row is: realization index and row index within it.
    let realization: Int
    let row: Int
}
