import KinerjaCore

/// A page of the site, independent of language. Paths follow DESIGN §7 and are pretty
/// URLs: a page `2026/indicators/IK-07/` is written to `2026/indicators/IK-07/index.html`.
public enum Route: Hashable, Sendable {
    case home
    case year(Int)
    case status(Int)
    case area(Int, String)
    case indicator(Int, String)
    case opd(Int, String)
    case packages(Int)
    case package(Int, String)
    case report(Int, Period)
    case changes(Int)
    case reports
    case data
    /// The search page and its index (README, "Search").
    case search
    case searchIndex
    case notFound
    case feed

    /// The URL path below the language root, without a leading slash (`2026/status/`).
    public var path: String {
        switch self {
        case .home: return ""
        case .year(let y): return "\(y)/"
        case .status(let y): return "\(y)/status/"
        case let .area(y, id): return "\(y)/areas/\(PathSegment.safe(id))/"
        case let .indicator(y, id): return "\(y)/indicators/\(PathSegment.safe(id))/"
        case let .opd(y, code): return "\(y)/opd/\(PathSegment.safe(code))/"
        case .packages(let y): return "\(y)/packages/"
        case let .package(y, kd): return "\(y)/packages/\(PathSegment.safe(kd))/"
        case let .report(y, p): return "\(y)/reports/\(PathSegment.safe(p.description))/"
        case .changes(let y): return "\(y)/changes/"
        case .reports: return "reports/"
        case .data: return "data/"
        case .search: return "search/"
        case .searchIndex: return "search-index.json"
        case .notFound: return "404.html"
        case .feed: return "reports/feed.xml"
        }
    }

    /// The file written for the route, relative to the language root.
    public var file: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    /// Whether the route is an HTML page (listed in the sitemap).
    public var isPage: Bool {
        switch self {
        case .feed, .notFound, .searchIndex: return false
        default: return true
        }
    }
}

/// Makes a content id safe as one URL path segment. Valid ids (DESIGN §2) pass unchanged;
/// anything else is percent-encoded so that it can never climb out of its folder.
public enum PathSegment {
    public static func safe(_ s: String) -> String {
        if Identifier.isValid(s) { return s }
        var out = ""
        for b in s.utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isASCII, c.isLetter || c.isNumber || c == "-" || c == "_" {
                out.append(c)
            } else {
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
            }
        }
        return out.isEmpty ? "_" : out
    }
}
