/// Lookup tables of one plan year, built once so that every rule is linear in the content.
final class YearContext {
    let site: Site
    let year: YearContent
    let today: SimpleDate
    /// The plan year (the folder's year).
    let planYear: Int

    /// The first definition (by file position) of every id; later ones are KJ006 / KJ603.
    let indicators: [String: Indicator]
    let areas: [String: Area]
    let objectives: [String: Objective]
    /// Every action id planned by an indicator of the year.
    let actions: Set<String>
    let opdCodes: Set<String>
    /// Indicators and packages reduced to what each realization row needs (first
    /// definition of each id).
    let indicatorFacts: [String: IndicatorFacts]
    let packageFacts: [String: PackageFacts]

    /// Sorted ids, for "did you mean …?" hints.
    let indicatorIDs: [String]
    let areaIDs: [String]
    let objectiveIDs: [String]
    let actionIDs: [String]

    private var packageHints: [String: String?] = [:]
    private lazy var packageIDs = packageFacts.keys.sorted()

    /// Achievement of the year's indicators (KJ803, KJ902); built on first use.
    private(set) lazy var scorer = Scorer(site: site, year: year)

    init(site: Site, year: YearContent, today: SimpleDate) {
        self.site = site
        self.year = year
        self.today = today
        planYear = year.year
        indicators = Self.firstByPosition(year.indicators, id: \.id, at: \.positions.origin)
        areas = Self.firstByPosition(year.areas, id: \.id, at: \.positions.origin)
        objectives = Self.firstByPosition(year.plan?.objectives ?? [], id: \.id, at: \.positions.origin)
        var packages: [String: PackageFacts] = [:]
        packages.reserveCapacity(year.packages.count)
        for i in year.packages.indices where packages[year.packages[i].kdRup] == nil {
            packages[year.packages[i].kdRup] = PackageFacts(area: year.packages[i].area)
        }
        packageFacts = packages
        actions = Set(year.indicators.flatMap { $0.actions.map(\.id) })
        opdCodes = Set(site.opds.map(\.code))
        indicatorFacts = indicators.mapValues(IndicatorFacts.init)
        indicatorIDs = indicators.keys.sorted()
        areaIDs = areas.keys.sorted()
        objectiveIDs = objectives.keys.sorted()
        actionIDs = actions.sorted()
    }

    var plan: Plan? { year.plan }

    /// "did you mean `x`?", or the list of known ids when it is short.
    func hint(_ word: String, among ids: [String], kind: String) -> String? {
        Self.hint(word, among: ids, kind: kind)
    }

    static func hint(_ word: String, among ids: [String], kind: String) -> String? {
        if let h = Suggestion.hint(word, in: ids) { return h }
        if ids.isEmpty { return nil }
        if ids.count <= 8 { return "known \(kind): \(ids.joined(separator: ", "))" }
        return nil
    }

    /// A hint for an unknown package code. Suggestions are computed for a few distinct codes
    /// only, among codes of about the same length, so that a file full of unknown codes stays
    /// fast against thousands of packages.
    func packageHint(_ code: String) -> String? {
        if let cached = packageHints[code] { return cached }
        guard packageHints.count < 5 else { return nil }
        let length = code.utf8.count
        let hint = Suggestion.hint(code, in: packageIDs.filter { abs($0.utf8.count - length) <= 2 })
        packageHints[code] = hint
        return hint
    }

    /// The entity of each id defined first in file order (file, line, column).
    static func firstByPosition<T>(_ items: [T], id: (T) -> String, at: (T) -> SourceLocation) -> [String: T] {
        var out: [String: T] = [:]
        for item in items {
            let key = id(item)
            if let existing = out[key], at(existing) <= at(item) { continue }
            out[key] = item
        }
        return out
    }
}
