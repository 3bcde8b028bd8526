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

/// What the realization rules read of a year, as a value that runs on several threads at
/// once (`YearContext` keeps caches and is used on one thread).
struct RowRulesContext: Sendable {
    let year: YearContent
    let today: SimpleDate
    let planYear: Int
    let indicatorFacts: [String: IndicatorFacts]
    let packageFacts: [String: PackageFacts]
    let areas: [String: Area]
    let actions: Set<String>
    let indicatorIDs: [String]
    let actionIDs: [String]

    init(_ c: YearContext) {
        year = c.year
        today = c.today
        planYear = c.planYear
        indicatorFacts = c.indicatorFacts
        packageFacts = c.packageFacts
        areas = c.areas
        actions = c.actions
        indicatorIDs = c.indicatorIDs
        actionIDs = c.actionIDs
    }
}
