/// Colours of the charts: each meets WCAG AA contrast (≥ 4.5:1 against white for text, ≥ 3:1
/// for graphics), and every series also differs in shape (solid line and filled circles for
/// values, dashed line and hollow diamonds for targets, a dotted line for the baseline), so colour is never the only signal.
/// Every element also carries a class so the site's CSS may restyle it.
enum ChartPalette {
    static let value = "#1d4ed8"
    static let target = "#b45309"
    /// The baseline: a dotted line, in a third colour.
    static let baseline = "#6d28d9"
    static let text = "#1f2937"
    static let mutedText = "#4b5563"
    static let grid = "#d1d5db"
    static let axis = "#6b7280"
    static let track = "#e5e7eb"
    static let marker = "#111827"
    static let background = "#ffffff"
}
