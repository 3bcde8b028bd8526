/// Computes achievement (capaian) of the indicators of one plan year (DESIGN §6).
///
/// Build one per year and reuse it: the rows and packages are indexed once in `init`, so
/// every call is linear in the rows of the indicator it scores.
public struct Scorer: Sendable {
    let site: Site
    let index: RowIndex
    private let bands: BandScale
    private let indicatorsByArea: [String: [Indicator]]
    /// Position in `site.opds` of each package's OPD (by package position); nil when the
    /// package's `kd_satker` is not in site.yaml (rule KJ602).
    let opdOfPackage: [Int?]

    public init(site: Site, year: YearContent) {
        self.site = site
        index = RowIndex(year)
        bands = BandScale(site.bands)
        var byArea: [String: [Indicator]] = [:]
        for indicator in year.indicators {
            if let area = indicator.area { byArea[area, default: []].append(indicator) }
        }
        indicatorsByArea = byArea
        var opdPositions: [String: Int] = [:]
        for (position, opd) in site.opds.enumerated() where opdPositions[opd.code] == nil {
            opdPositions[opd.code] = position
        }
        opdOfPackage = year.packages.map { opdPositions[$0.kdSatker] }
    }

    /// The first band (highest first) whose `min` ≤ `capaian`; nil below every band.
    public func band(for capaian: Double) -> Band? {
        bands.band(for: capaian)
    }

    /// target(P): `targets[P]` when given; else, for `sum`, `target` × (months elapsed at the
    /// end of P / 12); else `target`.
    public func target(_ indicator: Indicator, at period: Period) -> Double? {
        if let explicit = indicator.targets[period] { return explicit }
        guard let target = indicator.target else { return nil }
        guard indicator.aggregation == .sum else { return target }
        return target * Double(period.monthsElapsed(in: index.year)) / 12
    }

    /// The year-to-date score of `indicator` at the end of `period`.
    public func score(_ indicator: Indicator, at period: Period) -> Score {
        score(indicator, at: period, target: target(indicator, at: period),
              rows: index.rows(indicator.id, through: period))
    }

    /// The year-to-date score of `indicator` at `period`, counting only the rows `include`
    /// accepts (breakdowns).
    public func score(_ indicator: Indicator, at period: Period,
                      where include: (RealizationRow) -> Bool) -> Score {
        let rows = index.rows(indicator.id, through: period).filter { include(index.source(of: $0)) }
        return score(indicator, at: period, target: target(indicator, at: period), rows: rows)
    }

    /// The score of `indicator` counting only the rows of `package` in `period` itself (a
    /// package's own score on its page): equal to `score(indicator, at: period) { $0.package
    /// == package && $0.period == period }`, found through the rows of the package.
    public func score(_ indicator: Indicator, at period: Period, package: String) -> Score {
        score(indicator, at: period, target: target(indicator, at: period),
              rows: index.rows(indicator.id, package: package, in: period))
    }

    /// Mean of the capped capaian of the area's indicators at `period`; indicators without a
    /// capaian are left out; nil when none has one.
    public func areaCapaian(_ area: String, at period: Period) -> Double? {
        let capaians = (indicatorsByArea[area] ?? []).compactMap { score($0, at: period).capaian }
        return capaians.isEmpty ? nil : capaians.reduce(0, +) / Double(capaians.count)
    }

    /// Scores `rows`, year-to-date rows of `indicator` at `period`, against `target`.
    func score<Rows: Collection<ScoringRow>>(_ indicator: Indicator, at period: Period, target: Double?,
                                             rows: Rows) -> Score {
        let value = indicator.aggregation?.value(of: rows, scale: indicator.scale)
        var uncapped: Double?
        if let value, let polarity = indicator.polarity {
            if let target {
                uncapped = Achievement.capaian(value: value, target: target, polarity: polarity)
            } else if let range = indicator.targetRange {
                uncapped = Achievement.capaian(value: value, range: range, polarity: polarity)
            }
        }
        let capaian = uncapped.map { Achievement.clamp($0, cap: site.achievementCap) }
        return Score(period: period, value: value, target: target, capaian: capaian, uncappedCapaian: uncapped,
                     band: capaian.flatMap(band(for:)), rowCount: rows.count)
    }
}
