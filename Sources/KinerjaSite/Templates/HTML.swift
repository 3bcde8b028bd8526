/// Markup produced by Swift code (CommonMark output, SVG charts, pre-escaped fragments).
/// Only values of this type may be rendered unescaped (`{{{name}}}`); every `String` in a
/// view-model is text and is escaped.
public struct HTML: Sendable, Hashable, Encodable {
    public let raw: String

    public init(raw: String) { self.raw = raw }

    /// Text as HTML: escaped, with no markup of its own.
    public init(text: String) { raw = HTMLEscape.escape(text) }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(raw)
    }
}
