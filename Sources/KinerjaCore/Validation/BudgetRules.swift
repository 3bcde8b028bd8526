/// Budget lines of realizations (docs/content.md, "Budget"): KJ406 a line that names no
/// known area or action, KJ407 realisasi above pagu.
enum BudgetRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        let areas = Set(c.year.areas.map(\.id))
        let actions = Set(c.year.indicators.flatMap { $0.actions.map(\.id) })
        for r in c.year.realizations {
            for line in r.budget {
                let p = line.positions
                if let a = line.area, !areas.contains(a) {
                    bag.add(.KJ406, at: p.value("area"), "budget line of \(r.period) names unknown area \(a)",
                            hint: "areas of \(c.planYear): \(areas.sorted().joined(separator: ", "))")
                } else if let a = line.action, !actions.contains(a) {
                    bag.add(.KJ406, at: p.value("action"), "budget line of \(r.period) names unknown action \(a)",
                            hint: "name an action id of an indicator of \(c.planYear)")
                } else if line.area == nil && line.action == nil {
                    bag.add(.KJ406, at: p.origin, "budget line of \(r.period) names neither an area nor an action",
                            hint: "write `area: <id>` or `action: <id>`")
                }
                if let pagu = line.pagu, let real = line.realisasi, real > pagu {
                    bag.add(.KJ407, at: p.value("realisasi"),
                            "budget realisasi \(real) of \(r.period) exceeds its pagu \(pagu)",
                            hint: "realisasi is the year-to-date spending of the pagu; check both figures")
                }
            }
        }
    }
}
