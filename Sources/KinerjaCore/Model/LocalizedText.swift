/// A short content text that may be written once (`title: Pengadaan tepat waktu`) or per
/// language (`title: {id: Pengadaan tepat waktu, en: Timely procurement}`), docs/content.md
/// "Texts in more than one language". A text written once is in the site's default language.
public struct LocalizedText: Sendable, Hashable {
    /// The text written once, without a language.
    public let plain: String?
    /// The texts per language code (`id`, `en`).
    public let byLanguage: [String: String]

    /// The language codes a language map may use.
    public static let languages = ["id", "en"]

    public init(_ plain: String) {
        self.plain = plain
        byLanguage = [:]
    }

    public init(languages: [String: String]) {
        plain = nil
        byLanguage = languages
    }

    /// Whether the text was written per language.
    public var isMap: Bool { plain == nil }

    /// The text in the default language: the plain text, else `id`, else any (`en`).
    public var text: String { plain ?? byLanguage["id"] ?? byLanguage["en"] ?? byLanguage.values.sorted().first ?? "" }

    /// The text to show on a page in `lang`, and the language it is written in: the text in
    /// `lang` when there is one, else the default language's (`fallback`), else any.
    public func resolved(_ lang: String, fallback: String) -> (text: String, lang: String) {
        if let plain { return (plain, fallback) }
        if let t = byLanguage[lang] { return (t, lang) }
        if let t = byLanguage[fallback] { return (t, fallback) }
        for code in Self.languages { if let t = byLanguage[code] { return (t, code) } }
        if let (code, t) = byLanguage.sorted(by: { $0.key < $1.key }).first { return (t, code) }
        return ("", fallback)
    }

    /// The text in `lang` when written in it (nil for a plain text in another language).
    public func text(in lang: String, defaultLanguage: String) -> String? {
        if let plain { return lang == defaultLanguage ? plain : nil }
        return byLanguage[lang]
    }
}
