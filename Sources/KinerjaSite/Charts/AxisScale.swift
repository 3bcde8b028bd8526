import Foundation

/// A linear value axis with "nice" round ticks (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering the
/// data and zero, mapped onto a pixel range (SVG y grows downwards).
struct AxisScale: Sendable, Equatable {
    let lower: Double
    let upper: Double
    let step: Double

    /// A scale covering every value and, unless `zero` is false, 0, with about `ticks`
    /// intervals.
    init(covering values: [Double], ticks: Int = 4, zero: Bool = true) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 0
        if zero || finite.isEmpty {
            low = min(0, low)
            high = max(0, high)
        }
        if high == low { high = low + 1 }
        let step = AxisScale.niceStep((high - low) / Double(max(ticks, 1)))
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

    /// The smallest of 1, 2, 2.5, 5, 10 × 10ⁿ that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }
}
