/// What the realization-row rules need of an indicator: small, so that looking it up for
/// each of 150 000 rows copies nothing heavy (an `Indicator` carries maps, lists and text).
struct IndicatorFacts: Sendable {
    let id: String
    let area: String?
    let per: Level
    let aggregation: Aggregation?
    let frequency: Frequency?
    let isPercent: Bool
    let scale: Double

    init(_ indicator: Indicator) {
        id = indicator.id
        area = indicator.area
        per = indicator.per
        aggregation = indicator.aggregation
        frequency = indicator.frequency
        isPercent = indicator.isPercent
        scale = indicator.scale
    }
}

/// What the realization-row rules need of a package.
struct PackageFacts: Sendable {
    let area: String?
}
