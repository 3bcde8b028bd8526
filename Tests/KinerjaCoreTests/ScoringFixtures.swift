@testable import KinerjaCore

/// Builds small model values for the scoring tests.
enum ScoringFixture {
    static let positions = Positions(origin: SourceLocation(file: "t"))
    static let year = 2026

    /// A period written as in content files; the tests only pass valid literals.
    static func period(_ text: String) -> Period {
        guard let period = Period(text) else { preconditionFailure("bad period literal \(text)") }
        return period
    }

    static func indicator(_ id: String = "IK-01", area: String = "waktu", polarity: Polarity = .positive,
                          frequency: Frequency = .quarterly, aggregation: Aggregation = .sum,
                          per: Level = .unit, scale: Double = 100, target: Double? = 100,
                          targets: [String: Double] = [:]) -> Indicator {
        Indicator(id: id, title: id, area: area, unit: "paket", polarity: polarity, frequency: frequency,
                  aggregation: aggregation, per: per, scale: scale, target: target,
                  targets: Dictionary(uniqueKeysWithValues: targets.map { (period($0.key), $0.value) }),
                  positions: positions)
    }

    static func row(_ period: String, _ indicator: String = "IK-01", value: Double? = nil, package: String? = nil,
                    numerator: Double? = nil, denominator: Double? = nil) -> RealizationRow {
        RealizationRow(period: self.period(period), indicator: indicator, package: package, value: value,
                       numerator: numerator, denominator: denominator, positions: positions)
    }

    static func package(_ kdRup: String, opd: String, area: String = "waktu") -> Package {
        Package(kdRup: kdRup, namaPaket: "Paket \(kdRup)", kdSatker: opd, pagu: 100_000_000,
                metodePengadaan: "Tender", area: area, positions: positions)
    }

    static let opds = [
        OPD(code: "1.03.01", name: "Dinas Pekerjaan Umum dan Penataan Ruang", short: "DPUPR"),
        OPD(code: "1.02.01", name: "Dinas Kesehatan", short: "Dinkes"),
        OPD(code: "1.01.01", name: "Dinas Pendidikan", short: "Disdik"),
    ]

    /// The year's content: one realization file per distinct row period, in order of first use.
    static func content(indicators: [Indicator], rows: [RealizationRow], packages: [Package] = []) -> YearContent {
        var realizations: [Realization] = []
        for row in rows {
            if let i = realizations.firstIndex(where: { $0.period == row.period }) {
                realizations[i].rows.append(row)
            } else {
                realizations.append(Realization(period: row.period, rows: [row], positions: positions))
            }
        }
        return YearContent(year: year, folder: "content/\(year)", indicators: indicators, packages: packages,
                           realizations: realizations)
    }

    static func scorer(_ indicators: [Indicator], rows: [RealizationRow], packages: [Package] = [],
                       cap: Double = 120, bands: [Band] = Band.defaults) -> Scorer {
        Scorer(site: Site(achievementCap: cap, bands: bands, opds: opds, positions: positions),
               year: content(indicators: indicators, rows: rows, packages: packages))
    }
}
