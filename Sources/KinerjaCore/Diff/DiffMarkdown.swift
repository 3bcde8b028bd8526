/// `kinerja diff --format markdown`: a pull-request comment. A heading with counts, one
/// table per year (indicator · field · before → after · approval) with ✅/❌ per change,
/// then the added, removed and renamed objectives, areas and indicators.
public enum DiffMarkdown {
    public static func format(_ result: RevisionDiff.Result) -> String {
        let diff = result.diff
        var lines: [String] = [heading(diff), ""]
        lines.append("Comparing \(result.head.label) with \(result.base.label), content folder `\(result.content)`.")
        lines.append("")
        lines.append(verdict(diff))
        for side in [result.base, result.head] where side.loadErrors > 0 {
            lines.append("")
            lines.append("⚠️ The content at \(side.label) has \(plural(side.loadErrors, "loading error")); "
                + "fields that could not be read count as absent. Run `kinerja check` to see them.")
        }
        let links = Links(baseURL: result.baseURL)
        for year in diff.years where !year.changes.isEmpty || !year.items.isEmpty {
            lines += [""] + section(year, links: links)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func heading(_ diff: ContentDiff) -> String {
        let counts = [
            plural(diff.changes.count, "change") + (diff.unapproved > 0 ? " (\(diff.unapproved) unapproved)" : ""),
            "\(diff.added.count) added", "\(diff.removed.count) removed", "\(diff.renamed.count) renamed",
        ]
        return "## \(diff.unapproved > 0 ? "❌" : "✅") kinerja diff: " + counts.joined(separator: " · ")
    }

    static func verdict(_ diff: ContentDiff) -> String {
        if diff.unapproved > 0 {
            let removals = diff.items.filter { !$0.approved }.count
            let what = removals == 0 ? plural(diff.unapproved, "target or baseline change")
                : removals == diff.unapproved ? plural(removals, "removal")
                : plural(diff.unapproved - removals, "target or baseline change") + " and " + plural(removals, "removal")
            return "**\(what) of an approved plan "
                + "\(diff.unapproved == 1 ? "has" : "have") no matching `revisions` entry.** "
                + "A change after approval goes back to the Kepala UKPBJ (SOP steps 5–6); record the approval in "
                + "the plan's `revisions` before merging."
        }
        if diff.isEmpty { return "No objective, area, indicator, target or baseline changed." }
        return "Every target and baseline change and every removal of an approved plan has a matching `revisions` entry."
    }

    static func section(_ year: YearDiff, links: Links) -> [String] {
        var lines = ["### \(year.year) · \(status(year))"]
        if !year.changes.isEmpty {
            lines += ["", "| Indicator | Field | Before → after | Approval |", "|---|---|---|---|"]
            for change in year.changes {
                let indicator = links.indicator(year: year.year, id: change.indicator) + " " + cell(change.title)
                lines.append("| \(indicator) | `\(change.field)` | \(cell(change.from.description)) → "
                    + "\(cell(change.to.description)) | \(approval(change)) |")
            }
        }
        for (title, items) in [("Added", year.items.filter(\.isAdded)), ("Removed", year.items.filter(\.isRemoved)),
                               ("Renamed", year.items.filter { $0.previousTitle != nil })] where !items.isEmpty {
            lines += ["", "**\(title)**", ""]
            lines += items.map { "- " + describe($0, links: links) }
        }
        return lines
    }

    static func status(_ year: YearDiff) -> String {
        switch (year.baseStatus, year.headStatus) {
        case (nil, nil): return "no plan"
        case let (nil, head?): return "new plan (\(head.rawValue))"
        case (_?, nil): return "plan removed"
        case let (base?, head?):
            let now = base == head ? "plan \(base.rawValue)" : "plan \(base.rawValue) → \(head.rawValue)"
            return year.isChangeControlled ? now + ", changes need approval" : now + ", changes need no approval"
        }
    }

    static func approval(_ change: FieldChange) -> String {
        switch change.approval {
        case let .revision(r):
            var text = "✅ revision"
            if let on = r.on { text += " of \(on)" }
            if let by = r.approvedBy { text += ", approved by \(cell(by))" }
            return text
        case .missing:
            return "❌ no matching revision (KJ904 at `\(change.location)`)"
        case let .notRequiredDraft(status):
            return "✅ not needed: plan \(status?.rawValue ?? "missing") at base"
        case .notRequiredField:
            return "✅ not under change control"
        }
    }

    static func removal(_ item: ItemChange) -> String {
        switch item.approval {
        case let .revision(r):
            var text = "✅ revision"
            if let to = r.toID { text += " to `\(to)`" }
            if let on = r.on { text += " of \(on)" }
            if let by = r.approvedBy { text += ", approved by \(cell(by))" }
            return text
        case .missing:
            return "❌ no matching revision (KJ904)"
        case let .notRequiredDraft(status):
            return "✅ not needed: plan \(status?.rawValue ?? "missing") at base"
        case .notRequiredField:
            return "✅ not under change control"
        }
    }

    static func describe(_ item: ItemChange, links: Links) -> String {
        let name = item.isRemoved ? "`\(item.id)`" : links.item(item)
        if let old = item.previousTitle {
            let language = item.language.map { " (\($0))" } ?? ""
            return "\(item.kind.rawValue) \(name)\(language): \(cell(old.isEmpty ? "–" : old)) → \(cell(item.title.isEmpty ? "–" : item.title))"
        }
        guard item.isRemoved else { return "\(item.kind.rawValue) \(name) \(cell(item.title))" }
        return "\(item.kind.rawValue) \(name) \(cell(item.title)) · \(removal(item))"
    }

    /// Text safe inside a table cell: one line, pipes escaped.
    static func cell(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Links to the published pages, when `base_url` is set.
    struct Links {
        let root: String?

        init(baseURL: String?) {
            guard let url = baseURL?.trimmingCharacters(in: .whitespaces), !url.isEmpty else { root = nil; return }
            root = url.hasSuffix("/") ? url : url + "/"
        }

        func indicator(year: Int, id: String) -> String { link(id, "\(year)/indicators/\(id)/") }

        func item(_ item: ItemChange) -> String {
            switch item.kind {
            case .indicator: return link(item.id, "\(item.year)/indicators/\(item.id)/")
            case .area: return link(item.id, "\(item.year)/areas/\(item.id)/")
            case .objective: return "`\(item.id)`"
            }
        }

        private func link(_ id: String, _ path: String) -> String {
            guard let root else { return "`\(id)`" }
            return "[\(id)](\(root)\(path))"
        }
    }
}
