/// The fields of every content file kind, as the loaders read them: the loaders' lists of
/// known fields come from these tables (`names`, `names(of:)`), and so do the JSON Schemas
/// editors use while typing (`JSONSchema`, docs/content.md "Editor help").
public struct ContentSchema: Sendable {
    /// What a field holds, as the loader's getter reads it (`Fields`).
    public indirect enum Kind: Sendable {
        /// `Fields.string`.
        case text
        /// `Fields.number`: a YAML number or a text such as `81,2`.
        case number
        /// `Fields.int`.
        case integer
        /// An amount in rupiah with thousands dots (`1.250.000`).
        case amount
        /// `Fields.date`: YYYY-MM-DD.
        case date
        /// `Fields.period`: 2026, 2026-S1, 2026-Q1 or 2026-03.
        case period
        /// `Fields.id` (DESIGN §2 pattern).
        case id
        /// `Fields.choice`: one of the values.
        case choice([String])
        /// `Fields.strings`: a list of texts, or one text.
        case texts
        /// `Fields.mapping`.
        case mapping([Field])
        /// `Fields.mappings`: a list of mappings.
        case list([Field])
        /// `Fields.numberMap`: keys to numbers.
        case numberMap
        /// Either form (e.g. `owner: Kepala UKPBJ` or `owner: {name: …, role: …}`).
        case either(Kind, Kind)
    }

    public struct Field: Sendable {
        public let name: String
        public let kind: Kind
        public let required: Bool
        public let summary: String

        public init(_ name: String, _ kind: Kind, required: Bool = false, _ summary: String) {
            self.name = name
            self.kind = kind
            self.required = required
            self.summary = summary
        }
    }

    /// The kind's name (`indicator`): the schema is `/schemas/<name>.schema.json`.
    public let name: String
    public let title: String
    /// Where files of this kind stand in the content folder (globs).
    public let files: [String]
    public let fields: [Field]

    /// The field names, in order (the loader's known fields).
    public var names: [String] { fields.map(\.name) }

    /// The names inside the mapping (or list of mappings) `key`; `a.b` for deeper ones.
    public func names(of key: String) -> [String] {
        var current = fields
        for part in key.split(separator: ".") {
            guard let f = current.first(where: { $0.name == part }) else { return [] }
            current = Self.members(f.kind)
        }
        return current.map(\.name)
    }

    private static func members(_ kind: Kind) -> [Field] {
        switch kind {
        case let .mapping(f), let .list(f): return f
        case let .either(a, b): return members(a) + members(b)
        default: return []
        }
    }

    /// A text written once or per language (`Fields.localized`, docs/content.md).
    static let localized: Kind = .either(.text, .mapping([
        Field("id", .text, "the text in Indonesian"), Field("en", .text, "the text in English"),
    ]))

    static func cases<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> Kind where E.RawValue == String {
        .choice(E.allCases.map(\.rawValue))
    }

    /// Every kind, in the order of docs/content.md.
    public static let all = [site, plan, area, indicator, package, realization, report]

    public static let site = ContentSchema(name: "site", title: "site.yaml", files: ["content/site.yaml"], fields: [
        Field("title", localized, required: true, "the publisher's site title"),
        Field("unit", localized, "the procurement unit's full name"),
        Field("short_name", localized, "a short name for headers"),
        Field("base_url", .text, "the published address, e.g. https://kinerja.example.go.id/"),
        Field("languages", .texts, "site languages: id, en (the first is the default)"),
        Field("achievement_cap", .number, "the highest capaian shown, at least 100"),
        Field("reporting_grace_days", .integer, "days after a period's end before it counts as late (default 10)"),
        Field("license", .text, "the licence of the open data and pages, an SPDX id (default CC-BY-4.0)"),
        Field("bands", .list([
            Field("id", .id, required: true, "band id"),
            Field("min", .number, required: true, "lowest capaian of the band"),
            Field("label", .either(.text, .mapping([Field("id", .text, "Indonesian label"), Field("en", .text, "English label")])),
                  "the band's name"),
        ]), "capaian bands, highest min first"),
        Field("required_areas", .texts, "area ids every year must have"),
        Field("opds", .list([
            Field("code", .id, required: true, "the OPD's kd_satker"),
            Field("name", localized, required: true, "the OPD's name"),
            Field("short", localized, "a short name"),
        ]), "the OPDs (work units)"),
    ])

