/// SOP step 1: objectives and strategic areas (KJ101–KJ105; KJ104 is the loader's).
enum PlanRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        // A year folder without plan.md is KJ104 (the loader's); its areas are not checked.
        guard let plan = c.plan else { return }
        requiredAreas(c, into: &bag)
        if plan.objectives.isEmpty {
            bag.add(.KJ101, at: plan.positions.key("objectives"), "plan \(c.planYear) has no objectives",
                    hint: "list the year's PBJ objectives: `objectives: [{id: T1, title: …}]`")
            return
        }
        areaObjectives(c, into: &bag)
        objectivesWithoutArea(c, plan: plan, into: &bag)
    }

    /// KJ102: every area names an objective of the plan.
    static func areaObjectives(_ c: YearContext, into bag: inout DiagnosticBag) {
        for area in c.year.areas {
            guard let objective = area.objective else {
                if area.positions.isWritten("objective") { continue }
                bag.add(.KJ102, at: area.positions.key("objective"), "area `\(area.id)` names no objective",
                        hint: "add `objective:` naming one of the plan's objectives: \(c.objectiveIDs.joined(separator: ", "))")
                continue
            }
            if c.objectives[objective] == nil {
                bag.add(.KJ102, at: area.positions.value("objective"),
                        "area `\(area.id)` references unknown objective `\(objective)` of plan \(c.planYear)",
                        hint: c.hint(objective, among: c.objectiveIDs, kind: "objectives"))
            }
        }
    }

    /// KJ103: every objective has at least one area.
    static func objectivesWithoutArea(_ c: YearContext, plan: Plan, into bag: inout DiagnosticBag) {
        let used = Set(c.year.areas.compactMap(\.objective))
        for objective in plan.objectives where !used.contains(objective.id) {
            bag.add(.KJ103, at: objective.positions.value("id"), "objective \(objective.id) has no area",
                    hint: "add an area with `objective: \(objective.id)`, or remove the objective")
        }
    }

    /// KJ105: every area of `required_areas` exists in the year.
    static func requiredAreas(_ c: YearContext, into bag: inout DiagnosticBag) {
        for (i, id) in c.site.requiredAreas.enumerated() where c.areas[id] == nil {
            bag.add(.KJ105, at: c.site.positions.value("required_areas.\(i)"),
                    "required area `\(id)` is missing in \(c.planYear)",
                    hint: c.hint(id, among: c.areaIDs, kind: "areas").map { "\($0) (or add \(c.year.folder)/areas/\(id).md)" }
                        ?? "add \(c.year.folder)/areas/\(id).md")
        }
    }
}
