/// Capaian (achievement) in percent, DESIGN §6.
enum Achievement {
    /// The unclamped capaian of `value` against `target`:
    /// positive `value / target × 100`; negative `(2 − value / target) × 100`
    /// (PermenPANRB, *kondisi khusus*); negative with target 0: 100 when value is 0, else 0.
    /// nil for a positive indicator with target 0 (rule KJ305) or a non-finite result.
    static func capaian(value: Double, target: Double, polarity: Polarity) -> Double? {
        let result: Double
        switch polarity {
        case .positive:
            guard target != 0 else { return nil }
            result = value / target * 100
        case .negative:
            if target == 0 { return value == 0 ? 100 : 0 }
            result = (2 - value / target) * 100
        }
        return result.isFinite ? result : nil
    }

    /// The capaian of `value` against a range (docs/scoring.md, "Range targets"): 100 inside
    /// it, else against the nearer bound by the polarity's formula.
    static func capaian(value: Double, range: TargetRange, polarity: Polarity) -> Double? {
        if value < range.min { return capaian(value: value, target: range.min, polarity: polarity) }
        if value > range.max { return capaian(value: value, target: range.max, polarity: polarity) }
        return 100
    }

    /// `capaian` clamped to `[0, cap]`.
    static func clamp(_ capaian: Double, cap: Double) -> Double {
        min(max(capaian, 0), max(cap, 0))
    }
}
