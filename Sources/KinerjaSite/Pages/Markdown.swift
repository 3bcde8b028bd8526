import CommonMark

/// Renders CommonMark (raw HTML omitted, cmark's safe default), with its headings moved
/// so that the document's highest heading becomes `level` and fits the page's outline.
enum Markdown {
    static func html(_ text: String, topHeading level: Int) -> HTML? {
        var out = CommonMark.html(text)
        guard !out.trimmingSpaces.isEmpty else { return nil }
        if let top = CommonMark.headings(text).map(\.level).min(), top != level {
            out = shiftHeadings(out, by: level - top)
        }
        return HTML(raw: out)
    }

    /// cmark writes headings as exactly `<hN>` / `</hN>`; text `<` is always escaped, so
    /// these byte sequences are only ever heading tags. One pass over the bytes.
    static func shiftHeadings(_ html: String, by shift: Int) -> String {
        var bytes = Array(html.utf8)
        let lt = UInt8(ascii: "<"), slash = UInt8(ascii: "/"), h = UInt8(ascii: "h"), gt = UInt8(ascii: ">")
        let one = UInt8(ascii: "1"), six = UInt8(ascii: "6")
        var i = 0
        while i + 3 < bytes.count {
            if bytes[i] == lt {
                let at = bytes[i + 1] == slash ? i + 2 : i + 1
                if at + 2 < bytes.count, bytes[at] == h, (one...six).contains(bytes[at + 1]), bytes[at + 2] == gt {
                    let level = Int(bytes[at + 1] - one) + 1
                    bytes[at + 1] = one + UInt8(min(max(level + shift, 1), 6) - 1)
                    i = at + 3
                    continue
                }
            }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
