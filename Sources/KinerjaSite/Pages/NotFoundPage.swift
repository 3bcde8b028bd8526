/// `/404.html`: a page for unknown addresses, with the way back.
struct NotFoundPage: Encodable {
    let home: String

    static func draft(_ env: PageEnv) throws -> PageDraft {
        let layout = try Layout.make(env, route: .notFound, title: try env.text("notfound.title"), kind: "notfound")
        return try env.draft(.notFound, template: "404", layout: layout, page: NotFoundPage(home: env.href(.home)))
    }
}
