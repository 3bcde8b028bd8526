import Foundation

/// A linear value axis with "nice" round ticks (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering the
/// data and zero, mapped onto a pixel range (SVG y grows downwards). An axis of whole things
/// (`integer`) has whole-number steps only: 1, 2, 5 × 10ⁿ, never 2,5 or less than 1.
struct AxisScale: Sendable, Equatable {
    let lower: Double
    let upper: Double
    let step: Double

    /// A scale covering every value and, unless `zero` is false, 0, with about `ticks`
    /// intervals.
    init(covering values: [Double], ticks: Int = 4, zero: Bool = true, integer: Bool = false) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 0
        if zero || finite.isEmpty {
            low = min(0, low)
            high = max(0, high)
        }
        if high == low { high = low + 1 }
        let raw = (high - low) / Double(max(ticks, 1))
        let step = integer ? AxisScale.wholeStep(raw) : AxisScale.niceStep(raw)
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// The tick values from `lower` to `upper`, computed by multiplication (no drift).
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...max(count, 0)).map { lower + Double($0) * step }
    }

    /// The pixel position of `value` between `bottom` (at `lower`) and `top` (at `upper`).
    func position(_ value: Double, bottom: Double, top: Double) -> Double {
        bottom - (value - lower) / (upper - lower) * (bottom - top)
    }

    /// A whole-number step near `raw`: at least 1, and 2 instead of 2.5 (the axis then has
    /// one interval more than asked for, at most).
    static func wholeStep(_ raw: Double) -> Double {
        let nice = niceStep(raw)
        if nice < 1 { return 1 }
        return nice == nice.rounded() ? nice : (nice / 1.25).rounded()
    }

    /// The smallest of 1, 2, 2.5, 5, 10 × 10ⁿ that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }
}
