import KinerjaCore
@testable import KinerjaSite

/// Hand-built model values shared by the open-data and chart tests.
enum Fixture {
    static let here = Positions(origin: SourceLocation(file: "test"))
    static let generated = "2026-04-06T00:00:00Z"

    static func site(shortName: String = "UKPBJ Kukar") -> Site {
        Site(title: "Kinerja Pengadaan", unit: "Bagian Pengadaan Barang dan Jasa", shortName: shortName,
             opds: [OPD(code: "1.03.01", name: "Dinas Pekerjaan Umum dan Penataan Ruang", short: "DPUPR")],
             positions: here)
    }

    static func period(_ s: String) -> Period { Period(s) ?? Period(year: 1, kind: .year, index: 1)! }

    /// The indicator of the DESIGN §7 example: negative, quarterly, average, in days.
    static func ik07(title: String = "Rata-rata waktu pemilihan penyedia") -> Indicator {
        Indicator(id: "IK-07", title: title, area: "waktu", unit: "hari", polarity: .negative, frequency: .quarterly,
                  aggregation: .average, baseline: Baseline(value: 35, year: 2025), target: 28,
                  targets: [period("2026-Q1"): 32, period("2026-Q2"): 30, period("2026-Q3"): 29, period("2026-Q4"): 28],
                  positions: here)
    }

    static func row(_ p: String, _ indicator: String, package: String? = nil, value: Double? = nil,
                    numerator: Double? = nil, denominator: Double? = nil, note: String? = nil) -> RealizationRow {
        RealizationRow(period: period(p), indicator: indicator, package: package, value: value, numerator: numerator,
                       denominator: denominator, note: note, positions: here)
    }

    static func content(_ year: YearContent, site: Site = site()) -> Content {
        Content(root: "content", site: site, years: [year])
    }

    /// The DESIGN §7 example: one Q1 row of 31.5 days against a Q1 target of 32.
    static func designExample() -> Content {
        content(YearContent(year: 2026, folder: "content/2026", indicators: [ik07()],
                            realizations: [Realization(period: period("2026-Q1"), rows: [row("2026-Q1", "IK-07", value: 31.5)],
                                                       positions: here)]))
    }

    static func file(_ files: [OutputFile], _ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    static let englishNumbers = NumberFormat(decimalSeparator: ".", groupingSeparator: ",", percentPattern: "{n}%",
                                             currencyPattern: "Rp{n}")

    /// English chart words; quarters of 2026 have names, other periods fall back to their codes.
    static func english(numbers: NumberFormat = englishNumbers) -> ChartStrings {
        let quarters = Period.all(.quarter, in: 2026)
        return ChartStrings(language: "en", titlePrefix: "Chart", value: "Realization", target: "Target",
                            capaian: "Achievement", noData: "No data yet",
                            periodLabels: Dictionary(uniqueKeysWithValues: quarters.map { ($0, "Q\($0.index) 2026") }),
                            shortPeriodLabels: Dictionary(uniqueKeysWithValues: quarters.map { ($0, "Q\($0.index)") }),
                            numbers: numbers)
    }
}
