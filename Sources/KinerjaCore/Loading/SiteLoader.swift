import Foundation
import Yams

enum SiteLoader {
    static let known = ContentSchema.site.names

    static func load(_ path: String, display: String) -> (Site?, [Diagnostic]) {
        var diags = DiagnosticBag()
        switch Entry.kind(path) {
        case .missing:
            diags.add(.KJ001, at: SourceLocation(file: display), "site.yaml is missing",
                      hint: "every content folder starts with a site.yaml naming the publisher")
            return (nil, diags.items)
        case .symlink:
            return (nil, [])  // not followed; the content folder's listing reports it
        default:
            break
        }
        guard let source = SourceText.read(path: path, display: display, limit: Limits.maxMarkdownBytes, into: &diags) else {
            return (nil, diags.items)
        }
        let doc = YAMLDocument(file: display, lineOffset: 0)
        doc.diags = diags
        let before = doc.diags.added
        guard let root = doc.parse(source.text) else {
            // An empty or comment-only site.yaml parses to nothing: its required `title`
            // is missing (docs/validation.md, KJ011).
            if doc.diags.added == before {
                doc.diags.add(.KJ011, at: SourceLocation(file: display, line: 1, column: 1),
                              "site.yaml is empty: `title` is required",
                              hint: "start site.yaml with `title: <the dashboard's name>`")
            }
            return (nil, doc.diags.items)
        }
        guard let f = Fields(root, doc: doc, what: "site.yaml") else {
            return (nil, doc.diags.items)
        }
        var site = Site(positions: f.positions)
        site.title = f.string("title", required: true, what: "site.yaml") ?? ""
        if f.has("title"), site.title.allSatisfy(\.isWhitespace) {
            doc.diags.add(.KJ011, at: f.valueLocation("title"), "`title` of site.yaml is empty: a title is required",
                          hint: "give the dashboard's name, e.g. `title: Kinerja Pengadaan Kabupaten Contoh`")
        }
        site.unit = f.string("unit") ?? ""
        site.shortName = f.string("short_name") ?? site.title
        if let url = f.string("base_url") {
            if let problem = BaseURL.problem(url) {
                doc.diags.add(.KJ014, at: f.valueLocation("base_url"), problem,
                              hint: "write an absolute URL like https://kinerja.example.go.id/ or a path like /kinerja/")
            } else {
                site.baseURL = url
            }
        }
        let langs = f.strings("languages")
        for (i, l) in langs.enumerated() where !["id", "en"].contains(l) {
            doc.diags.add(.KJ004, at: f.valueLocation("languages"), "language `\(l)` (entry \(i + 1)) is not supported; use id and en")
        }
        let good = langs.filter { ["id", "en"].contains($0) }
        if !good.isEmpty { site.languages = good }
        if let cap = f.number("achievement_cap") {
            if cap < 100 {
                doc.diags.add(.KJ004, at: f.valueLocation("achievement_cap"), "`achievement_cap` must be at least 100, found \(cap)")
            } else {
                site.achievementCap = cap
            }
        }
        if f.has("reporting_grace_days"), let days = f.number("reporting_grace_days") {
            if days < 0 || days > 366 || days.rounded() != days {
                doc.diags.add(.KJ004, at: f.valueLocation("reporting_grace_days"),
                              "`reporting_grace_days` must be a whole number of days from 0 to 366, found \(NumberText.format(days))",
                              hint: "the default is 10: a period is late 10 days after it ends")
            } else {
                site.reportingGraceDays = Int(days)
            }
        }
        if f.has("bands") {
            var bands: [Band] = []
            for (_, b) in f.mappings("bands", what: "a band") {
                guard let id = b.id("id", required: true, what: "a band"),
                      let min = b.number("min", required: true, what: "a band") else { continue }
                var label: [String: String] = [:]
                if let lf = b.mapping("label") {
                    for k in lf.keys { label[k] = lf.string(k) }
                    lf.warnUnknown(ContentSchema.site.names(of: "bands.label"), what: "a band label")
                } else if let text = b.string("label") {
                    label = ["id": text, "en": text]
                }
                b.warnUnknown(ContentSchema.site.names(of: "bands"), what: "a band")
                bands.append(Band(id: id, min: min, label: label))
            }
            let sortedDescending = zip(bands, bands.dropFirst()).allSatisfy { $0.min > $1.min }
            if !sortedDescending {
                doc.diags.add(.KJ004, at: f.valueLocation("bands"), "`bands` must be ordered highest `min` first")
            }
            if !bands.isEmpty { site.bands = bands.sorted { $0.min > $1.min } }
        }
        site.requiredAreas = f.strings("required_areas")
        var opds: [OPD] = []
        for (_, o) in f.mappings("opds", what: "an OPD") {
            // The code becomes the OPD page's path segment (`/<year>/opd/<code>/`).
            guard let code = o.id("code", required: true, what: "an OPD") else { continue }
            let name = o.string("name", required: true, what: "an OPD") ?? code
            if opds.contains(where: { $0.code == code }) {
                doc.diags.add(.KJ006, at: o.valueLocation("code"), "duplicate OPD code `\(code)`")
            }
            opds.append(OPD(code: code, name: name, short: o.string("short") ?? name))
            o.warnUnknown(ContentSchema.site.names(of: "opds"), what: "an OPD")
        }
        site.opds = opds
        f.warnUnknown(known, what: "site.yaml")
        site.positions = f.positions
        return (site, doc.diags.items)
    }
}
