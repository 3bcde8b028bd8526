import Foundation

enum AreaLoader {
    static let known = ContentSchema.area.names

    static func load(_ path: String, display: String) -> (Area?, [Diagnostic]) {
        let file = MarkdownFile.load(path, display: display)
        guard let f = file.fields, let id = file.entityID(f) else { return (nil, file.doc.diags.items) }
        let area = Area(id: id, title: f.string("title", required: true, what: "an area") ?? id,
                        objective: f.string("objective"), order: f.int("order") ?? 0,
                        body: file.body, positions: f.positions)
        f.warnUnknown(known, what: "an area")
        return (area, file.doc.diags.items)
    }
}