    static let signoff: Kind = .mapping([
        Field("by", .text, "who (role title)"), Field("on", .date, "when"), Field("notes", .text, "notes"),
    ])

    public static let plan = ContentSchema(name: "plan", title: "plan.md", files: ["content/*/plan.md"], fields: [
        Field("year", .integer, "the plan's year (its folder's)"),
        Field("title", localized, "the plan's title"),
        Field("status", cases(PlanStatus.self), required: true, "the plan's approval status"),
        Field("proposed_on", .date, "when the plan was proposed"),
        Field("approval", signoff, "the approval (SOP step 6)"),
        Field("revision_request", signoff, "the revision request"),
        Field("circular", .mapping([Field("number", .text, "the circular's number"), Field("on", .date, "its date")]),
              "the circular (SOP step 7)"),
        Field("socialization", .mapping([
            Field("invited_on", .date, "invitation date"), Field("held_on", .date, "meeting date"),
            Field("attendees", .integer, "number of attendees"),
        ]), "the socialization (SOP steps 8–9)"),
        Field("inputs", .texts, "documents the plan draws on"),
        Field("objectives", .list([Field("id", .id, required: true, "objective id"), Field("title", localized, required: true, "title")]),
              "the plan's objectives"),
        Field("revisions", .list([
            Field("on", .date, required: true, "date of the change"),
            Field("indicator", .text, "indicator id (required for target, baseline and targets.<period>)"),
            Field("field", .text, required: true, "target, baseline, targets.<period>, indicator, area or objective"),
            Field("from", .either(.number, .id), required: true, "the value before, or the id removed or renamed"),
            Field("to", .either(.number, .id), "the value after, or the new id (none for a removal)"),
            Field("reason", .text, "why"), Field("approved_by", .text, "who approved it"),
        ]), "approved changes of targets and baselines, removals and renamings of ids"),
    ])

    public static let area = ContentSchema(name: "area", title: "an area", files: ["content/*/areas/*.md"], fields: [
        Field("id", .id, "the area's id (the file name by default)"),
        Field("title", localized, required: true, "the area's title"),
        Field("objective", .text, "the objective id it serves"),
        Field("order", .integer, "position in lists"),
    ])

    public static let indicator = ContentSchema(name: "indicator", title: "an indicator", files: ["content/*/indicators/*.md"], fields: [
        Field("id", .id, "the indicator's id (the file name by default)"),
        Field("title", localized, required: true, "the indicator's title"),
        Field("area", .text, "the area id"),
        Field("unit", localized, "unit of the values, e.g. %, hari (or per language: {id: hari, en: days})"),
        Field("polarity", cases(Polarity.self), "whether higher or lower is better"),
        Field("frequency", cases(Frequency.self), "how often it is measured"),
        Field("aggregation", cases(Aggregation.self), "how rows combine"),
        Field("per", cases(Level.self), "rows per unit or per package"),
        Field("scale", .number, "values are multiplied by it (greater than 0)"),
        Field("formula", localized, "how the value is computed"),
        Field("data_source", localized, "where the data comes from"),
        Field("owner", .either(.text, .mapping([Field("name", .text, "role title"), Field("role", .text, "role")])),
              "the Penanggung Jawab Kinerja"),
        Field("baseline", .either(.number, .mapping([
            Field("value", .number, required: true, "baseline value"), Field("year", .integer, required: true, "its year"),
        ])), "the baseline"),
        Field("target", .either(.number, .mapping([
            Field("min", .number, required: true, "lowest value of the target range"),
            Field("max", .number, required: true, "highest value of the target range"),
        ])), "the year's target: a number, or a range {min, max}"),
        Field("standard", .either(.number, .mapping([
            Field("value", .number, required: true, "the standard's value"), Field("source", .text, "where it is set"),
        ])), "a national standard to compare with in reports (docs/reports.md)"),
        Field("continues", .id, "the id this indicator had in an earlier year"),
        Field("targets", .numberMap, "targets per period (2026-Q1: 30)"),
        Field("compute", .mapping([
            Field("from", .choice(Compute.sources), required: true, "the records the rows are computed from: spse"),
            Field("value", .text, "an expression over SPSE fields giving each package's value, e.g. days(tgl_penetapan_pemenang - tgl_pengumuman_tender)"),
            Field("numerator", .text, "ratio indicators: the numerator's expression, e.g. pagu - nilai_kontrak"),
            Field("denominator", .text, "ratio indicators: the denominator's expression, e.g. pagu"),
        ]), "rows computed by `kinerja import spse` (docs/data-entry.md)"),
        Field("actions", .list([
            Field("id", .id, required: true, "action id"), Field("title", localized, required: true, "title"),
            Field("owner", .text, "who"), Field("due", .date, "due date"),
            Field("targets", .numberMap, "percent of the action done by the end of each period (2026-Q1: 25)"),
        ]), "the action plan"),
    ])

