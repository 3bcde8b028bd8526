import KinerjaCore

/// How charts write numbers and periods. The site builds one per language from its
/// `Localization` formatting (`91,3` in id, `91.3` in en), so charts hold no locale logic.
public struct ChartFormat: Sendable {
    /// A value or target in the indicator's unit, without the unit (`31,5`).
    public var number: @Sendable (Double) -> String
    /// A capaian in percent, with the sign (`101,56 %`).
    public var percent: @Sendable (Double) -> String
    /// A short period label for an axis and the description (`TW I`, `Q1`, `Mar`).
    public var period: @Sendable (Period) -> String

    public init(number: @escaping @Sendable (Double) -> String, percent: @escaping @Sendable (Double) -> String,
                period: @escaping @Sendable (Period) -> String) {
        self.number = number
        self.percent = percent
        self.period = period
    }

    /// Locale-free formatting (`.` decimals, at most 2, `%` suffix, ISO periods): for tests
    /// and machine-facing output.
    public static let plain = ChartFormat(
        number: { SVG.num($0) },
        percent: { SVG.num($0) + "%" },
        period: { $0.description }
    )
}
