/// SOP 5–6 applied to a diff: once a plan is approved, every change of a target or baseline
/// must come with a new `revisions` entry in HEAD's plan naming the same indicator, field,
/// from and to. So must the removal of an objective, area or indicator (a `revisions` entry
/// with `field: indicator` / `area` / `objective`, `from: OLD-ID` and `to: NEW-ID` for a new
/// id, no `to` for a removal; docs/reviewing-changes.md). Without one it is unapproved (KJ904).
public enum ChangeControl {
    /// `diff` with the approval of every change decided, and a KJ904 diagnostic per
    /// unapproved change, positioned at the changed key in HEAD's indicator file.
    public static func review(_ diff: ContentDiff, base: Content, head: Content) -> (ContentDiff, [Diagnostic]) {
        var reviewed = diff
        var diagnostics: [Diagnostic] = []
        for i in reviewed.years.indices {
            let year = reviewed.years[i]
            var unused = newRevisions(base: base.year(year.year)?.plan, head: head.year(year.year)?.plan)
            for j in reviewed.years[i].changes.indices {
                var change = reviewed.years[i].changes[j]
                if !FieldChange.isControlled(change.field) {
                    change.approval = .notRequiredField
                } else if !year.isChangeControlled {
                    change.approval = .notRequiredDraft(year.baseStatus)
                } else if let k = unused.firstIndex(where: { matches($0, change) }) {
                    change.approval = .revision(unused.remove(at: k))
                } else {
                    change.approval = .missing
                    diagnostics.append(unapproved(change, planFile: head.year(year.year)?.plan?.positions.file))
                }
                reviewed.years[i].changes[j] = change
            }
            let headPlan = head.year(year.year)?.plan
            for j in reviewed.years[i].items.indices where reviewed.years[i].items[j].isRemoved {
                var item = reviewed.years[i].items[j]
                let added = Set(year.items.filter { $0.isAdded && $0.kind == item.kind }.map(\.id))
                if !year.isChangeControlled {
                    item.approval = .notRequiredDraft(year.baseStatus)
                } else if let k = unused.firstIndex(where: { matches($0, item, added: added) }) {
                    item.approval = .revision(unused.remove(at: k))
                } else {
                    item.approval = .missing
                    let at = headPlan.map { $0.positions.key("revisions") }
                        ?? SourceLocation(file: base.year(year.year)?.plan?.positions.file ?? "\(year.year)/plan.md")
                    diagnostics.append(unapproved(item, at: at))
                }
                reviewed.years[i].items[j] = item
            }
        }
        return (reviewed, diagnostics.sorted())
    }

    /// Revisions of HEAD's plan that BASE's plan did not have (each BASE entry cancels one
    /// identical HEAD entry).
    static func newRevisions(base: Plan?, head: Plan?) -> [Revision] {
        var old = (base?.revisions ?? []).map(Identity.init)
        var out: [Revision] = []
        for revision in head?.revisions ?? [] {
            if let k = old.firstIndex(of: Identity(revision)) {
                old.remove(at: k)
            } else {
                out.append(revision)
            }
        }
        return out
    }

    /// A removal is matched by `field: <kind>`, `from: <id>` and either no `to` or a `to`
    /// that names an item of the same kind added at HEAD (the new id of a renaming).
    static func matches(_ revision: Revision, _ item: ItemChange, added: Set<String>) -> Bool {
        revision.isIDField && revision.field == item.kind.rawValue && revision.fromID == item.id
            && (revision.toID.map(added.contains) ?? true)
    }

    static func unapproved(_ item: ItemChange, at location: SourceLocation) -> Diagnostic {
        let kind = item.kind.rawValue
        let entry = "{on: YYYY-MM-DD, field: \(kind), from: \(item.id), reason: \"…\", approved_by: \"Kepala UKPBJ\"}"
        return Diagnostic(.KJ904, at: location,
                          "\(kind) \(item.id) was removed after the \(item.year) plan was approved, "
                              + "without a matching `revisions` entry",
                          hint: "once the Kepala UKPBJ approves the change (SOP 5–6), add to `revisions` in "
                              + "\(location.file): \(entry)"
                              + " (with `to: NEW-ID` when it was renamed)")
    }

    static func matches(_ revision: Revision, _ change: FieldChange) -> Bool {
        !revision.isIDField && revision.indicator == change.indicator && canonicalField(revision.field) == change.field
            && FieldValue(revision.from).matches(change.from) && FieldValue(revision.to).matches(change.to)
    }

    /// `targets.<period>` with the period written canonically.
    static func canonicalField(_ field: String) -> String {
        guard field.hasPrefix("targets."), let p = Period(String(field.dropFirst("targets.".count))) else { return field }
        return "targets.\(p)"
    }

    static func unapproved(_ change: FieldChange, planFile: String?) -> Diagnostic {
        let plan = planFile ?? "\(change.year)/plan.md"
        let entry = "{on: YYYY-MM-DD, indicator: \(change.indicator), field: \(change.field), from: \(yaml(change.from)), "
            + "to: \(yaml(change.to)), reason: \"…\", approved_by: \"Kepala UKPBJ\"}"
        return Diagnostic(.KJ904, at: change.location,
                          "\(change.field) of indicator \(change.indicator) changed from \(change.from) to \(change.to) "
                              + "after the \(change.year) plan was approved, without a matching `revisions` entry",
                          hint: "once the Kepala UKPBJ approves the change (SOP 5–6), add to `revisions` in \(plan): \(entry)")
    }

    private static func yaml(_ value: FieldValue) -> String {
        if case .absent = value { return "null" }
        return value.description
    }

    /// A revision without its position in the file.
    struct Identity: Equatable {
        let on: SimpleDate?, indicator: String, field: String, from: Double?, to: Double?, fromID: String?,
            toID: String?, reason: String?, approvedBy: String?

        init(_ r: Revision) {
            on = r.on
            indicator = r.indicator
            field = ChangeControl.canonicalField(r.field)
            from = r.from
            to = r.to
            fromID = r.fromID
            toID = r.toID
            reason = r.reason
            approvedBy = r.approvedBy
        }
    }
}
