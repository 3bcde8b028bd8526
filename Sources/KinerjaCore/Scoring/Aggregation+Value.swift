extension Aggregation {
    /// value(P) of DESIGN §6 over year-to-date `rows`, in one pass.
    ///
    /// - `sum`: Σ value.
    /// - `average`: mean of the row values.
    /// - `last`: the rows of the latest period present, averaged if several.
    /// - `ratio`: Σ numerator / Σ denominator × `scale`; nil when Σ denominator ≤ 0.
    ///
    /// Rows lacking the figure the aggregation needs (a value, or a numerator and a
    /// denominator) are left out; nil when no row remains.
    func value<Rows: Sequence<ScoringRow>>(of rows: Rows, scale: Double) -> Double? {
        switch self {
        case .sum:
            var total = Total()
            for row in rows { if let v = row.value { total.add(v) } }
            return total.count > 0 ? total.sum : nil
        case .average:
            var total = Total()
            for row in rows { if let v = row.value { total.add(v) } }
            return total.mean
        case .last:
            var latest: Period?
            var total = Total()
            for row in rows {
                guard let v = row.value else { continue }
                if latest.map({ row.period > $0 }) ?? true {
                    latest = row.period
                    total = Total()
                }
                if row.period == latest { total.add(v) }
            }
            return total.mean
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

/// A running sum and count.
private struct Total {
    var sum = 0.0
    var count = 0

    mutating func add(_ value: Double) {
        sum += value
        count += 1
    }

    var mean: Double? { count > 0 ? sum / Double(count) : nil }
}
