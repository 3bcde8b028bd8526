/// A deterministic estimate of rendered text width, for laying out labels without a font:
/// an average glyph of a proportional sans-serif face is about 0.6 em wide.
enum TextWidth {
    static func perCharacter(_ fontSize: Double) -> Double { fontSize * 0.6 }

    static func of(_ s: String, _ fontSize: Double) -> Double { Double(s.count) * perCharacter(fontSize) }
}
