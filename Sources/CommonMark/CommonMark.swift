import CCmark

/// The only file that touches cmark's C API.
///
/// Renders CommonMark to HTML with cmark's safe default: raw HTML and
/// dangerous URLs (`javascript:` and friends) are omitted.
public enum CommonMark {
    /// A heading found in the document, for tables of contents.
    public struct Heading: Sendable, Equatable {
        public let level: Int
        public let text: String
    }

    /// Renders `markdown` to an HTML fragment. Raw HTML is replaced by a comment.
    public static func html(_ markdown: String) -> String {
        var bytes = Array(markdown.utf8)
        if bytes.isEmpty { return "" }
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
        let rendered: String? = bytes.withUnsafeMutableBufferPointer { buf -> String? in
            guard let base = buf.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { cstr in
                guard let out = cmark_markdown_to_html(cstr, buf.count, options) else { return nil }
                defer { free(out) }
                return String(cString: out)
            }
        }
        return rendered ?? ""
    }

    /// Renders `markdown` to an HTML fragment with its headings moved so that the highest
    /// one becomes level `top` (levels stay within 1–6). One parse: the levels are changed
    /// in the document tree before rendering.
    public static func html(_ markdown: String, topHeading top: Int) -> String {
        var bytes = Array(markdown.utf8)
        if bytes.isEmpty { return "" }
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
        let doc: OpaquePointer? = bytes.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { cmark_parse_document($0, buf.count, options) }
            }
        }
        guard let doc else { return "" }
        defer { cmark_node_free(doc) }
        var headings: [OpaquePointer] = []
        if let iter = cmark_iter_new(doc) {
            while true {
                let event = cmark_iter_next(iter)
                if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
                if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter),
                   cmark_node_get_type(node) == CMARK_NODE_HEADING {
                    headings.append(node)
                }
            }
            cmark_iter_free(iter)
        }
        if let highest = headings.map({ Int(cmark_node_get_heading_level($0)) }).min(), highest != top {
            let shift = top - highest
            for node in headings {
                let level = Int(cmark_node_get_heading_level(node))
                _ = cmark_node_set_heading_level(node, Int32(min(max(level + shift, 1), 6)))
            }
        }
        guard let out = cmark_render_html(doc, options) else { return "" }
        defer { free(out) }
        return String(cString: out)
    }

    /// Whether the Markdown has any visible text (not only whitespace or comments).
    public static func hasText(_ markdown: String) -> Bool {
        plainText(markdown).contains { !$0.isWhitespace }
    }

    /// The plain text of the document (all text and code nodes, space-separated).
    public static func plainText(_ markdown: String) -> String {
        var parts: [String] = []
        walk(markdown) { type, node in
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK,
               let lit = cmark_node_get_literal(node) {
                parts.append(String(cString: lit))
            }
        }
        return parts.joined(separator: " ")
    }

    /// Headings in document order.
    public static func headings(_ markdown: String) -> [Heading] {
        var result: [Heading] = []
        var current: (level: Int, text: String)?
        walkEvents(markdown) { event, type, node in
            if type == CMARK_NODE_HEADING {
                if event == CMARK_EVENT_ENTER {
                    current = (Int(cmark_node_get_heading_level(node)), "")
                } else if let c = current {
                    result.append(Heading(level: c.level, text: c.text))
                    current = nil
                }
            } else if event == CMARK_EVENT_ENTER, current != nil,
                      type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE,
                      let lit = cmark_node_get_literal(node) {
                current?.text += String(cString: lit)
            }
        }
        return result
    }

    private static func walk(_ markdown: String, _ visit: (cmark_node_type, OpaquePointer) -> Void) {
        walkEvents(markdown) { event, type, node in
            if event == CMARK_EVENT_ENTER { visit(type, node) }
        }
    }

    private static func walkEvents(
        _ markdown: String,
        _ visit: (cmark_event_type, cmark_node_type, OpaquePointer) -> Void
    ) {
        let bytes = Array(markdown.utf8)
        guard !bytes.isEmpty else { return }
        let doc: OpaquePointer? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    cmark_parse_document($0, buf.count, CMARK_OPT_DEFAULT)
                }
            }
        }
        guard let doc else { return }
        defer { cmark_node_free(doc) }
        guard let iter = cmark_iter_new(doc) else { return }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            visit(event, cmark_node_get_type(node), node)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
