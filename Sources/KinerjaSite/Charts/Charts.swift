import KinerjaCore

/// Build-time SVG charts. Every chart is a string of inline SVG with deterministic bytes
/// (fixed coordinate formatting, no randomness): the same arguments always give the same text.
/// Charts with data carry `role="img"`, a `<title>` and a `<desc>` stating the numbers in
/// words; series differ by shape and dash as well as colour; user text is escaped.
public enum Charts {
    /// Value versus target per period, for the indicator page. Pass one `Score` per period to
    /// show, in order: normally `Scorer.series(_:)`. A score without a value leaves a gap in
    /// the value line but still shows its target (so a page may append periods still to come
    /// as scores with a nil value). Period and value labels are thinned out when they would
    /// overlap; every number stays in `<desc>`.
    public static func indicatorChart(indicator: Indicator, scores: [Score], strings: ChartStrings) -> String {
        IndicatorChart(indicator: indicator, scores: scores, strings: strings).svg
    }

    /// A capaian bar with a 100 % tick on a `0…max(cap, 100)` scale; `label` is the visible
    /// text (e.g. `101,56 % · Sangat tinggi`); `mark` labels the 100 % tick (`100 %`). Absent
    /// capaian draws an empty bar.
    public static func progressBar(capaian: Double?, cap: Double, label: String, mark: String? = nil) -> String {
        ProgressBar(capaian: capaian, cap: cap, label: label, mark: mark).html
    }

    /// A sparkline of one indicator for an area card.
    public static func smallMultiple(indicator: Indicator, scores: [Score], strings: ChartStrings) -> String {
        Sparkline(indicator: indicator, scores: scores, strings: strings).svg
    }
}
