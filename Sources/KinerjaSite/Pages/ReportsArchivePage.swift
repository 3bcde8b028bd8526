import KinerjaCore

/// `/reports/`: every report of every year, newest first.
struct ReportsArchivePage: Encodable {
    struct YearGroup: Encodable {
        let year: String
        let reports: [ReportLink]
    }

    let years: [YearGroup]
    let hasReports: Bool
    let feed: String

    static func draft(_ env: PageEnv) throws -> PageDraft {
        let layout = try Layout.make(env, route: .reports, title: try env.text("reports.title"), kind: "reports")
        return try env.draft(.reports, template: "reports", layout: layout, page: try ReportsArchivePage(env))
    }

    init(_ env: PageEnv) throws {
        years = try env.content.years.reversed().filter { !$0.reports.isEmpty }.map { year in
            YearGroup(year: String(year.year),
                      reports: try year.reports.sorted { $0.period > $1.period }.map { try ReportLink($0, year: year.year, env: env) })
        }
        hasReports = !years.isEmpty
        feed = env.href(.feed)
    }
}
