/// The medium-term plan (Renstra / RPJMD) of `renstra.yaml` at the content root
/// (docs/content.md, "renstra.yaml"): a period of years and, per indicator id, the end target
/// and optional yearly targets.
public struct MediumTermPlan: Sendable {
    public var title: String?
    public var startYear: Int
    public var endYear: Int
    public var indicators: [MediumTermTarget]
    public var positions: Positions

    public init(title: String? = nil, startYear: Int, endYear: Int, indicators: [MediumTermTarget] = [], positions: Positions) {
        self.title = title
        self.startYear = startYear
        self.endYear = endYear
        self.indicators = indicators
        self.positions = positions
    }

    /// "2021-2026"
    public var period: String { "\(startYear)-\(endYear)" }

    public func target(for id: String) -> MediumTermTarget? { indicators.first { $0.id == id } }
}

/// One indicator's medium-term targets.
public struct MediumTermTarget: Sendable {
    public var id: String
    /// The target at the end of the period.
    public var target: Double?
    /// Targets per year of the period.
    public var targets: [Int: Double]
    /// Paths `target`, `targets.<year>` inside the indicator's entry.
    public var positions: Positions

    public init(id: String, target: Double?, targets: [Int: Double] = [:], positions: Positions) {
        self.id = id
        self.target = target
        self.targets = targets
        self.positions = positions
    }
}
