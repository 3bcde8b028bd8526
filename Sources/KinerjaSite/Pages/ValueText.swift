import KinerjaCore

/// Formats indicator values in their display unit: `31,5 hari`, `81,25 %`, `Rp1.250.000`.
struct ValueText {
    let l: Localizer
    /// The site's default language: the unit of an indicator without one in `l`'s language.
    var defaultLanguage = "id"

    /// The indicator's unit in `l`'s language when written in it, else the default one's
    /// (`{id: hari, en: days}` → `days` on English pages; docs/content.md).
    func unit(of indicator: Indicator?) -> String? {
        indicator?.units.map { $0.resolved(l.code, fallback: defaultLanguage).text }
    }

    func value(_ v: Double?, unit: String?) -> String? {
        guard let v else { return nil }
        let u = unit?.trimmingSpaces ?? ""
        switch u {
        case "%": return l.numbers.percent(v, fractionDigits: 2, fixed: false)
        case "Rp", "rupiah", "Rupiah": return l.rupiah(v)
        case "": return l.number(v)
        case "level", "Level": return "Level " + l.number(v)
        default: return l.number(v) + " " + u
        }
    }

    func value(_ v: Double?, of indicator: Indicator) -> String? { value(v, unit: unit(of: indicator)) }

    /// A target: the number, or the indicator's range (`80–90 %`) when it has no number.
    func target(_ t: Double?, of indicator: Indicator) -> String? {
        if let t { return value(t, of: indicator) }
        guard let r = indicator.targetRange else { return nil }
        guard let high = value(r.max, of: indicator) else { return nil }
        return value(r.min, unit: nil).map { "\($0)–\(high)" }
    }
}
