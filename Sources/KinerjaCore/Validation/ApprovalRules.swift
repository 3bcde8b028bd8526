/// SOP steps 5–9 and change control: approval, circular, socialization (KJ501–KJ505) and
/// revisions (KJ905).
enum ApprovalRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        guard let plan = c.plan else { return }
        notApproved(plan, c, into: &bag)
        decision(plan, into: &bag)
        circular(plan, into: &bag)
        socialization(plan, into: &bag)
        realizationsBeforeSocialization(plan, c, into: &bag)
        RevisionRules.check(plan, c, into: &bag)
    }

    /// KJ501
    static func notApproved(_ plan: Plan, _ c: YearContext, into bag: inout DiagnosticBag) {
        guard !plan.isApproved, !c.year.realizations.isEmpty || !c.year.reports.isEmpty else { return }
        var what: [String] = []
        if !c.year.realizations.isEmpty { what.append(count(c.year.realizations.count, "realization")) }
        if !c.year.reports.isEmpty { what.append(count(c.year.reports.count, "report")) }
        let verb = c.year.realizations.count + c.year.reports.count == 1 ? "exists" : "exist"
        bag.add(.KJ501, at: plan.positions.value("status"),
                "plan \(c.planYear) is \(plan.status.rawValue), not approved, but \(what.joined(separator: " and ")) \(verb)",
                hint: "realizations and reports follow an approved plan: set `status: approved` with `approval: {by, on}` (SOP 5–6)")
    }

    /// KJ502
    static func decision(_ plan: Plan, into bag: inout DiagnosticBag) {
        switch plan.status {
        case .approved:
            signoff(plan.approval, key: "approval", plan: plan, state: "approved", into: &bag)
        case .revision:
            signoff(plan.revisionRequest, key: "revision_request", plan: plan, state: "sent back for revision",
                    into: &bag)
        case .draft, .proposed:
            break
        }
    }

    private static func signoff(_ s: Signoff?, key: String, plan: Plan, state: String, into bag: inout DiagnosticBag) {
        let p = plan.positions
        guard let s else {
            if p.isWritten(key) { return }
            bag.add(.KJ502, at: p.value("status"), "plan \(plan.year) is \(state) but has no `\(key)`",
                    hint: "add `\(key): {by: …, on: YYYY-MM-DD}` (SOP step 6)")
            return
        }
        var missing: [String] = []
        if s.by.map(\.isBlank) ?? !p.isWritten("\(key).by") { missing.append("`by`") }
        if s.on == nil && !p.isWritten("\(key).on") { missing.append("`on`") }
        guard !missing.isEmpty else { return }
        bag.add(.KJ502, at: p.key(key), "`\(key)` of plan \(plan.year) lacks \(missing.joined(separator: " and "))",
                hint: "write who decided (a role title) and when: `\(key): {by: Kepala UKPBJ, on: YYYY-MM-DD}`")
    }

    /// KJ503
    static func circular(_ plan: Plan, into bag: inout DiagnosticBag) {
        let p = plan.positions
        guard plan.isApproved else { return }
        guard let circular = plan.circular else {
            if p.isWritten("circular") { return }
            bag.add(.KJ503, at: p.value("status"), "plan \(plan.year) is approved but has no `circular`",
                    hint: "record the surat edaran: `circular: {number: …, on: YYYY-MM-DD}` (SOP step 7)")
            return
        }
        guard let on = circular.on else {
            if p.isWritten("circular.on") { return }
            bag.add(.KJ503, at: p.key("circular"), "the circular of plan \(plan.year) has no date `on`",
                    hint: "add `on: YYYY-MM-DD` to `circular`")
            return
        }
        if let approved = plan.approval?.on, on < approved {
            bag.add(.KJ503, at: p.value("circular.on"),
                    "the circular of plan \(plan.year) is dated \(on), before the approval on \(approved)",
                    hint: "the circular is sent after the plan is approved (SOP step 7)")
        }
    }

    /// KJ504
    static func socialization(_ plan: Plan, into bag: inout DiagnosticBag) {
        let p = plan.positions
        guard let s = plan.socialization else {
            guard plan.isApproved, !p.isWritten("socialization") else { return }
            bag.add(.KJ504, at: p.value("status"), "plan \(plan.year) is approved but has no `socialization`",
                    hint: "record it: `socialization: {invited_on: …, held_on: …, attendees: …}` (SOP steps 8–9)")
            return
        }
        guard let held = s.heldOn else {
            if !plan.isApproved || p.isWritten("socialization.held_on") { return }
            bag.add(.KJ504, at: p.key("socialization"), "the socialization of plan \(plan.year) has no `held_on` date",
                    hint: "add `held_on: YYYY-MM-DD` to `socialization`")
            return
        }
        if let circular = plan.circular?.on, held < circular {
            bag.add(.KJ504, at: p.value("socialization.held_on"),
                    "the socialization of plan \(plan.year) was held on \(held), before the circular of \(circular)",
                    hint: "the socialization follows the circular (SOP steps 7–9)")
        } else if let invited = s.invitedOn, held < invited {
            bag.add(.KJ504, at: p.value("socialization.held_on"),
                    "the socialization of plan \(plan.year) was held on \(held), before the invitation of \(invited)",
                    hint: "owners are invited first, then the socialization is held (SOP steps 8–9)")
        }
    }

    /// KJ505
    static func realizationsBeforeSocialization(_ plan: Plan, _ c: YearContext, into bag: inout DiagnosticBag) {
        guard let held = plan.socialization?.heldOn else { return }
        for r in c.year.realizations where r.period.endDate < held {
            bag.add(.KJ505, at: r.positions.value("period"),
                    "realization \(r.period) ends before the socialization of plan \(plan.year) on \(held)",
                    hint: "owners report after the socialization (SOP step 9); check the period or the socialization date")
        }
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
