import KinerjaCore

/// `/<year>/changes/`: target and baseline revisions with dates, reasons and approvers.
struct ChangesPage: Encodable {
    struct Row: Encodable {
        let date: String?
        let indicator: Link
        let field: String
        let from: String?
        let to: String?
        let reason: String?
        let approvedBy: String?
    }

    /// "disetujui 15 Januari 2026 oleh Kepala UKPBJ", the role with its `lang` on a page of
    /// another language.
    let approval: HTML?
    let rows: [Row]
    let hasRows: Bool

    static func draft(_ env: PageEnv, _ year: YearContent) throws -> PageDraft {
        let route = Route.changes(year.year)
        let layout = try Layout.make(env, route: route, title: try env.text("changes.title", ["year": String(year.year)]),
                                     kind: "changes", year: year.year,
                                     crumbs: [Link(label: String(year.year), href: env.href(.year(year.year)))])
        return try env.draft(route, template: "changes", layout: layout, page: try ChangesPage(env, year))
    }

    init(_ env: PageEnv, _ year: YearContent) throws {
        let text = env.values
        approval = try year.plan?.approval.flatMap { a in
            guard let on = a.on else { return nil }
            return try env.text("year.approved_on", html: ["date": HTML(text: env.l.date(on)),
                                                           "by": env.html(a.by ?? "")])
        }
        // Removals and renamings of ids are for `kinerja diff` (docs/reviewing-changes.md).
        rows = try (year.plan?.revisions ?? []).filter { !$0.isIDField }.sorted { ($0.on?.description ?? "", $0.indicator) < ($1.on?.description ?? "", $1.indicator) }
            .map { r in
                let indicator = year.indicator(r.indicator)
                return Row(date: r.on.map(env.l.date),
                           indicator: env.link(indicator?.titles, or: r.indicator, href: env.href(.indicator(year.year, r.indicator))),
                           field: try RevisionField.label(r.field, env: env),
                           from: text.value(r.from, unit: text.unit(of: indicator)), to: text.value(r.to, unit: text.unit(of: indicator)),
                           reason: r.reason, approvedBy: r.approvedBy)
            }
        hasRows = !rows.isEmpty
    }
}
