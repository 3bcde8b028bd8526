// TEMPORARY stub until `KinerjaCore/Scoring` lands on main (branch of the scoring work);
// delete this file on that merge. Same names as the announced API.
import KinerjaCore

public struct Score: Sendable, Hashable {
    public let period: Period
    public let value: Double?
    public let target: Double?
    public let capaian: Double?
    public let uncappedCapaian: Double?
    public let band: Band?
    public let rowCount: Int

    public var achieved: Bool { (capaian ?? -.infinity) >= 100 }
}

public struct Projection: Sendable, Hashable {
    public let yearEndValue: Double
    public let target: Double?
    public let onTrack: Bool
}

public struct Scorer: Sendable {
    let site: Site
    let year: YearContent

    public init(site: Site, year: YearContent) {
        self.site = site
        self.year = year
    }

    public func score(_ indicator: Indicator, at period: Period) -> Score {
        score(indicator, at: period, rows: year.rows.filter { $0.indicator == indicator.id })
    }

    public func series(_ indicator: Indicator) -> [Score] {
        guard let kind = indicator.frequency?.periodKind else { return [] }
        let own = Set(year.rows.filter { $0.indicator == indicator.id }.compactMap { $0.period.enclosing(kind) })
        let all = Period.all(kind, in: year.year)
        guard let first = all.firstIndex(where: own.contains), let last = all.lastIndex(where: own.contains) else { return [] }
        return all[first...last].map { score(indicator, at: $0) }
    }

    public func latestPeriod(_ indicator: Indicator) -> Period? { series(indicator).last?.period }

    public func areaCapaian(_ area: Area, at period: Period) -> Double? {
        let values = year.indicators.filter { $0.area == area.id }.compactMap { score($0, at: period).capaian }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    public func byOPD(_ indicator: Indicator, at period: Period) -> [String: Score] {
        var satker: [String: String] = [:]
        for p in year.packages { satker[p.kdRup] = p.kdSatker }
        let rows = year.rows.filter { $0.indicator == indicator.id && $0.package != nil }
        let groups = Dictionary(grouping: rows) { satker[$0.package ?? ""] ?? "" }
        return groups.mapValues { score(indicator, at: period, rows: $0) }
    }

    public func byPackage(_ indicator: Indicator, at period: Period) -> [String: Score] {
        let rows = year.rows.filter { $0.indicator == indicator.id && $0.package != nil }
        return Dictionary(grouping: rows) { $0.package ?? "" }.mapValues { score(indicator, at: period, rows: $0) }
    }

    public func projection(_ indicator: Indicator, at period: Period) -> Projection? {
        guard indicator.aggregation == .sum, let v = score(indicator, at: period).value else { return nil }
        let projected = v * 12 / Double(period.endMonth)
        let onTrack: Bool
        if let t = indicator.target {
            onTrack = indicator.polarity == .negative ? projected <= t : projected >= t
        } else {
            onTrack = false
        }
        return Projection(yearEndValue: projected, target: indicator.target, onTrack: onTrack)
    }

    public func band(for capaian: Double) -> Band? { site.bands.first { $0.min <= capaian } }

    private func score(_ indicator: Indicator, at period: Period, rows all: [RealizationRow]) -> Score {
        let rows = all.filter { $0.period.year == year.year && $0.period.endMonth <= period.endMonth }
        let values = rows.compactMap(\.value)
        var value: Double?
        switch indicator.aggregation ?? .last {
        case .sum: value = values.isEmpty ? nil : values.reduce(0, +)
        case .average: value = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        case .last:
            let latest = rows.filter { $0.value != nil }.map(\.period).max()
            let last = rows.filter { $0.period == latest }.compactMap(\.value)
            value = last.isEmpty ? nil : last.reduce(0, +) / Double(last.count)
        case .ratio:
            let n = rows.compactMap(\.numerator).reduce(0, +), d = rows.compactMap(\.denominator).reduce(0, +)
            value = d > 0 ? n / d * indicator.scale : nil
        }
        var target = indicator.targets[period] ?? indicator.target
        if indicator.targets[period] == nil, indicator.aggregation == .sum, let t = target {
            target = t * Double(period.endMonth) / 12
        }
        var capaian: Double?
        if let v = value, let t = target {
            switch indicator.polarity ?? .positive {
            case .positive: capaian = t == 0 ? nil : v / t * 100
            case .negative: capaian = t == 0 ? (v == 0 ? 100 : 0) : (2 - v / t) * 100
            }
        }
        let capped = capaian.map { min(max($0, 0), site.achievementCap) }
        return Score(period: period, value: value, target: target, capaian: capped, uncappedCapaian: capaian,
                     band: capped.flatMap(band(for:)), rowCount: rows.count)
    }
}
