/// SOP step 4: an action plan per indicator (KJ401–KJ403).
enum ActionRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        for indicator in c.year.indicators {
            if indicator.actions.isEmpty {
                bag.add(.KJ401, at: indicator.positions.key("actions"), "indicator \(indicator.id) has no action plan",
                        hint: "add `actions: [{id: RA-…, title: …, owner: …, due: \(c.planYear)-…}]` (SOP step 4)")
            }
            for action in indicator.actions {
                ownerAndDue(action, of: indicator, into: &bag)
                dueInYear(action, of: indicator, c, into: &bag)
                periodTargets(action, of: indicator, c, into: &bag)
            }
        }
    }

    /// KJ402
    static func ownerAndDue(_ action: Action, of indicator: Indicator, into bag: inout DiagnosticBag) {
        let p = action.positions
        var missing: [String] = []
        if action.owner.map(\.isBlank) ?? !p.isWritten("owner") { missing.append("an owner") }
        if action.due == nil && !p.isWritten("due") { missing.append("a due date") }
        guard !missing.isEmpty else { return }
        bag.add(.KJ402, at: p.value("id"),
                "action \(action.id) of indicator \(indicator.id) lacks \(missing.joined(separator: " and "))",
                hint: "write `owner: …` and `due: YYYY-MM-DD` in the action")
    }

    /// KJ404 (a period of another year), KJ405 (outside 0–100, or less than an earlier period's)
    static func periodTargets(_ action: Action, of indicator: Indicator, _ c: YearContext, into bag: inout DiagnosticBag) {
        let p = action.positions
        var before: (Period, Double)?
        for (period, value) in action.targets.sorted(by: { $0.key < $1.key }) {
            let path = "targets.\(period)"
            guard period.year == c.planYear else {
                bag.add(.KJ404, at: p.key(path), "`targets` period \(period) of action \(action.id) lies outside the plan year \(c.planYear)",
                        hint: "action targets are set for periods of \(c.planYear)")
                continue
            }
            if value < 0 || value > 100 {
                bag.add(.KJ405, at: p.value(path), "target \(Numbers.show(value)) % of action \(action.id) for \(period) lies outside 0–100",
                        hint: "an action target is the percent of the action done by the end of the period")
            } else if let (earlier, planned) = before, value < planned {
                bag.add(.KJ405, at: p.value(path),
                        "target \(Numbers.show(value)) % of action \(action.id) for \(period) is below \(Numbers.show(planned)) % for \(earlier)",
                        hint: "an action's planned progress only grows")
            }
            before = (period, value)
        }
    }

    /// KJ403
    static func dueInYear(_ action: Action, of indicator: Indicator, _ c: YearContext, into bag: inout DiagnosticBag) {
        guard let due = action.due, due.year != c.planYear else { return }
        bag.add(.KJ403, at: action.positions.value("due"),
                "due date \(due) of action \(action.id) (indicator \(indicator.id)) lies outside the plan year \(c.planYear)",
                hint: "actions are due within \(c.planYear)")
    }
}
