/// The linear year-end projection of a `sum` indicator (DESIGN §6).
public struct Projection: Sendable, Hashable {
    /// Year-to-date value × 12 / months elapsed.
    public let yearEndValue: Double
    /// The year-end target.
    public let target: Double
    /// Whether `yearEndValue` reaches `target` per the indicator's polarity
    /// (at least the target when positive, at most when negative).
    public let onTrack: Bool

    public init(yearEndValue: Double, target: Double, onTrack: Bool) {
        self.yearEndValue = yearEndValue
        self.target = target
        self.onTrack = onTrack
    }
}
