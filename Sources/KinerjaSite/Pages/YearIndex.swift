import KinerjaCore

/// Lookups built once per year and shared by every page of a build, so that a page for one
/// package never scans all packages or all realization rows (which made 10 000 package
/// pages quadratic).
struct YearIndex: Sendable {
    /// Packages by `kd_rup` (the first one when a code repeats).
    let packages: [String: Package]
    /// Realization rows naming a package, by package code, in file order.
    let rowsByPackage: [String: [RealizationRow]]

    init(_ year: YearContent) {
        packages = Dictionary(year.packages.map { ($0.kdRup, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [String: [RealizationRow]] = [:]
        for realization in year.realizations {
            for row in realization.rows {
                guard let package = row.package else { continue }
                rows[package, default: []].append(row)
            }
        }
        rowsByPackage = rows
    }
}
