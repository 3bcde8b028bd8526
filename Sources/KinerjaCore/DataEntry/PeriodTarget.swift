/// The target an indicator is measured against at a period, as DESIGN §6 defines it:
/// `targets[P]` when given; else, for `sum`, `target` × months elapsed / 12; else `target`.
/// `P` is the period of the indicator's frequency that contains the given period's end.
enum PeriodTarget {
    static func target(of indicator: Indicator, at period: Period) -> Double? {
        let kind = indicator.frequency?.periodKind ?? period.kind
        let p = period.enclosing(kind) ?? period
        if let t = indicator.targets[p] { return t }
        guard let target = indicator.target else { return nil }
        if indicator.aggregation == .sum { return target * Double(p.endMonth) / 12 }
        return target
    }
}
