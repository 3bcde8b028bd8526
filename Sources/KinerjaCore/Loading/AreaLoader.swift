import Foundation

enum AreaLoader {
    static let known = ContentSchema.area.names

    static func load(_ path: String, display: String) -> (Area?, [Diagnostic]) {
        let file = MarkdownFile.load(path, display: display)
        guard let f = file.fields, let id = file.entityID(f) else { return (nil, file.doc.diags.items) }
        var area = Area(id: id, title: id, objective: nil, positions: f.positions)
        area.titles = f.localized("title", required: true, what: "an area") ?? LocalizedText(id)
        area.objective = f.string("objective")
        area.order = f.int("order") ?? 0
        area.body = file.body
        area.positions = f.positions
        f.warnUnknown(known, what: "an area")
        return (area, file.doc.diags.items)
    }
}
