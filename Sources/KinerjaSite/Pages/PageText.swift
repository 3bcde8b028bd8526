import KinerjaCore

/// Content text on a page of one language (docs/site.md, "Languages"): the text in the page's
/// language when the content has one, else the default language's. Text left in another
/// language carries its `lang` (WCAG 3.1.2): `<span lang="id">…</span>` for a title,
/// `<div lang="id">…</div>` for a body. The view-models decide it, never the templates.
extension PageEnv {
    /// The text to show, as plain text (link labels, `<title>`, attributes).
    func plain(_ text: LocalizedText) -> String {
        text.resolved(lang, fallback: site.defaultLanguage).text
    }

    /// The text to show, escaped, inside `<span lang>` when written in another language.
    func html(_ text: LocalizedText) -> HTML {
        let (shown, written) = text.resolved(lang, fallback: site.defaultLanguage)
        return PageText.inline(shown, written: written, page: lang)
    }

    /// Content text that is never translated (package names, methods, owners, formulas,
    /// data sources, analysis texts): written in the default language, so escaped and inside
    /// `<span lang>` on a page of another language (docs/site.md, "Languages").
    func html(_ text: String) -> HTML {
        PageText.inline(text, written: site.defaultLanguage, page: lang)
    }

    /// The language `text` is shown in on this page when that is not the page's own, else nil:
    /// for a `lang` attribute on an element whose attributes or options carry the text.
    func otherLanguage(_ text: LocalizedText) -> String? {
        let written = text.resolved(lang, fallback: site.defaultLanguage).lang
        return written == lang ? nil : written
    }

    /// The default language on a page of another language, else nil: the `lang` of an element
    /// that holds untranslated content text in an attribute (`title`, `content`).
    var untranslatedLanguage: String? { lang == site.defaultLanguage ? nil : site.defaultLanguage }

    /// A body in the page's language: its `<name>.<lang>.md` companion when there is one,
    /// else the default body, inside `<div lang>` when the page is in another language.
    func body(_ main: String, _ bodies: [String: String], topHeading level: Int) -> HTML? {
        if lang != site.defaultLanguage, let own = bodies[lang], let html = Markdown.html(own, topHeading: level) {
            return html
        }
        guard let html = Markdown.html(main, topHeading: level) else { return nil }
        return PageText.block(html, written: site.defaultLanguage, page: lang)
    }
}

extension PageEnv {
    /// Markdown written in the default language (sections taken from a body by their
    /// headings, docs/reports.md), inside `<div lang>` on a page of another language.
    func defaultLanguageBlock(_ markdown: String, topHeading level: Int) -> HTML? {
        Markdown.html(markdown, topHeading: level).map { PageText.block($0, written: site.defaultLanguage, page: lang) }
    }
}

enum PageText {
    /// `text` escaped; wrapped in `<span lang>` unless written in the page's language.
    static func inline(_ text: String, written: String, page: String) -> HTML {
        let escaped = HTMLEscape.escape(text)
        guard written != page, !text.isEmpty else { return HTML(raw: escaped) }
        return HTML(raw: "<span lang=\"\(HTMLEscape.escape(written))\">\(escaped)</span>")
    }

    /// `html` wrapped in `<div lang>` unless written in the page's language.
    static func block(_ html: HTML, written: String, page: String) -> HTML {
        guard written != page else { return html }
        return HTML(raw: "<div lang=\"\(HTMLEscape.escape(written))\">\(html.raw)</div>")
    }
}

extension PageEnv {
    /// Values in the page's language, with each indicator's unit in it when it has one.
    var values: ValueText { ValueText(l: l, defaultLanguage: site.defaultLanguage) }

    /// The indicator with its title and unit in the page's language, for the charts (which
    /// take one text of each and know no languages).
    func displayed(_ indicator: Indicator) -> Indicator {
        var shown = indicator
        shown.titles = LocalizedText(plain(indicator.titles))
        shown.units = indicator.units.map { LocalizedText(plain($0)) }
        return shown
    }
}

extension PageEnv {
    /// A link to content whose label may be in another language.
    func link(_ label: LocalizedText, href: String, current: Bool = false) -> Link {
        Link(label: plain(label), text: html(label), href: href, current: current)
    }

    /// A link to content that may be missing: its title, else `fallback` (an id) as it is.
    func link(_ label: LocalizedText?, or fallback: String, href: String, current: Bool = false) -> Link {
        label.map { link($0, href: href, current: current) } ?? Link(label: fallback, href: href, current: current)
    }
}
