// TEMPORARY stub until `Scoring/Scorer.swift` lands from branch `scoring`; delete on merge.
import Foundation
import KinerjaCore

public struct Score: Sendable, Hashable {
    public let period: Period
    public let value: Double?
    public let target: Double?
    public let capaian: Double?
    public let uncappedCapaian: Double?
    public let band: Band?
    public let rowCount: Int

    public init(period: Period, value: Double?, target: Double?, capaian: Double?, uncappedCapaian: Double?,
                band: Band?, rowCount: Int) {
        self.period = period
        self.value = value
        self.target = target
        self.capaian = capaian
        self.uncappedCapaian = uncappedCapaian
        self.band = band
        self.rowCount = rowCount
    }

    public var achieved: Bool { (capaian ?? -.infinity) >= 100 }
}

public struct Scorer: Sendable {
    let site: Site
    let year: YearContent

    public init(site: Site, year: YearContent) {
        self.site = site
        self.year = year
    }

    public static func rounded(_ x: Double, places: Int) -> Double {
        let f = pow(10, Double(places))
        return (x * f).rounded() / f
    }

    func rows(_ indicator: Indicator, through period: Period) -> [RealizationRow] {
        year.rows.filter { $0.indicator == indicator.id && $0.period.year == year.year && $0.period.endMonth <= period.endMonth }
    }

    public func score(_ indicator: Indicator, at period: Period) -> Score {
        let rows = rows(indicator, through: period)
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

    public func band(for capaian: Double) -> Band? {
        site.bands.first { $0.min <= capaian }
    }

    public func series(_ indicator: Indicator) -> [Score] {
        guard let kind = indicator.frequency?.periodKind else { return [] }
        let own = Set(year.rows.filter { $0.indicator == indicator.id }.compactMap { $0.period.enclosing(kind) })
        let all = Period.all(kind, in: year.year)
        guard let first = all.firstIndex(where: own.contains), let last = all.lastIndex(where: own.contains) else {
            return []
        }
        return all[first...last].map { score(indicator, at: $0) }
    }
}
