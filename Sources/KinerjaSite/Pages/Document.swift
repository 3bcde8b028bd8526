/// What a page template receives: the shared layout, the page's own view-model and the
/// UI strings (`{{t.nav.home}}`).
struct Document<Page: Encodable>: Encodable {
    let layout: Layout
    let page: Page
    let t: TemplateValueBox
}

/// A page ready to render: template name, route and model.
struct PageDraft: Sendable {
    let route: Route
    let template: String
    let value: TemplateValue
}
