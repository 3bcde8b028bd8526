/// What `base_url` may be (docs/content.md): an absolute `http://` or `https://` URL with a
/// host (`https://kinerja.example.go.id/`), or a path that starts with a single `/`
/// (`/kinerja/`). `//host/` would send every asset link to another host and `host/kinerja`
/// would be read as a path, so both are refused.
public enum BaseURL {
    /// Why `text` is not a base URL, or nil when it is one.
    public static func problem(_ text: String) -> String? {
        let t = text.lowercased()
        for scheme in ["https://", "http://"] where t.hasPrefix(scheme) {
            let rest = t.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            if host.isEmpty { return "`base_url` `\(shown(text))` has no host after \(scheme)" }
            return invalidCharacter(text)
        }
        if t.hasPrefix("//") {
            return "`base_url` `\(shown(text))` starts with `//`: links would go to another host"
        }
        if t.hasPrefix("/") { return invalidCharacter(text) }
        if t.contains("://") { return "`base_url` `\(shown(text))` must use http:// or https://" }
        return "`base_url` `\(shown(text))` is neither an absolute http(s) URL nor a path starting with `/`"
    }

    private static func invalidCharacter(_ text: String) -> String? {
        guard let c = text.unicodeScalars.first(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" })
        else { return nil }
        return "`base_url` `\(shown(text))` contains U+\(String(c.value, radix: 16, uppercase: true).leftPadded(4))"
    }

    private static func shown(_ text: String) -> String {
        String(text.unicodeScalars.prefix(60).map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
