import KinerjaCore

/// Action plans with period targets (docs/site.md): planned vs reported progress per period
/// on the indicator page, and the actions behind their latest due target in a report.
struct ActionScheduleView: Encodable {
    struct Cell: Encodable {
        let period: String
        let planned: String
        let actual: String?
        let behind: Bool
    }

    struct Row: Encodable {
        let id: String
        let title: HTML
        let indicator: Link?
        let cells: [Cell]
        let planned: String?
        let actual: String?
    }

    let rows: [Row]
    let hasRows: Bool

    private static func cell(_ env: PageEnv, _ p: ActionSchedule.Point) -> Cell {
        Cell(period: env.l.period(p.period), planned: env.l.numbers.percent(p.planned, fractionDigits: 0),
             actual: p.actual.map { env.l.numbers.percent($0, fractionDigits: 0) }, behind: p.behind)
    }

    /// The indicator page: every action with targets, as of the build date.
    init(_ env: PageEnv, _ year: YearContent, _ indicator: Indicator) {
        let schedule = ActionSchedule(year)
        rows = indicator.actions.filter { !$0.targets.isEmpty }.map { a in
            Row(id: a.id, title: env.html(a.titles), indicator: nil,
                cells: schedule.points(a, asOf: env.build.today).map { Self.cell(env, $0) }, planned: nil, actual: nil)
        }
        hasRows = !rows.isEmpty
    }

    /// A report: the actions of the year behind their last target that ends by the report's period.
    init(_ env: PageEnv, _ year: YearContent, behindAt report: Report) {
        let schedule = ActionSchedule(year)
        let end = report.period.endDate
        rows = year.indicators.flatMap { indicator in
            indicator.actions.compactMap { a -> Row? in
                guard let p = schedule.behind(a, asOf: end) else { return nil }
                let c = Self.cell(env, p)
                return Row(id: a.id, title: env.html(a.titles),
                           indicator: env.link(indicator.titles, href: env.href(.indicator(year.year, indicator.id))),
                           cells: [c], planned: c.planned, actual: c.actual)
            }
        }
        hasRows = !rows.isEmpty
    }

    /// A report's action plan progress (docs/reports.md): every action with a target period
    /// ending by the report's period, planned vs reported at the last such period.
    init(_ env: PageEnv, _ year: YearContent, progressAt report: Report) {
        let schedule = ActionSchedule(year)
        let end = report.period.endDate
        rows = year.indicators.flatMap { indicator in
            indicator.actions.compactMap { a -> Row? in
                guard let p = schedule.points(a, asOf: end).last(where: { $0.period.endDate <= end }) else { return nil }
                let c = Self.cell(env, p)
                return Row(id: a.id, title: env.html(a.titles),
                           indicator: env.link(indicator.titles, href: env.href(.indicator(year.year, indicator.id))),
                           cells: [c], planned: c.planned, actual: c.actual)
            }
        }
        hasRows = !rows.isEmpty
    }
}
