import Foundation
import Yams

/// Reads an area-map file (YAML): an ordered list of rules such as
///
/// ```yaml
/// - {area: waktu, metode_pengadaan: Tender}
/// - {area: pdn-umk, jenis_pengadaan: Barang, pagu_max: 200000000}
/// - {area: layanan, kd_satker: ["1.02.01", "1.03.01"]}
/// - {area: biaya}        # no condition: every package left
/// ```
enum AreaMapLoader {
    static let known = ["area"] + AreaMap.textFields + ["pagu_min", "pagu_max"]

    /// - Parameter areas: the year's area ids; a rule naming another area is an error (KJ601).
    static func load(_ url: URL, display: String, areas: [String], into diags: inout DiagnosticBag) -> AreaMap? {
        guard let source = SourceText.read(url, display: display, limit: Limits.maxMarkdownBytes, into: &diags) else {
            return nil
        }
        let doc = YAMLDocument(file: display, lineOffset: 0)
        defer { diags.merge(doc.diags) }
        guard let root = doc.parse(source.text) else { return doc.diags.hasErrors ? nil : AreaMap(rules: []) }
        if root.isNull { return AreaMap(rules: []) }
        guard case let .sequence(items) = root else {
            doc.diags.add(.KJ004, at: doc.location(root), "an area map must be a list of rules, found \(root.kindName)",
                          hint: "write one rule per line: `- {area: waktu, metode_pengadaan: Tender}`")
            return nil
        }
        var rules: [AreaMap.Rule] = []
        for item in items {
            guard doc.spend(item), let f = Fields(item, doc: doc, what: "an area-map rule") else { continue }
            if let rule = rule(f, doc: doc, areas: areas) { rules.append(rule) }
        }
        return doc.diags.hasErrors ? nil : AreaMap(rules: rules)
    }

    private static func rule(_ f: Fields, doc: YAMLDocument, areas: [String]) -> AreaMap.Rule? {
        // A misspelt condition (`metod:`) would leave the rule matching every package:
        // an error, and nothing is written (docs/data-entry.md).
        for key in f.order where !known.contains(key) {
            doc.diags.add(.KJ004, at: f.keyLocation(key),
                          "unknown field `\(key.prefix(40))` in an area-map rule: the rule would match packages it does not name",
                          hint: Suggestion.hint(key, in: known) ?? "known fields: \(known.joined(separator: ", "))")
        }
        guard let area = f.id("area", required: true, what: "an area-map rule") else { return nil }
        if !areas.contains(area) {
            doc.diags.add(.KJ601, at: f.valueLocation("area"), "area-map rule names an unknown area `\(area)`",
                          hint: Suggestion.hint(area, in: areas) ?? "areas of the year: \(areas.joined(separator: ", "))")
        }
        var rule = AreaMap.Rule(area: area, location: f.origin)
        for field in AreaMap.textFields where f.has(field) {
            rule.texts.append((field, f.strings(field).map { String(Substring($0).trimmingSpaces()) }))
        }
        rule.paguMin = amount("pagu_min", f, doc: doc)
        rule.paguMax = amount("pagu_max", f, doc: doc)
        if let min = rule.paguMin, let max = rule.paguMax, min > max {
            doc.diags.add(.KJ004, at: f.valueLocation("pagu_max"), "`pagu_max` (\(NumberText.format(max))) is below `pagu_min` (\(NumberText.format(min)))")
        }
        return rule
    }

    /// An amount in rupiah: `200000000` or `200.000.000`.
    private static func amount(_ key: String, _ f: Fields, doc: YAMLDocument) -> Double? {
        guard let text = f.string(key) else { return nil }
        guard let v = NumberParser.parse(text, groupedDots: true), v >= 0 else {
            doc.diags.add(.KJ004, at: f.valueLocation(key), "`\(key)` must be an amount in rupiah, found `\(text.prefix(40))`",
                          hint: "write amounts like 200000000 or 200.000.000")
            return nil
        }
        return v
    }
}
