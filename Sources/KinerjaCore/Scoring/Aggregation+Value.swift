extension Aggregation {
    /// value(P) of DESIGN §6 over year-to-date `rows`.
    ///
    /// - `sum`: Σ value.
    /// - `average`: mean of the row values.
    /// - `last`: the rows of the latest period present, averaged if several.
    /// - `ratio`: Σ numerator / Σ denominator × `scale`; nil when Σ denominator ≤ 0.
    ///
    /// Rows lacking the figure the aggregation needs (a value, or a numerator and a
    /// denominator) are left out; nil when no row remains.
    func value<Rows: Sequence<RealizationRow>>(of rows: Rows, scale: Double) -> Double? {
        switch self {
        case .sum:
            let values = rows.compactMap(\.value)
            return values.isEmpty ? nil : values.reduce(0, +)
        case .average:
            return mean(rows.compactMap(\.value))
        case .last:
            let valued = rows.filter { $0.value != nil }
            guard let latest = valued.lazy.map(\.period).max() else { return nil }
            return mean(valued.lazy.filter { $0.period == latest }.compactMap(\.value))
        case .ratio:
            var numerator = 0.0, denominator = 0.0
            for row in rows {
                guard let n = row.numerator, let d = row.denominator else { continue }
                numerator += n
                denominator += d
            }
            return denominator > 0 ? numerator / denominator * scale : nil
        }
    }
}

private func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}