    public static let package = ContentSchema(name: "package", title: "a package", files: ["content/*/packages/*.md"], fields: [
        Field("kd_rup", .id, "the package's RUP code (the file name by default)"),
        Field("nama_paket", .text, required: true, "package name"),
        Field("kd_satker", .text, required: true, "the OPD's code"),
        Field("nama_satker", .text, "the OPD's name"),
        Field("pagu", .amount, required: true, "budget in rupiah"),
        Field("metode_pengadaan", .text, required: true, "procurement method"),
        Field("jenis_pengadaan", .text, "procurement type"),
        Field("sumber_dana", .text, "source of funds"),
        Field("mak", .text, "budget account codes (mata anggaran kegiatan), `; `-joined; filled by `import sirup --funding`"),
        Field("status_pdn", .text, "domestic product status"),
        Field("status_ukm", .text, "small business status"),
        Field("tgl_awal_pemilihan", .date, "selection start date"),
        Field("area", .text, "the area id"),
        Field("id", .id, "same as kd_rup"),
    ])

    static let row: [Field] = [
        Field("indicator", .text, required: true, "indicator id"),
        Field("package", .text, "kd_rup (package rows)"),
        Field("value", .number, "the value"),
        Field("numerator", .number, "ratio numerator"),
        Field("denominator", .number, "ratio denominator"),
        Field("note", .text, "a note"),
    ]

    public static let realization = ContentSchema(name: "realization", title: "a realization",
                                                  files: ["content/*/realizations/*.md"], fields: [
        Field("period", .period, "the period reported"),
        Field("reported_on", .date, "when it was reported"),
        Field("reported_by", .text, "who reported it"),
        Field("values", .list(row), "rows per indicator"),
        Field("packages", .list(row), "rows per package"),
        Field("data", .text, "a CSV file of rows beside this one"),
        Field("actions", .list([
            Field("id", .text, required: true, "action id"), Field("status", cases(ActionStatus.self), "status"),
            Field("progress", .number, "progress 0–100"), Field("note", .text, "a note"),
        ]), "progress of actions"),
        Field("budget", .list([
            Field("area", .text, "area id"), Field("action", .text, "action id"),
            Field("pagu", .amount, "budget ceiling in rupiah"), Field("realisasi", .amount, "budget spent in rupiah"),
        ]), "budget per area or action"),
    ])

    public static let report = ContentSchema(name: "report", title: "a report", files: ["content/*/reports/*.md"], fields: [
        Field("period", .period, "the period reported on"),
        Field("status", cases(ReportStatus.self), "draft or final"),
        Field("prepared_by", .text, "who prepared it"),
        Field("presented", .mapping([Field("on", .date, required: true, "date"), Field("to", .text, "to whom")]),
              "the presentation"),
        Field("recommendations", .list([
            Field("indicator", .text, "indicator id"), Field("text", .text, required: true, "text"),
            Field("id", .id, "recommendation id (default <period>-R<n>)"), Field("owner", .text, "who follows it up"),
            Field("due", .date, "due date"),
        ]), "recommendations"),
        Field("analysis", .list([
            Field("indicator", .text, required: true, "indicator id"), Field("causes", .text, "why met or missed"),
            Field("solutions", .text, "what is done about it"),
        ]), "causes and solutions per indicator"),
        Field("follow_up", .list([
            Field("recommendation", .text, required: true, "recommendation id"),
            Field("status", cases(FollowUpStatus.self), required: true, "done, in_progress or dropped"),
            Field("note", .text, "a note"),
        ]), "follow-up of earlier recommendations"),
        Field("meeting", .mapping([
            Field("on", .date, "date"), Field("chair", .text, "who chaired"),
            Field("decisions", .list([
                Field("indicator", .text, required: true, "indicator id"),
                Field("decision", cases(DecisionKind.self), required: true, "the decision"),
                Field("note", .text, "a note"),
            ]), "decisions per indicator"),
        ]), "the evaluation meeting"),
    ])
}
