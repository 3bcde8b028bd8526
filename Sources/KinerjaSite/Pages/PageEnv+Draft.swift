extension PageEnv {
    /// Encodes a page's document (layout, page model, UI strings) for its template.
    func draft<P: Encodable>(_ route: Route, template: String, layout: Layout, page: P) throws -> PageDraft {
        let document = Document(layout: layout, page: page, t: TemplateValueBox(l.tree))
        return PageDraft(route: route, template: template, value: try TemplateModels.value(of: document))
    }
}
