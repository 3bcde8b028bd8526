import KinerjaCore

/// The localized words and formats a chart needs. Built by the page layer from the UI
/// strings of one language; charts only read it.
public struct ChartStrings: Sendable {
    /// Language code of the page (`id`, `en`).
    public var language: String
    /// Prefix of the chart's `<title>`, e.g. "Grafik" / "Chart".
    public var titlePrefix: String
    /// Label of the realized value series, e.g. "Realisasi" / "Realization".
    public var value: String
    /// Label of the target series, e.g. "Target".
    public var target: String
    /// Label of achievement, e.g. "Capaian" / "Achievement".
    public var capaian: String
    /// Shown when there is nothing to plot, e.g. "Belum ada data" / "No data yet".
    public var noData: String
    /// Full period names: `2026-Q1` → "Triwulan I 2026" / "Q1 2026".
    public var periodLabels: [Period: String]
    /// Short period names for axis ticks: `2026-Q1` → "TW I" / "Q1", `2026-03` → "Mar".
    public var shortPeriodLabels: [Period: String]
    /// Number formatting of the language (decimal and grouping separators, percent).
    public var numbers: NumberFormat
    /// Label of the indicator's baseline, e.g. "Kondisi awal" / "Baseline" (followed by its year).
    public var baseline: String

    public init(language: String, titlePrefix: String, value: String, target: String, capaian: String,
                noData: String, periodLabels: [Period: String], shortPeriodLabels: [Period: String],
                numbers: NumberFormat, baseline: String = "Baseline") {
        self.language = language
        self.titlePrefix = titlePrefix
        self.value = value
        self.target = target
        self.capaian = capaian
        self.noData = noData
        self.periodLabels = periodLabels
        self.shortPeriodLabels = shortPeriodLabels
        self.numbers = numbers
        self.baseline = baseline
    }
}
