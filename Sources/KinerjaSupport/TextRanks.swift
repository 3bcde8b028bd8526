/// Texts (indicator ids, kd_rup codes) numbered as they are met, then ranked in text order:
/// a sort of 150 000 rows compares the ranks, integers, instead of the texts.
public struct TextRanks {
    private var slots: [String: Int32] = [:]

    public init() {}

    /// The number of `text`, given on first meeting it.
    public mutating func slot(_ text: String) -> Int32 {
        if let known = slots[text] { return known }
        let n = Int32(slots.count)
        slots[text] = n
        return n
    }

    /// For each slot, the rank of its text among all texts met.
    public func ranks() -> [Int32] {
        var rank = [Int32](repeating: 0, count: slots.count)
        for (n, text) in slots.keys.sorted().enumerated() { rank[Int(slots[text] ?? 0)] = Int32(n) }
        return rank
    }
}
