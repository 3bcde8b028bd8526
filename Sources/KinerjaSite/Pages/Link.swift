/// A link with text: `label` as plain text, `text` as HTML that carries the label's language
/// when it is not the page's (`PageEnv.link`, docs/site.md "Languages").
struct Link: Encodable, Sendable {
    let label: String
    let href: String
    var current: Bool = false
    let text: HTML

    init(label: String, href: String, current: Bool = false) {
        self.label = label
        self.href = href
        self.current = current
        text = HTML(text: label)
    }

    init(label: String, text: HTML, href: String, current: Bool = false) {
        self.label = label
        self.href = href
        self.current = current
        self.text = text
    }
}
