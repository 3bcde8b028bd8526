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
            switch u.value {
            case 0x09, 0x0A, 0x0D: out.append(u)
            case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
            default: out.append(u)
            }
        }
        return String(out)
    }
}
