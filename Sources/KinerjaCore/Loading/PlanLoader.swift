import Foundation

enum PlanLoader {
    static let known = ContentSchema.plan.names

    static func load(_ path: String, display: String, year: Int) -> (Plan?, [Diagnostic]) {
        let file = MarkdownFile.load(path, display: display)
        guard let f = file.fields else { return (nil, file.doc.diags.items) }
        let doc = file.doc
        var plan = Plan(year: year, positions: f.positions)
        if let y = f.int("year") {
            if y != year {
                doc.diags.add(.KJ009, at: f.valueLocation("year"), "plan year \(y) does not match its folder \(year)")
            }
        }
        plan.titles = f.localized("title") ?? LocalizedText("Rencana Kinerja \(year)")
        plan.status = f.choice("status", PlanStatus.self, required: true, what: "plan.md") ?? .draft
        plan.proposedOn = f.date("proposed_on")
        plan.approval = signoff(f, "approval")
        plan.revisionRequest = signoff(f, "revision_request")
        if let c = f.mapping("circular") {
            plan.circular = Circular(number: c.string("number"), on: c.date("on"))
            c.warnUnknown(ContentSchema.plan.names(of: "circular"), what: "`circular`")
        }
        if let s = f.mapping("socialization") {
            plan.socialization = Socialization(invitedOn: s.date("invited_on"), heldOn: s.date("held_on"),
                                               attendees: s.int("attendees"))
            s.warnUnknown(ContentSchema.plan.names(of: "socialization"), what: "`socialization`")
        }
        plan.inputs = f.strings("inputs")
        for (_, o) in f.mappings("objectives", what: "an objective") {
            guard let id = o.id("id", required: true, what: "an objective") else { continue }
            let titles = o.localized("title", required: true, what: "an objective") ?? LocalizedText(id)
            o.warnUnknown(ContentSchema.plan.names(of: "objectives"), what: "an objective")
            var objective = Objective(id: id, title: id, positions: o.positions)
            objective.titles = titles
            objective.positions = o.positions
            plan.objectives.append(objective)
        }
        for (_, r) in f.mappings("revisions", what: "a revision") {
            let on = r.date("on", required: true, what: "a revision")
            guard let field = r.string("field", required: true, what: "a revision") else { continue }
            if Revision.idFields.contains(field) {
                // Removal (no `to`) or renaming of an indicator, area or objective
                // (docs/reviewing-changes.md): `from` and `to` are ids.
                guard let from = r.id("from", required: true, what: "a revision") else { continue }
                let to = r.id("to")
                r.warnUnknown(ContentSchema.plan.names(of: "revisions"), what: "a revision")
                plan.revisions.append(Revision(on: on, indicator: r.string("indicator") ?? "", field: field,
                                               from: nil, to: nil, fromID: from, toID: to,
                                               reason: r.string("reason"), approvedBy: r.string("approved_by"),
                                               positions: r.positions))
                continue
            }
            guard let indicator = r.string("indicator", required: true, what: "a revision") else { continue }
            if !(field == "target" || field == "baseline" || (field.hasPrefix("targets.") && Period(String(field.dropFirst(8))) != nil)) {
                doc.diags.add(.KJ004, at: r.valueLocation("field"),
                              "revision `field` must be target, baseline, targets.<period>, indicator, area or objective, found `\(field)`")
                continue
            }
            let from = r.number("from", required: true, what: "a revision")
            let to = r.number("to", required: true, what: "a revision")
            r.warnUnknown(ContentSchema.plan.names(of: "revisions"), what: "a revision")
            plan.revisions.append(Revision(on: on, indicator: indicator, field: field, from: from, to: to,
                                           reason: r.string("reason"), approvedBy: r.string("approved_by"),
                                           positions: r.positions))
        }
        f.warnUnknown(known, what: "plan.md")
        plan.body = file.body
        plan.positions = f.positions
        return (plan, doc.diags.items)
    }

    private static func signoff(_ f: Fields, _ key: String) -> Signoff? {
        guard let s = f.mapping(key) else { return nil }
        s.warnUnknown(ContentSchema.plan.names(of: key), what: "`\(key)`")
        return Signoff(by: s.string("by"), on: s.date("on"), notes: s.string("notes"))
    }
}
