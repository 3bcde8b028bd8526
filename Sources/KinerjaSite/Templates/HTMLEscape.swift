import Mustache

/// HTML escaping of text, done by kinerja instead of by the Mustache library: one pass over
/// the UTF-8 bytes, and no copy at all for text without `<>&"'` (most text).
enum HTMLEscape {
    static func escape(_ text: String) -> String {
        var needs = false
        for b in text.utf8 where b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for b in text.utf8 {
            switch b {
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x26: out += Array("&amp;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The content type every kinerja template renders with: the library passes values through
/// unchanged because `TemplateValue` already escapes its text (`renderText`), and HTML values
/// are markup by construction. Each template is given the pragma that selects it.
struct PreEscapedContentType: MustacheContentType {
    static let name = "KINERJA_PRE_ESCAPED"
    /// On a line of its own, so that it leaves no trace in the output (standalone tag).
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String { text }

    /// Registers the content type once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(PreEscapedContentType(), named: name)
        return true
    }()
}
