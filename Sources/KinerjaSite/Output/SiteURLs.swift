/// Builds links. Every link is root-relative and starts with the base URL's path, so a
/// site built for `https://host/kinerja/` works under `/kinerja/`; absolute URLs (sitemap,
/// feed, canonical links) are made only when the base URL has a scheme and host.
public struct SiteURLs: Sendable {
    /// The base path, always starting and ending with `/` (`/` or `/kinerja/`).
    public let basePath: String
    /// `https://host` when known, without a trailing slash.
    public let origin: String?
    /// Language served at the root; others are served at `/<lang>/`.
    public let defaultLanguage: String

    public init(baseURL: String?, defaultLanguage: String) {
        self.defaultLanguage = defaultLanguage
        let (origin, path) = Self.split(baseURL ?? "/")
        self.origin = origin
        self.basePath = path
    }

    /// Root-relative link to a route in a language (`/kinerja/en/2026/status/`).
    public func href(_ route: Route, _ language: String) -> String {
        basePath + prefix(language) + route.path
    }

    /// Output file of a route in a language (`en/2026/status/index.html`).
    public func file(_ route: Route, _ language: String) -> String {
        prefix(language) + route.file
    }

    /// Absolute URL of a route, when the origin is known; else the root-relative link.
    public func absolute(_ route: Route, _ language: String) -> String {
        (origin ?? "") + href(route, language)
    }

    /// Absolute URL (or root-relative link) of a site file such as `sitemap.xml`.
    public func absolute(file: String) -> String { (origin ?? "") + basePath + file }

    /// Link to a file outside the language tree (`assets/site.css`, `data/2026/indicators.csv`).
    public func file(_ relative: String) -> String { basePath + relative }

    private func prefix(_ language: String) -> String {
        language == defaultLanguage ? "" : PathSegment.safe(language) + "/"
    }

    /// Splits `https://host:8080/a/b` into (`https://host:8080`, `/a/b/`).
    static func split(_ url: String) -> (String?, String) {
        var rest = Substring(url.trimmingSpaces)
        var origin: String?
        if let schemeEnd = rest.range(of: "://") {
            let afterScheme = rest[schemeEnd.upperBound...]
            let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            origin = String(rest[..<hostEnd])
            rest = afterScheme[hostEnd...]
        }
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return (origin, path)
    }
}
