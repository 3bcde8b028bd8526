/// The achievement of one indicator at one period (DESIGN §6), year to date as of the
/// period's end.
public struct Score: Sendable, Hashable {
    public let period: Period
    /// Year-to-date value per the indicator's aggregation; nil when no row carries one.
    public let value: Double?
    /// The period target (§6 target(P)).
    public let target: Double?
    /// Capaian in percent, clamped to `[0, achievement_cap]`; nil when value or target is nil
    /// (or when a positive indicator has target 0, rule KJ305).
    public let capaian: Double?
    /// Capaian before clamping (may lie below 0 or above the cap).
    public let uncappedCapaian: Double?
    /// The rating band of `capaian`; nil when capaian is nil.
    public let band: Band?
    /// Number of rows year to date (rows(P)).
    public let rowCount: Int

    public init(period: Period, value: Double?, target: Double?, capaian: Double?, uncappedCapaian: Double?,
                band: Band?, rowCount: Int) {
        self.period = period
        self.value = value
        self.target = target
        self.capaian = capaian
        self.uncappedCapaian = uncappedCapaian
        self.band = band
        self.rowCount = rowCount
    }

    /// Whether the indicator is achieved at `period`: capaian ≥ 100.
    public var achieved: Bool { (capaian ?? -.infinity) >= 100 }
}
