import KinerjaCore

/// How charts read the localized words and formats of `ChartStrings` (no locale logic here).
extension ChartStrings {
    /// A value or target in the language's number format (`31,5` / `31.5`).
    func chartNumber(_ x: Double) -> String { numbers.number(x) }

    /// A capaian in the language's percent format (`101,6 %` / `101.6%`).
    func chartPercent(_ x: Double) -> String { numbers.percent(x) }

    /// The full name of a period for descriptions (`Triwulan I 2026`), else its code.
    func periodName(_ p: Period) -> String { periodLabels[p] ?? p.description }

    /// The short name of a period for axis ticks (`TW I`), else its full name.
    func periodTick(_ p: Period) -> String { shortPeriodLabels[p] ?? periodName(p) }
}
