import Foundation
import KinerjaCore

/// The words of a chart's `<title>` and `<desc>`: what a screen reader says instead of the
/// picture, so they state every number the picture shows.
struct ChartDescription {
    let indicator: Indicator
    let strings: ChartStrings
    let format: ChartFormat

    /// `Rata-rata waktu pemilihan penyedia: realisasi dibandingkan target`.
    var title: String { "\(indicator.title): \(strings.valueVsTarget)" }

    /// The unit in parentheses, or nothing.
    var unitSuffix: String {
        guard let unit = indicator.unit?.trimmingCharacters(in: .whitespaces), !unit.isEmpty else { return "" }
        return " (\(unit))"
    }

    /// One sentence per period: `Q1: Actual 31.5, Target 32, Achievement 101.56% (Very high).`,
    /// or `Q2: no data yet, Target 30.`
    func sentence(_ score: Score) -> String {
        var parts = [score.value.map { "\(strings.value) \(format.number($0))" } ?? strings.noData]
        if let target = score.target { parts.append("\(strings.target) \(format.number(target))") }
        if let capaian = score.capaian {
            let band = score.band.map { " (\($0.label(strings.lang)))" } ?? ""
            parts.append("\(strings.capaian) \(format.percent(capaian))\(band)")
        }
        return "\(format.period(score.period)): \(parts.joined(separator: ", "))."
    }

    /// The whole description: what is compared, in which unit, then every period.
    func summary(_ scores: [Score]) -> String {
        let lead = "\(strings.valueVsTarget)\(unitSuffix)."
        guard !scores.isEmpty else { return "\(lead) \(strings.noData)." }
        return ([lead] + scores.map(sentence)).joined(separator: " ")
    }
}
