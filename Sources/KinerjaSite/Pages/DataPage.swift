/// `/data/`: the open-data files of the build, grouped by year, with what each holds.
struct DataPage: Encodable {
    struct File: Encodable {
        let name: String
        let href: String
        let format: String
        let description: String?
        let size: String
    }

    struct Group: Encodable {
        let title: String
        let files: [File]
    }

    let groups: [Group]
    let hasFiles: Bool

    static func draft(_ env: PageEnv) throws -> PageDraft {
        let layout = try Layout.make(env, route: .data, title: try env.text("data.title"), kind: "data")
        return try env.draft(.data, template: "data", layout: layout, page: try DataPage(env))
    }

    init(_ env: PageEnv) throws {
        var groups: [Group] = []
        var current: (year: Int?, perIndicator: Bool, files: [File])?
        func close() throws {
            guard let c = current else { return }
            let title: String
            if let year = c.year {
                title = try env.text(c.perIndicator ? "data.per_indicator" : "common.fiscal_year", ["year": String(year)])
            } else {
                title = try env.text("data.all_years")
            }
            groups.append(Group(title: title, files: c.files))
        }
        // `dataFiles` is already in page order: datapackage.json, then each year, newest first,
        // its per-indicator files last (a group of their own).
        for entry in env.build.dataFiles {
            let perIndicator = entry.indicator != nil
            if current == nil || current?.year != entry.year || current?.perIndicator != perIndicator {
                try close()
                current = (entry.year, perIndicator, [])
            }
            let description: String?
            if let id = entry.indicator {
                let title = entry.year.flatMap { env.content.year($0)?.indicator(id).map { env.plain($0.titles) } } ?? id
                description = try env.text("data.file.indicator", ["id": id, "title": title, "format": entry.format])
            } else {
                let key = "data.file." + entry.kind.rawValue.replacingHyphens
                description = env.l.has(key) ? try env.text(key) : nil
            }
            current?.files.append(File(
                name: entry.name, href: env.build.urls.file(entry.path), format: entry.format,
                description: description,
                size: try env.text("data.size", ["size": env.l.number(Double(entry.bytes) / 1024, fractionDigits: 1)])))
        }
        try close()
        self.groups = groups
        hasFiles = !groups.isEmpty
    }
}

extension String {
    /// `indicators-json` → `indicators_json` (a UI-string key segment).
    var replacingHyphens: String { String(map { $0 == "-" ? "_" : $0 }) }
}
