/// `kinerja diff --format json`: DESIGN §8's contract
/// `{"changes":[{"year":…,"indicator":…,"field":…,"from":…,"to":…,"approved":…}],"unapproved":…}`,
/// followed by the added, removed and renamed objectives, areas and indicators.
public enum DiffJSON {
    public static func format(_ diff: ContentDiff) -> String {
        let w = JSONWriter()
        w.object {
            w.key("changes")
            w.array {
                for change in diff.changes {
                    w.object {
                        w.key("year"); w.int(change.year)
                        w.key("indicator"); w.string(change.indicator)
                        w.key("field"); w.string(change.field)
                        w.key("from"); value(change.from, w)
                        w.key("to"); value(change.to, w)
                        w.key("approved"); w.bool(change.approved)
                    }
                }
            }
            w.key("unapproved"); w.int(diff.unapproved)
            w.key("added"); items(diff.added, w)
            w.key("removed"); items(diff.removed, w, approval: true)
            w.key("renamed")
            w.array {
                for item in diff.renamed {
                    w.object {
                        w.key("year"); w.int(item.year)
                        w.key("kind"); w.string(item.kind.rawValue)
                        w.key("id"); w.string(item.id)
                        w.key("from"); w.string(item.previousTitle ?? "")
                        w.key("to"); w.string(item.title)
                        if let language = item.language { w.key("lang"); w.string(language) }
                    }
                }
            }
        }
        return w.output + "\n"
    }

    private static func items(_ list: [ItemChange], _ w: JSONWriter, approval: Bool = false) {
        w.array {
            for item in list {
                w.object {
                    w.key("year"); w.int(item.year)
                    w.key("kind"); w.string(item.kind.rawValue)
                    w.key("id"); w.string(item.id)
                    w.key("title"); w.string(item.title)
                    if approval {
                        w.key("approved"); w.bool(item.approved)
                        if case let .revision(r) = item.approval, let to = r.toID {
                            w.key("to"); w.string(to)
                        }
                    }
                }
            }
        }
    }

    private static func value(_ v: FieldValue, _ w: JSONWriter) {
        switch v {
        case let .number(x): w.number(x)
        case let .text(s): w.string(s)
        case .absent: w.null()
        }
    }
}
