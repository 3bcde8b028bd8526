/// `/sitemap.xml` (every page in every language, with its language alternates) and
/// `/robots.txt`.
struct Sitemap: Encodable {
    struct Alternate: Encodable {
        let lang: String
        let href: String
    }

    struct Entry: Encodable {
        let loc: String
        let alternates: [Alternate]
    }

    let entries: [Entry]

    init(routes: [Route], build: BuildContext) {
        let languages = build.site.languages
        entries = routes.filter(\.isPage).flatMap { route in
            let alternates = languages.map { Alternate(lang: $0, href: build.urls.absolute(route, $0)) }
            return languages.map { Entry(loc: build.urls.absolute(route, $0), alternates: languages.count > 1 ? alternates : []) }
        }.sorted { $0.loc < $1.loc }
    }
}

struct Robots: Encodable {
    let sitemap: String
}
