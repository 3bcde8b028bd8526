/// Change control (SOP 5–6 again): every `revisions` entry names a known indicator and a
/// period of the plan year, and the latest revision of a field (by date, then file order)
/// leaves the field at its current value (KJ905).
enum RevisionRules {
    private struct FieldKey: Hashable {
        let indicator: String
        let field: String
    }

    static func check(_ plan: Plan, _ c: YearContext, into bag: inout DiagnosticBag) {
        var latest: [FieldKey: (order: Int, revision: Revision)] = [:]
        let undated = SimpleDate(year: 0, month: 1, day: 1)
        // Removals and renamings of ids name no current value (docs/reviewing-changes.md).
        for (i, r) in plan.revisions.enumerated() where !r.isIDField {
            guard c.indicators[r.indicator] != nil else {
                bag.add(.KJ905, at: r.positions.value("indicator"),
                        "revision of `\(r.field)` references unknown indicator `\(r.indicator)`",
                        hint: c.hint(r.indicator, among: c.indicatorIDs, kind: "indicators"))
                continue
            }
            if let period = period(of: r.field), period.year != c.planYear {
                bag.add(.KJ009, at: r.positions.value("field"),
                        "revision field `\(r.field)` names a period outside the plan year \(c.planYear)",
                        hint: "revisions change this year's targets: `targets.\(c.planYear)-…`")
                continue
            }
            let key = FieldKey(indicator: r.indicator, field: r.field)
            if let current = latest[key],
               ((current.revision.on ?? undated), current.order) > ((r.on ?? undated), i) { continue }
            latest[key] = (i, r)
        }
        for (key, entry) in latest {
            guard let to = entry.revision.to, let indicator = c.indicators[key.indicator] else { continue }
            let current = value(of: key.field, in: indicator)
            if let current, Numbers.equal(current, to) { continue }
            let now = current.map(Numbers.show) ?? "not set"
            bag.add(.KJ905, at: entry.revision.positions.value("to"),
                    "the latest revision of `\(key.field)` of indicator \(key.indicator) sets it to \(Numbers.show(to)), but the indicator's `\(key.field)` is \(now)",
                    hint: "set `\(key.field)` of \(key.indicator) to \(Numbers.show(to))"
                        + (current == nil ? "" : ", or record the change to \(now) as a newer revision"))
        }
    }

    /// The period of a `targets.<period>` field.
    static func period(of field: String) -> Period? {
        guard field.hasPrefix("targets.") else { return nil }
        return Period(String(field.dropFirst("targets.".count)))
    }

    /// The indicator's current value of `target`, `baseline` or `targets.<period>`.
    static func value(of field: String, in indicator: Indicator) -> Double? {
        switch field {
        case "target": return indicator.target
        case "baseline": return indicator.baseline?.value
        default: return period(of: field).flatMap { indicator.targets[$0] }
        }
    }
}
