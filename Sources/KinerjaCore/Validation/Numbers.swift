/// Number comparison and display for messages.
enum Numbers {
    /// Equal up to rounding noise of decimal input.
    static func equal(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    /// `28`, `81.2`, `0.125` — as a plan editor wrote it.
    static func show(_ x: Double) -> String { JSONWriter.formatNumber(x) }

    /// A percentage for messages: at most two decimals (`83.33`).
    static func percent(_ x: Double) -> String { JSONWriter.formatNumber(x, places: 2) }
}
