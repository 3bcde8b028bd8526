/// A link with text.
struct Link: Encodable, Sendable {
    let label: String
    let href: String
    var current: Bool = false
}
