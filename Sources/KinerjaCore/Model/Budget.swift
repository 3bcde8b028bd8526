/// A budget line of a realization (docs/content.md, "Budget"): the pagu and realisasi of an
/// area or an action, in whole rupiah, year to date as of the realization's period.
public struct BudgetLine: Sendable, Hashable {
    public var area: String?
    public var action: String?
    public var pagu: Int64?
    public var realisasi: Int64?
    public var positions: Positions

    public init(area: String?, action: String?, pagu: Int64?, realisasi: Int64?, positions: Positions) {
        self.area = area
        self.action = action
        self.pagu = pagu
        self.realisasi = realisasi
        self.positions = positions
    }
}
