/// SOP step 3: baselines and targets (KJ301–KJ307), and KJ009 for `targets` periods of
/// another year.
enum TargetRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        for indicator in c.year.indicators {
            baseline(indicator, c, into: &bag)
            target(indicator, into: &bag)
            periodTargets(indicator, c, into: &bag)
            improvement(indicator, into: &bag)
        }
    }

    /// KJ301, KJ302
    static func baseline(_ indicator: Indicator, _ c: YearContext, into bag: inout DiagnosticBag) {
        let p = indicator.positions
        guard let baseline = indicator.baseline else {
            if p.isWritten("baseline") { return }
            bag.add(.KJ301, at: p.key("baseline"), "indicator \(indicator.id) has no baseline",
                    hint: "add `baseline: {value: …, year: \(c.planYear - 1)}` (SOP step 3)")
            return
        }
        if let year = baseline.year, year >= c.planYear {
            bag.add(.KJ302, at: p.value("baseline.year"),
                    "baseline year \(year) of indicator \(indicator.id) is not before the plan year \(c.planYear)",
                    hint: "the baseline is the achievement of an earlier year, usually \(c.planYear - 1)")
        }
    }

    /// KJ303, KJ305 (for `target`)
    static func target(_ indicator: Indicator, into bag: inout DiagnosticBag) {
        let p = indicator.positions
        guard let target = indicator.target else {
            if p.isWritten("target") { return }
            bag.add(.KJ303, at: p.key("target"), "indicator \(indicator.id) has no target",
                    hint: "add `target:` with the end-of-year target")
            return
        }
        if indicator.polarity == .positive && target == 0 {
            bag.add(.KJ305, at: p.value("target"),
                    "indicator \(indicator.id) is positive (higher is better) but its target is 0",
                    hint: "capaian of a positive indicator is value ÷ target: set a target above 0, or make it negative")
        }
    }

    /// KJ009, KJ304, KJ305 and KJ307 for the `targets` map.
    static func periodTargets(_ indicator: Indicator, _ c: YearContext, into bag: inout DiagnosticBag) {
        let p = indicator.positions
        let kind = indicator.frequency?.periodKind
        for (period, value) in indicator.targets.sorted(by: { $0.key < $1.key }) {
            let path = "targets.\(period)"
            if period.year != c.planYear {
                bag.add(.KJ009, at: p.key(path),
                        "`targets` period \(period) of indicator \(indicator.id) lies outside the plan year \(c.planYear)",
                        hint: "targets are set for periods of \(c.planYear)")
                continue
            }
            if let frequency = indicator.frequency, period.kind != frequency.periodKind {
                let examples = Period.all(frequency.periodKind, in: c.planYear).prefix(2).map(\.description).joined(separator: ", ")
                bag.add(.KJ304, at: p.key(path),
                        "`targets` key \(period) is not a \(frequency.rawValue) period, the frequency of indicator \(indicator.id)",
                        hint: "use periods like \(examples)")
                continue
            }
            if indicator.polarity == .positive && value == 0 {
                bag.add(.KJ305, at: p.value(path),
                        "indicator \(indicator.id) is positive (higher is better) but its target for \(period) is 0",
                        hint: "capaian of a positive indicator is value ÷ target: set a target above 0")
            }
        }
        if let kind, let target = indicator.target, let last = Period.all(kind, in: c.planYear).last,
           let lastTarget = indicator.targets[last], !Numbers.equal(lastTarget, target) {
            bag.add(.KJ307, at: p.value("targets.\(last)"),
                    "the target for \(last), the last period, is \(Numbers.show(lastTarget)) but `target` of indicator \(indicator.id) is \(Numbers.show(target))",
                    hint: "make them equal: the last period's target is the end-of-year target")
        }
    }

    /// KJ306
    static func improvement(_ indicator: Indicator, into bag: inout DiagnosticBag) {
        guard let target = indicator.target, let base = indicator.baseline?.value,
              let polarity = indicator.polarity else { return }
        let improves = polarity == .positive ? target > base : target < base
        guard !improves else { return }
        let better = polarity == .positive ? "higher" : "lower"
        bag.add(.KJ306, at: indicator.positions.value("target"),
                "target \(Numbers.show(target)) of indicator \(indicator.id) does not improve on its baseline \(Numbers.show(base)) (\(polarity.rawValue): \(better) is better)",
                hint: "set a target \(better) than the baseline, or check `polarity`")
    }
}
