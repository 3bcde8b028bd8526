import Foundation
import KinerjaCore

/// Lookups of one year built once per build, so that no page scans the whole year (a year
/// may hold 12 000 packages and 150 000 realization rows). A class: every page asks for it.
final class YearIndex: Sendable {
    let year: YearContent
    let facts: YearFacts
    /// The periods for which each indicator has rows.
    let periodsByIndicator: [String: Set<Period>]
    /// The plan-year months (1–12) each indicator's rows cover (docs/scoring.md,
    /// "Provisional periods").
    let monthsByIndicator: [String: Set<Int>]
    /// Each `kd_rup`'s position in the year's packages (the first on a duplicate). Pages take
    /// the package from the content they render, so that an index kept between builds
    /// (`kinerja serve`, when only narratives changed) never shows an older narrative.
    let packagePositionByCode: [String: Int]
    let packagesByArea: [String: [Package]]
    let packagesByOPD: [String: [Package]]
    let actionProgress: ActionProgressIndex
    /// Per-OPD scores of an indicator at its latest period, made on first use (every OPD
    /// page of every language asks for the same few).
    private let opdScores = Memo<OPDScoreKey, [String: Score]>()
    /// Where each package's rows are (the rows themselves are not copied: a year of 150 000
    /// rows would be held once more for every grouping).
    private let rowRefsByPackage: [String: [RowRef]]

    private struct RowRef: Sendable {
        let realization: Int32
        let row: Int32
    }

    convenience init(_ year: YearContent, scorer: Scorer) {
        self.init(year, scorer: scorer, rows: RowParts(year), packages: PackageParts(year))
    }

    private init(_ year: YearContent, scorer: Scorer, rows: RowParts, packages: PackageParts) {
        self.year = year
        facts = YearFacts(year, scorer: scorer)
        periodsByIndicator = rows.periods
        monthsByIndicator = rows.periods.mapValues { periods in
            var months = Set<Int>()
            for p in periods where p.year == year.year { months.formUnion(p.startMonth...p.endMonth) }
            return months
        }
        rowRefsByPackage = rows.refs
        packagePositionByCode = packages.byCode
        packagesByArea = packages.byArea
        packagesByOPD = packages.byOPD
        actionProgress = packages.actions
    }

    /// The scorer and the index of every year, their independent parts made at once on all
    /// cores (each passes over a year's 150 000 rows or 12 000 packages).
    static func build(_ years: [YearContent], site: Site) -> [(scorer: Scorer, index: YearIndex)] {
        enum Part: Sendable {
            case scorer(Scorer)
            case rows(RowParts)
            case packages(PackageParts)
        }
        let work = years.indices.flatMap { y in (0..<3).map { (y, $0) } }
        let parts = work.parallelMap { y, part -> Part in
            switch part {
            case 0: return .scorer(Scorer(site: site, year: years[y]))
            case 1: return .rows(RowParts(years[y]))
            default: return .packages(PackageParts(years[y]))
            }
        }
        return years.indices.map { y in
            var scorer: Scorer?, rows: RowParts?, packages: PackageParts?
            for (n, (of, _)) in work.enumerated() where of == y {
                switch parts[n] {
                case .scorer(let s): scorer = s
                case .rows(let r): rows = r
                case .packages(let p): packages = p
                }
            }
            let yearScorer = scorer ?? Scorer(site: site, year: years[y])
            return (yearScorer, YearIndex(years[y], scorer: yearScorer, rows: rows ?? RowParts(years[y]),
                                          packages: packages ?? PackageParts(years[y])))
        }
    }

    /// Periods per indicator and row positions per package: one pass over the rows.
    private struct RowParts: Sendable {
        var periods: [String: Set<Period>] = [:]
        var refs: [String: [RowRef]] = [:]

        init(_ year: YearContent) {
            // Rows are put in page order by keys taken out once (a row is a large struct:
            // comparing rows themselves copied them over and over).
            struct Keyed {
                let ref: RowRef
                let period: Period
                let indicator: Int32
            }
            var indicators = TextRanks()
            var keyed: [String: [Keyed]] = [:]
            for (r, realization) in year.realizations.enumerated() {
                for (i, row) in realization.rows.enumerated() {
                    periods[row.indicator, default: []].insert(row.period)
                    guard let package = row.package else { continue }
                    keyed[package, default: []].append(Keyed(ref: RowRef(realization: Int32(r), row: Int32(i)),
                                                             period: row.period, indicator: indicators.slot(row.indicator)))
                }
            }
            let rank = indicators.ranks()
            for (package, rows) in keyed {
                refs[package] = rows.sorted { a, b in
                    if a.period != b.period { return a.period < b.period }
                    let x = rank[Int(a.indicator)], y = rank[Int(b.indicator)]
                    if x != y { return x < y }
                    return (a.ref.realization, a.ref.row) < (b.ref.realization, b.ref.row)
                }.map(\.ref)
            }
        }
    }

    /// Packages by code, area and OPD, and the latest progress of each action.
    private struct PackageParts: Sendable {
        let byCode: [String: Int]
        let byArea: [String: [Package]]
        let byOPD: [String: [Package]]
        let actions: ActionProgressIndex

        init(_ year: YearContent) {
            byCode = Dictionary(year.packages.enumerated().map { ($1.kdRup, $0) }, uniquingKeysWith: { first, _ in first })
            byArea = Dictionary(grouping: year.packages) { $0.area ?? "" }
            byOPD = Dictionary(grouping: year.packages, by: \.kdSatker)
            actions = ActionProgressIndex(year)
        }
    }

    /// Whether `period` is provisional for `indicator` at the build date `today`.
    func standing(_ indicator: Indicator, at period: Period, today: SimpleDate) -> PeriodStanding {
        facts.scorer.standing(indicator, at: period, today: today, months: monthsByIndicator[indicator.id] ?? [])
    }

    /// The realization rows naming `package`, by period then indicator (file order among
    /// equals).
    func rows(ofPackage package: String) -> [RealizationRow] {
        let realizations = year.realizations
        return (rowRefsByPackage[package] ?? []).map { realizations[Int($0.realization)].rows[Int($0.row)] }
    }

    /// The score of `indicator` at `period` counting the rows of `opd`'s packages.
    func score(_ indicator: Indicator, at period: Period, opd: String) -> Score? {
        opdScores.value(OPDScoreKey(indicator: indicator.id, period: period)) {
            var byCode: [String: Score] = [:]
            for (opd, score) in facts.scorer.byOPD(indicator, at: period) where byCode[opd.code] == nil { byCode[opd.code] = score }
            return byCode
        }[opd]
    }

    private struct OPDScoreKey: Hashable, Sendable {
        let indicator: String
        let period: Period
    }
}
