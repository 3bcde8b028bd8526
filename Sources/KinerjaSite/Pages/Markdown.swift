import CommonMark

/// Renders CommonMark (raw HTML omitted, cmark's safe default), with its headings moved
/// so that the document's highest heading becomes `level` and fits the page's outline.
/// One parse: the levels are changed in cmark's document tree before rendering.
enum Markdown {
    static func html(_ text: String, topHeading level: Int) -> HTML? {
        let out = CommonMark.html(text, topHeading: level)
        guard !out.trimmingSpaces.isEmpty else { return nil }
        return HTML(raw: out)
    }
}
