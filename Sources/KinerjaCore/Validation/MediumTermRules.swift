/// The medium-term plan `renstra.yaml` (docs/content.md): KJ310 a year's `target` that is not
/// the plan's target for that year, KJ311 yearly targets that leave the path to the end
/// target, KJ312 an entry for an id no year folder has, KJ313 a yearly target outside the
/// plan's period.
enum MediumTermRules {
    static func check(_ content: Content, into bag: inout DiagnosticBag) {
        guard let plan = content.renstra else { return }
        var polarity: [String: Polarity] = [:]
        for year in content.years {
            for indicator in year.indicators {
                if let p = indicator.polarity { polarity[indicator.id] = p }
            }
        }
        for entry in plan.indicators {
            let p = entry.positions
            guard polarity.keys.contains(entry.id) || content.years.contains(where: { $0.indicator(entry.id) != nil }) else {
                bag.add(.KJ312, at: plan.positions.key("indicators.\(entry.id)"),
                        "renstra.yaml names indicator \(entry.id), which no year folder has",
                        hint: "medium-term targets are keyed by the indicator id of the year folders")
                continue
            }
            var yearly: [(year: Int, value: Double)] = []
            for (year, value) in entry.targets.sorted(by: { $0.key < $1.key }) {
                guard year >= plan.startYear, year <= plan.endYear else {
                    bag.add(.KJ313, at: p.key("targets.\(year)"),
                            "the medium-term target of \(entry.id) for \(year) lies outside the plan's period \(plan.period)",
                            hint: "yearly targets are for the years \(plan.startYear)–\(plan.endYear)")
                    continue
                }
                yearly.append((year, value))
            }
            self.path(entry, yearly, plan: plan, polarity: polarity[entry.id], into: &bag)
        }
        for year in content.years where year.year >= plan.startYear && year.year <= plan.endYear {
            for indicator in year.indicators {
                guard let entry = plan.target(for: indicator.id), let planned = entry.targets[year.year],
                      let target = indicator.target, !Numbers.equal(planned, target) else { continue }
                bag.add(.KJ310, at: indicator.positions.value("target"),
                        "target \(Numbers.show(target)) of indicator \(indicator.id) differs from its medium-term target \(Numbers.show(planned)) for \(year.year) in renstra.yaml",
                        hint: "make them equal, or revise the medium-term plan")
            }
        }
    }

    /// KJ311: each yearly target at least as good as the one before (per polarity) and the
    /// end year's equal to the end target; reported once per entry, at the first offender.
    static func path(_ entry: MediumTermTarget, _ path: [(year: Int, value: Double)], plan: MediumTermPlan,
                     polarity: Polarity?, into bag: inout DiagnosticBag) {
        let p = entry.positions
        if let polarity {
            for (a, b) in zip(path, path.dropFirst()) {
                let worse = polarity == .positive ? b.value < a.value : b.value > a.value
                guard worse, !Numbers.equal(a.value, b.value) else { continue }
                bag.add(.KJ311, at: p.value("targets.\(b.year)"),
                        "the medium-term target of \(entry.id) for \(b.year), \(Numbers.show(b.value)), is worse than \(Numbers.show(a.value)) for \(a.year) (\(polarity.rawValue))",
                        hint: "yearly targets move towards the end target \(entry.target.map(Numbers.show) ?? "")")
                return
            }
        }
        if let end = path.last, end.year == plan.endYear, let target = entry.target, !Numbers.equal(end.value, target) {
            bag.add(.KJ311, at: p.value("targets.\(end.year)"),
                    "the medium-term target of \(entry.id) for \(end.year), the last year, is \(Numbers.show(end.value)) but its end target is \(Numbers.show(target))",
                    hint: "the last year's target is the end target")
        }
    }
}
