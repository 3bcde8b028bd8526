/// `/data/`: the open-data files of the build, grouped by year, with what each holds.
struct DataPage: Encodable {
    struct File: Encodable {
        let name: String
        let href: String
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
        let files = env.build.dataFiles.filter { $0.path.hasPrefix("data/") }
        var groups: [Group] = []
        func file(_ f: DataFileInfo) throws -> File {
            let name = String(f.path.split(separator: "/").last ?? "")
            let key = "data.file." + name.replacingDots
            return File(name: name, href: env.build.urls.file(f.path),
                        description: env.l.has(key) ? try env.text(key) : nil,
                        size: try env.text("data.size", ["size": env.l.number(Double(f.size) / 1024, fractionDigits: 1)]))
        }
        let general = files.filter { $0.path.split(separator: "/").count == 2 }
        if !general.isEmpty {
            groups.append(Group(title: try env.text("data.all_years"), files: try general.map(file)))
        }
        for year in env.content.years.reversed() {
            let own = files.filter { $0.path.hasPrefix("data/\(year.year)/") }
            guard !own.isEmpty else { continue }
            groups.append(Group(title: try env.text("common.fiscal_year", ["year": String(year.year)]), files: try own.map(file)))
        }
        self.groups = groups
        hasFiles = !groups.isEmpty
    }
}

extension String {
    /// `indicators.json` → `indicators_json` (a UI-string key segment).
    var replacingDots: String { String(map { $0 == "." ? "_" : $0 }) }
}
