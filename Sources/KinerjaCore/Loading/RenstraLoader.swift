import Foundation

/// `renstra.yaml` at the content root (docs/content.md): optional; absent means no
/// medium-term plan.
enum RenstraLoader {
    static let fileName = "renstra.yaml"
    static let known = ["title", "period", "indicators"]

    static func load(_ path: String, display: String) -> (MediumTermPlan?, [Diagnostic]) {
        guard Entry.kind(path) == .file else { return (nil, []) }
        var diags = DiagnosticBag()
        guard let source = SourceText.read(path: path, display: display, limit: Limits.maxMarkdownBytes, into: &diags) else {
            return (nil, diags.items)
        }
        let doc = YAMLDocument(file: display, lineOffset: 0)
        doc.diags = diags
        guard let root = doc.parse(source.text), let f = Fields(root, doc: doc, what: "renstra.yaml") else {
            return (nil, doc.diags.items)
        }
        let title = f.string("title")
        var years: (Int, Int)?
        if let text = f.string("period", required: true, what: "renstra.yaml") {
            let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), parts[0].count == 4, parts[1].count == 4, a < b {
                years = (a, b)
            } else {
                doc.diags.add(.KJ004, at: f.valueLocation("period"), "`period` `\(text.clipped)` is not two years like 2021-2026")
            }
        }
        var targets: [MediumTermTarget] = []
        if let list = f.mapping("indicators") {
            for key in list.keys {
                guard let entry = list.mapping(key, what: "an indicator's medium-term targets") else { continue }
                guard Identifier.isValid(key) else {
                    doc.diags.add(.KJ007, at: list.keyLocation(key), "`\(key.clipped)` is not a valid indicator id")
                    continue
                }
                var t = MediumTermTarget(id: key, target: entry.number("target", required: true, what: "an indicator's medium-term targets"),
                                         positions: entry.positions)
                for (year, value, location) in entry.numberMap("targets") {
                    guard year.count == 4, let y = Int(year) else {
                        doc.diags.add(.KJ004, at: location, "`targets` key `\(year.clipped)` is not a year", hint: "write 2024: 30")
                        continue
                    }
                    t.targets[y] = value
                }
                entry.warnUnknown(["target", "targets"], what: "an indicator's medium-term targets")
                t.positions = entry.positions
                targets.append(t)
            }
        }
        f.warnUnknown(known, what: "renstra.yaml")
        guard let (start, end) = years else { return (nil, doc.diags.items) }
        return (MediumTermPlan(title: title, startYear: start, endYear: end, indicators: targets, positions: f.positions), doc.diags.items)
    }
}
