/// Budget absorption (penyerapan anggaran) and efficiency (docs/scoring.md, "Budget"): per
/// area or action, the latest pagu and realisasi of the realizations whose period ends on or
/// before a period's end; absorption = realisasi / pagu × 100; efficiency = capaian /
/// absorption.
public struct BudgetLedger: Sendable {
    public struct Figures: Sendable, Hashable {
        public let pagu: Int64?
        public let realisasi: Int64?

        public init(pagu: Int64?, realisasi: Int64?) {
            self.pagu = pagu
            self.realisasi = realisasi
        }

        /// realisasi / pagu × 100; nil without both or with pagu ≤ 0.
        public var absorption: Double? {
            guard let pagu, let realisasi, pagu > 0 else { return nil }
            return Double(realisasi) / Double(pagu) * 100
        }

        /// `capaian` / absorption (both in percent): above 1 when achievement outruns spending.
        public func efficiency(capaian: Double?) -> Double? {
            guard let capaian, let a = absorption, a > 0 else { return nil }
            return capaian / a
        }
    }

    private struct Entry: Sendable {
        let end: SimpleDate
        let line: BudgetLine
    }

    private let byArea: [String: [Entry]]
    private let byAction: [String: [Entry]]

    public init(_ year: YearContent) {
        var area: [String: [Entry]] = [:], action: [String: [Entry]] = [:]
        for r in year.realizations.sorted(by: { $0.period < $1.period }) {
            for line in r.budget {
                let e = Entry(end: r.period.endDate, line: line)
                if let a = line.area { area[a, default: []].append(e) }
                if let a = line.action { action[a, default: []].append(e) }
            }
        }
        byArea = area
        byAction = action
    }

    public func area(_ id: String, at period: Period) -> Figures? { Self.figures(byArea[id], through: period.endDate) }

    public func action(_ id: String, at period: Period) -> Figures? { Self.figures(byAction[id], through: period.endDate) }

    /// The latest period end of any budget line of the area.
    public func latestEnd(ofArea id: String) -> SimpleDate? { byArea[id]?.last?.end }

    private static func figures(_ entries: [Entry]?, through end: SimpleDate) -> Figures? {
        let upTo = (entries ?? []).filter { $0.end <= end }
        guard !upTo.isEmpty else { return nil }
        return Figures(pagu: upTo.last { $0.line.pagu != nil }?.line.pagu,
                       realisasi: upTo.last { $0.line.realisasi != nil }?.line.realisasi)
    }
}
