import Foundation
import KinerjaCore

/// The words of a chart's `<title>` and `<desc>`: what a screen reader says instead of the
/// picture, so they state every number the picture shows.
struct ChartDescription {
    let indicator: Indicator
    let strings: ChartStrings

    /// `Grafik: Rata-rata waktu pemilihan penyedia`.
    var title: String { "\(strings.titlePrefix): \(indicator.title)" }

    /// The unit in parentheses, or nothing.
    var unitSuffix: String {
        guard let unit = indicator.unit?.trimmingCharacters(in: .whitespaces), !unit.isEmpty else { return "" }
        return " (\(unit))"
    }

    /// One sentence per period: `Q1 2026: Realization 31.5, Target 32, Achievement 101.6%
    /// (Very high).`, or `Q2 2026: No data yet, Target 30.`
    func sentence(_ score: Score) -> String {
        var parts = [score.value.map { "\(strings.value) \(strings.chartNumber($0))" } ?? strings.noData]
        if let target = score.target { parts.append("\(strings.target) \(strings.chartNumber(target))") }
        if let capaian = score.capaian {
            let band = score.band.map { " (\($0.label(strings.language)))" } ?? ""
            parts.append("\(strings.capaian) \(strings.chartPercent(capaian))\(band)")
        }
        return "\(strings.periodName(score.period)): \(parts.joined(separator: ", "))."
    }

    /// The whole description: what is compared, in which unit, then every period:
    /// `Realization / Target (hari). Q1 2026: …`.
    func summary(_ scores: [Score]) -> String {
        let lead = "\(strings.value) / \(strings.target)\(unitSuffix)."
        guard !scores.isEmpty else { return "\(lead) \(strings.noData)." }
        return ([lead] + scores.map(sentence)).joined(separator: " ")
    }
}
