import KinerjaCore

/// "Laporan Kinerja Triwulan I 2026" / "Performance report Q1 2026".
enum ReportTitle {
    static func text(_ report: Report, env: PageEnv) throws -> String {
        try env.text("report.title", ["period": env.l.period(report.period)])
    }
}
