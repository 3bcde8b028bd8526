/// A UI pattern with `{name}` placeholders, e.g. `Triwulan {roman} {year}`.
public struct Pattern: Sendable, Hashable {
    public let text: String

    public init(_ text: String) { self.text = text }

    /// The pattern with each `{name}` replaced by `values[name]`; unknown placeholders stay as written.
    /// (Scans UTF-8 bytes: this runs for every number, date and period on every page.)
    public func fill(_ values: [String: String]) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var rest = Substring(text)
        guard rest.utf8.contains(open) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        while let o = rest.utf8.firstIndex(of: open) {
            out += rest[..<o]
            let afterOpen = rest.utf8.index(after: o)
            guard let c = rest.utf8[afterOpen...].firstIndex(of: close) else {
                rest = rest[o...]
                break
            }
            let name = String(rest[afterOpen..<c])
            out += values[name] ?? "{\(name)}"
            rest = rest[rest.utf8.index(after: c)...]
        }
        out += rest
        return out
    }

    /// The pattern as HTML: its own text escaped, each `{name}` replaced by `values[name]` as it
    /// is (HTML the caller made, e.g. a title inside `<span lang="id">`); unknown placeholders
    /// stay as written, escaped.
    public func fill(html values: [String: HTML]) -> HTML {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            out += HTMLEscape.escape(String(rest[..<open]))
            let name = String(rest[afterOpen..<close])
            out += values[name]?.raw ?? HTMLEscape.escape("{\(name)}")
            rest = rest[rest.index(after: close)...]
        }
        out += HTMLEscape.escape(String(rest))
        return HTML(raw: out)
    }

    /// The placeholder names used in the pattern, in order.
    public var placeholders: [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            names.append(String(rest[afterOpen..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
