import CommonMark
import KinerjaCore

/// Renders CommonMark (raw HTML omitted, cmark's safe default), with its headings moved
/// so that the document's highest heading becomes `level` and fits the page's outline.
/// One parse: the levels are changed in cmark's document tree before rendering.
enum Markdown {
    static func html(_ text: String, topHeading level: Int) -> HTML? {
        let out = CommonMark.html(withoutControls(text), topHeading: level)
        guard !out.trimmingSpaces.isEmpty else { return nil }
        return HTML(raw: out)
    }

    /// C0 and C1 control characters (other than tab and line breaks) and DEL become U+FFFD:
    /// HTML does not allow them in a page, and `check` has flagged each (KJ015,
    /// docs/validation.md "Control and bidirectional characters").
    static func withoutControls(_ text: String) -> String {
        guard UnsafeCharacters.contains(text) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            out.append(UnsafeCharacters.isControl(u) ? "\u{FFFD}" : u)
        }
        return String(out)
    }
}
