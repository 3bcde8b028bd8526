/// The linear year-end projection of a `sum` indicator (DESIGN §6, docs/open-data.md).
public struct Projection: Sendable, Hashable {
    /// Year-to-date value × 12 / `months`.
    public let yearEndValue: Double
    /// The year-end target.
    public let target: Double
    /// Whether `yearEndValue` reaches `target` per the indicator's polarity
    /// (at least the target when positive, at most when negative).
    public let onTrack: Bool
    /// The months of data the projection rests on: the plan-year months through the latest
    /// month with rows of the indicator (1–12).
    public let months: Int

    public init(yearEndValue: Double, target: Double, onTrack: Bool, months: Int) {
        self.yearEndValue = yearEndValue
        self.target = target
        self.onTrack = onTrack
        self.months = months
    }
}
