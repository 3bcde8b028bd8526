import Foundation
import Testing
@testable import KinerjaCore

/// One invalid fixture per rule of DESIGN §5: a small mutation of the valid base site and
/// the exact diagnostics it must give (code, file, line, column) — nothing more, nothing less.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let code: String
    let note: String
    let mutations: [ValidationFixture.Mutation]
    let expected: [Expected]

    init(_ code: String, _ note: String, _ mutations: [ValidationFixture.Mutation], _ expected: [Expected]) {
        self.code = code
        self.note = note
        self.mutations = mutations
        self.expected = expected
    }

    var testDescription: String { "\(code): \(note)" }
}

typealias M = ValidationFixture.Mutation

enum RuleCases {
    static let plan = "2026/plan.md"
    static let ik01 = "2026/indicators/IK-01.md"
    static let ik02 = "2026/indicators/IK-02.md"
    static let ik03 = "2026/indicators/IK-03.md"
    static let biaya = "2026/areas/biaya.md"
    static let jan = "2026/realizations/2026-01.md"
    static let feb = "2026/realizations/2026-02.md"
    static let mar = "2026/realizations/2026-03.md"
    static let marCSV = "2026/realizations/2026-03.csv"
    static let packagesCSV = "2026/packages.csv"
    static let q1 = "2026/reports/2026-Q1.md"

    /// A `compute:` line of an indicator's front matter.
    static func compute(_ body: String) -> String { "compute: {\(body)}\n" }

    static let kualitasArea = """
        ---
        title: Kualitas
        objective: T1
        order: 3
        ---
        Mutu hasil pengadaan.

        """

    static let ik04 = """
        ---
        title: Persentase paket sesuai spesifikasi
        area: kualitas
        unit: "%"
        polarity: positive
        frequency: quarterly
        aggregation: ratio
        per: package
        formula: paket sesuai spesifikasi / paket selesai × 100
        data_source: Berita acara serah terima
        owner: {name: Kepala Subbagian Pengelolaan PBJ, role: Penanggung Jawab Kinerja}
        baseline: {value: 90, year: 2025}
        target: 95
        actions:
          - {id: RA-04-1, title: Pemeriksaan serah terima, owner: Pejabat Pembuat Komitmen, due: 2026-09-30}
        ---
        Mutu paket yang diserahterimakan.

        """

    static let ik03Copy = """
        ---
        id: IK-03
        title: Indeks kepuasan layanan (salinan)
        area: waktu
        unit: indeks
        polarity: positive
        frequency: monthly
        aggregation: average
        formula: rata-rata skor survei
        data_source: Survei layanan UKPBJ
        owner: {name: Kepala Subbagian Layanan}
        baseline: {value: 3.2, year: 2025}
        target: 3.5
        actions:
          - {id: RA-09-1, title: Survei, owner: Kepala Subbagian Layanan, due: 2026-12-31}
        ---

        """

    static func realization(_ period: String, value: String = "3.6") -> String {
        "---\nperiod: \(period)\nvalues:\n  - {indicator: IK-03, value: \(value)}\n---\n"
    }

    /// A 2025 folder before the base site's 2026: IK-03 (waktu) with `value` in December
    /// 2025 and a unit-level IK-05 (biaya), so that the year passes on its own.
    static func year2025(ik03: String = "IK-03", value: String = "3.2") -> [M] {
        let plan = """
            ---
            year: 2025
            title: Rencana Kinerja UKPBJ 2025
            status: approved
            proposed_on: 2025-01-08
            approval: {by: Kepala UKPBJ, on: 2025-01-15}
            circular: {number: B-100/BPBJ/2025, on: 2025-01-20}
            socialization: {invited_on: 2025-01-21, held_on: 2025-01-27, attendees: 30}
            objectives:
              - {id: T1, title: Pengadaan yang tepat waktu}
            ---

            """
        func indicator(_ id: String, _ area: String) -> String {
            """
            ---
            id: \(id)
            title: Indeks \(id)
            area: \(area)
            unit: indeks
            polarity: positive
            frequency: monthly
            aggregation: average
            formula: rata-rata skor survei
            data_source: Survei layanan UKPBJ
            owner: {name: Kepala Subbagian Layanan}
            baseline: {value: 3.0, year: 2024}
            target: 3.2
            actions:
              - {id: RA-\(id)-1, title: Survei, owner: Kepala Subbagian Layanan, due: 2025-12-31}
            ---

            """
        }
        return [
            .write("2025/plan.md", plan),
            .write("2025/areas/waktu.md", "---\ntitle: Ketepatan Waktu\nobjective: T1\norder: 1\n---\n"),
            .write("2025/areas/biaya.md", "---\ntitle: Efisiensi Biaya\nobjective: T1\norder: 2\n---\n"),
            .write("2025/indicators/\(ik03).md", indicator(ik03, "waktu")),
            .write("2025/indicators/IK-05.md", indicator("IK-05", "biaya")),
            .write("2025/realizations/2025-12.md",
                   "---\nperiod: 2025-12\nvalues:\n  - {indicator: \(ik03), value: \(value)}\n  - {indicator: IK-05, value: 3.2}\n---\n"),
        ]
    }

    /// A 2022–2027 medium-term plan with one entry for IK-03.
    static func renstra(_ ik03: String) -> String {
        "title: Renstra UKPBJ 2022–2027\nperiod: 2022-2027\nindicators:\n  IK-03: \(ik03)\n"
            .replacingOccurrences(of: "title: Renstra UKPBJ 2022–2027\n", with: "")
    }

    /// A draft March report with one recommendation.
    static func march(_ recommendation: String) -> String {
        "---\nperiod: 2026-03\nstatus: draft\nrecommendations:\n  - \(recommendation)\n---\nCatatan bulanan.\n"
    }

    static let all: [RuleCase] = [
        // MARK: loader rules (–)
        RuleCase("KJ001", "invalid UTF-8 in a realization body",
                 [.replaceBytes(jan, "Belum ada kendala.", Array("Belum ada ".utf8) + [0xFF, 0x0A])],
                 [Expected("KJ001", jan, 8, 11)]),
        RuleCase("KJ001", "NUL byte (binary file)",
                 [.replaceBytes(jan, "reported_by", [0x00])],
                 [Expected("KJ001", jan, 4, 1)]),
        RuleCase("KJ002", "front-matter not closed",
                 [.replace(jan, "---\nBelum ada kendala.", "Belum ada kendala.")],
                 [Expected("KJ002", jan, 1, 1)]),
        RuleCase("KJ003", "YAML syntax error",
                 [.replace(jan, "reported_by: Tim Pengelola", "reported_by: Tim: Pengelola")],
                 [Expected("KJ003", jan, 4, 17)]),
        RuleCase("KJ004", "text where a number is expected",
                 [.replace(ik03, "value: 3.2", "value: tinggi")],
                 [Expected("KJ004", ik03, 11, 19)]),
        RuleCase("KJ005", "unknown field",
                 [.replace(ik03, "target: 3.5\n", "target: 3.5\ntarjet: 4\n")],
                 [Expected("KJ005", ik03, 13, 1)]),
        RuleCase("KJ005", "unknown CSV column, near a known one",
                 [.replace(packagesCSV, "jenis_pengadaan,sumber_dana,", "jenis_pengadaan,sumber_dn,")],
                 [Expected("KJ005", packagesCSV, 1, 79)]),
        RuleCase("KJ006", "duplicate indicator id",
                 [.write("2026/indicators/IK-09.md", ik03Copy)],
                 [Expected("KJ006", "2026/indicators/IK-09.md", 2, 5)]),
        RuleCase("KJ006", "duplicate area id",
                 [.write("2026/areas/zeit.md", "---\nid: waktu\ntitle: Waktu\nobjective: T1\n---\n")],
                 [Expected("KJ006", "2026/areas/zeit.md", 2, 5)]),
        RuleCase("KJ006", "duplicate objective id",
                 [.replace(plan, "  - {id: T2, title: Pengadaan yang efisien}\n",
                           "  - {id: T2, title: Pengadaan yang efisien}\n  - {id: T1, title: Lagi}\n")],
                 [Expected("KJ006", plan, 13, 10)]),
        RuleCase("KJ006", "duplicate action id across indicators",
                 [.replace(ik03, "{id: RA-03-1", "{id: RA-01-1")],
                 [Expected("KJ006", ik03, 14, 10)]),
        RuleCase("KJ006", "duplicate report period",
                 [.write("2026/reports/triwulan-1.md", "---\nperiod: 2026-Q1\nstatus: draft\n---\nDraf.\n")],
                 [Expected("KJ006", "2026/reports/triwulan-1.md", 2, 9)]),
        RuleCase("KJ007", "invalid id (file name with a space)",
                 [.write("2026/indicators/IK 04.md", ik04)],
                 [Expected("KJ007", "2026/indicators/IK 04.md", 1, 1)]),
        RuleCase("KJ008", "invalid date",
                 [.replace(jan, "reported_on: 2026-02-05", "reported_on: 2026-02-30")],
                 [Expected("KJ008", jan, 3, 14)]),
        RuleCase("KJ009", "invalid period",
                 [.replace(jan, "period: 2026-01", "period: 2026-13")],
                 [Expected("KJ009", jan, 2, 9)]),
        RuleCase("KJ009", "targets period outside the plan year",
                 [.replace(ik01, "2026-Q2: 30", "2025-Q2: 30")],
                 [Expected("KJ009", ik01, 14, 24)]),
        RuleCase("KJ009", "revision of a period outside the plan year",
                 [.replace(plan, "field: target, from: 10", "field: targets.2025-Q4, from: 10")],
                 [Expected("KJ009", plan, 14, 47)]),
        RuleCase("KJ010", "CSV row with a missing column",
                 [.replace(marCSV, "52011234,IK-01,29,,,tender", "52011234,IK-01,29,,tender")],
                 [Expected("KJ010", marCSV, 2, 1)]),
        RuleCase("KJ010", "CSV number that does not parse",
                 [.replace(marCSV, "52011234,IK-01,29,", "52011234,IK-01,dua,")],
                 [Expected("KJ010", marCSV, 2, 16)]),
        RuleCase("KJ011", "required field missing",
                 [.replace(biaya, "title: Penghematan Biaya\n", "")],
                 [Expected("KJ011", biaya, 2, 1)]),
        RuleCase("KJ011", "row without a value",
                 [.replace(jan, "{indicator: IK-03, value: 3.6}", "{indicator: IK-03}")],
                 [Expected("KJ011", jan, 6, 5)]),
        RuleCase("KJ012", "CSV header with a column twice",
                 [.replace(packagesCSV, "status_pdn,status_ukm,", "status_pdn,Status_PDN,")],
                 [Expected("KJ012", packagesCSV, 1, 102)]),
        RuleCase("KJ013", "hidden content file",
                 [.write("2026/areas/..waktu.md", "---\ntitle: Waktu\n---\n")],
                 [Expected("KJ013", "2026/areas/..waktu.md", 0, 0)]),
        RuleCase("KJ014", "protocol-relative base_url",
                 [.replace("site.yaml", "base_url: https://kinerja.example.go.id/", "base_url: //kinerja.example.go.id/")],
                 [Expected("KJ014", "site.yaml", 4, 11)]),
        RuleCase("KJ014", "scheme-less base_url",
                 [.replace("site.yaml", "base_url: https://kinerja.example.go.id/", "base_url: kinerja.example.go.id/")],
                 [Expected("KJ014", "site.yaml", 4, 11)]),
        RuleCase("KJ004", "negative reporting_grace_days",
                 [.replace("site.yaml", "achievement_cap: 120", "achievement_cap: 120\nreporting_grace_days: -3")],
                 [Expected("KJ004", "site.yaml", 7, 23)]),
        RuleCase("KJ004", "fractional reporting_grace_days",
                 [.replace("site.yaml", "achievement_cap: 120", "achievement_cap: 120\nreporting_grace_days: 2.5")],
                 [Expected("KJ004", "site.yaml", 7, 23)]),
        RuleCase("KJ015", "right-to-left override in a title",
                 [.replace(ik03, "title: Indeks kepuasan layanan pengadaan", "title: Indeks kepuasan \u{202E}layanan pengadaan")],
                 [Expected("KJ015", ik03, 2, 24)]),
        RuleCase("KJ015", "right-to-left mark in a quoted title, on the second line of the value",
                 [.replace(ik03, "title: Indeks kepuasan layanan pengadaan", "title: \"Indeks kepuasan\n  layanan \u{200F}pengadaan\"")],
                 [Expected("KJ015", ik03, 3, 11)]),
        RuleCase("KJ015", "right-to-left override in a CSV text cell",
                 [.replace(packagesCSV, "52011234,Pembangunan Jalan", "52011234,Pembangunan \u{202E}Jalan")],
                 [Expected("KJ015", packagesCSV, 2, 10)]),
        RuleCase("KJ015", "escape character in a quoted CSV cell",
                 [.replace(packagesCSV, "52011234,Pembangunan Jalan Desa Loa Janan,", "52011234,\"Pembangunan \u{1B}[31m\",")],
                 [Expected("KJ015", packagesCSV, 2, 10)]),
        RuleCase("KJ016", "a title per language with a language that is not id or en",
                 [.replace(ik03, "title: Indeks kepuasan layanan pengadaan", "title: {id: Indeks kepuasan layanan pengadaan, fr: Indice}")],
                 [Expected("KJ016", ik03, 2, 48)]),
        RuleCase("KJ017", "an English body without its main file",
                 [.write("2026/areas/lama.en.md", "The old area.\n")],
                 [Expected("KJ017", "2026/areas/lama.en.md", 0, 0)]),
        RuleCase("KJ015", "escape character in a Markdown body",
                 [.replace(biaya, "Selisih pagu dan", "Selisih pagu \u{1B}[31m dan")],
                 [Expected("KJ015", biaya, 6, 14)]),
        RuleCase("KJ018", "a YAML tag kinerja does not read",
                 [.replace(ik03, "title: Indeks kepuasan layanan pengadaan", "title: !terjemahan Indeks kepuasan layanan pengadaan")],
                 [Expected("KJ018", ik03, 2, 8)]),
        RuleCase("KJ018", "!!binary on a value",
                 [.replace(ik03, "title: Indeks kepuasan layanan pengadaan", "title: !!binary SW5kZWtz")],
                 [Expected("KJ018", ik03, 2, 8)]),
        RuleCase("KJ007", "bidirectional isolate in an action id",
                 [.replace(ik03, "  - {id: RA-03-1,",
                           "  - {id: \"RA-03\u{2066}-2\", title: Survei, owner: Kepala Subbagian Layanan, due: 2026-12-31}\n  - {id: RA-03-1,")],
                 [Expected("KJ007", ik03, 14, 10)]),
        RuleCase("KJ009", "bad period in a realization's file name",
                 [.write("2026/realizations/2026-13.md", "---\nrows:\n  - {indicator: IK-03, value: 3.6}\n---\n")],
                 [Expected("KJ009", "2026/realizations/2026-13.md", 0, 0)]),
        RuleCase("KJ011", "empty site title",
                 [.replace("site.yaml", "title: Kinerja Pengadaan Kabupaten Contoh", "title: \"\"")],
                 [Expected("KJ011", "site.yaml", 1, 8)]),

        // MARK: SOP 1
        RuleCase("KJ101", "plan without objectives",
                 [.replace(plan, "objectives:\n  - {id: T1, title: Pengadaan yang tepat waktu}\n  - {id: T2, title: Pengadaan yang efisien}\n",
                           "objectives: []\n")],
                 [Expected("KJ101", plan, 10, 1)]),
        RuleCase("KJ102", "area with an unknown objective (its objective is left without area)",
                 [.replace(biaya, "objective: T2", "objective: T3")],
                 [Expected("KJ102", biaya, 3, 12), Expected("KJ103", plan, 12, 10)]),
        RuleCase("KJ103", "objective without area",
                 [.replace(plan, "  - {id: T2, title: Pengadaan yang efisien}\n",
                           "  - {id: T2, title: Pengadaan yang efisien}\n  - {id: T3, title: Pengadaan yang akuntabel}\n")],
                 [Expected("KJ103", plan, 13, 10)]),
        RuleCase("KJ104", "year folder without plan.md", [.folder("2025")], [Expected("KJ104", "2025", 0, 0)]),
        RuleCase("KJ105", "required area missing",
                 [.replace("site.yaml", "required_areas: [waktu, biaya]", "required_areas: [waktu, biaya, layanan]")],
                 [Expected("KJ105", "site.yaml", 7, 32)]),

        // MARK: SOP 2
        RuleCase("KJ201", "area without indicator",
                 [.write("2026/areas/kualitas.md", kualitasArea)],
                 [Expected("KJ201", "2026/areas/kualitas.md", 2, 1)]),
        RuleCase("KJ202", "indicator with an unknown area",
                 [.replace(ik03, "area: waktu", "area: wakt")],
                 [Expected("KJ202", ik03, 3, 7)]),
        RuleCase("KJ203", "indicator without formula",
                 [.replace(ik03, "formula: rata-rata skor survei kepuasan (1–4)\n", "")],
                 [Expected("KJ203", ik03, 2, 1)]),
        RuleCase("KJ203", "indicator with an empty unit",
                 [.replace(ik03, "unit: indeks", "unit:")],
                 [Expected("KJ203", ik03, 4, 1)]),
        RuleCase("KJ204", "indicator with an empty owner",
                 [.replace(ik03, "owner: {name: Kepala Subbagian Layanan, role: Penanggung Jawab Kinerja}", "owner:")],
                 [Expected("KJ204", ik03, 10, 1)]),
        RuleCase("KJ205", "compute from a source kinerja cannot compute from",
                 [.replace(ik01, "data_source: SPSE\n", "data_source: SPSE\n" + compute("from: sirup, value: \"days(tgl_penetapan_pemenang - tgl_pengumuman_tender)\""))],
                 [Expected("KJ205", ik01, 11, 17)]),
        RuleCase("KJ206", "compute expression with a syntax error, at its column",
                 [.replace(ik01, "data_source: SPSE\n", "data_source: SPSE\n" + compute("from: spse, value: \"days(tgl_penetapan_pemenang - )\""))],
                 [Expected("KJ206", ik01, 11, 61)]),
        RuleCase("KJ207", "compute expression naming an unknown SPSE field, at its column",
                 [.replace(ik01, "data_source: SPSE\n", "data_source: SPSE\n" + compute("from: spse, value: \"days(tgl_penetapan_pemenang - tgl_pengumuman)\""))],
                 [Expected("KJ207", ik01, 11, 61)]),
        RuleCase("KJ208", "compute with value and numerator",
                 [.replace(ik01, "data_source: SPSE\n", "data_source: SPSE\n" + compute("from: spse, value: \"days(tgl_penetapan_pemenang - tgl_pengumuman_tender)\", numerator: pagu"))],
                 [Expected("KJ208", ik01, 11, 23)]),
        RuleCase("KJ209", "compute of a numerator and denominator on an average indicator",
                 [.replace(ik01, "data_source: SPSE\n", "data_source: SPSE\n" + compute("from: spse, numerator: \"pagu - nilai_kontrak\", denominator: pagu"))],
                 [Expected("KJ209", ik01, 11, 23)]),
        RuleCase("KJ209", "compute on an indicator with rows per unit",
                 [.replace(ik03, "data_source: Survei layanan UKPBJ\n", "data_source: Survei layanan UKPBJ\n" + compute("from: spse, value: pagu"))],
                 [Expected("KJ209", ik03, 10, 1)]),

        // MARK: SOP 3
        RuleCase("KJ301", "indicator without baseline",
                 [.replace(ik03, "baseline: {value: 3.2, year: 2025}\n", "")],
                 [Expected("KJ301", ik03, 2, 1)]),
        RuleCase("KJ302", "baseline year not before the plan year",
                 [.replace(ik03, "year: 2025", "year: 2026")],
                 [Expected("KJ302", ik03, 11, 30)]),
        RuleCase("KJ303", "indicator without target",
                 [.replace(ik03, "target: 3.5\n", "")],
                 [Expected("KJ303", ik03, 2, 1)]),
        RuleCase("KJ304", "targets key of another frequency",
                 [.replace(ik01, "2026-Q4: 28", "2026-12: 28")],
                 [Expected("KJ304", ik01, 14, 50)]),
        RuleCase("KJ305", "positive indicator with a period target 0",
                 [.replace(ik02, "target: 12\n", "target: 12\ntargets: {2026-Q2: 0}\n")],
                 [Expected("KJ305", ik02, 15, 20)]),
        RuleCase("KJ306", "target not better than the baseline",
                 [.replace(ik03, "target: 3.5", "target: 3.0")],
                 [Expected("KJ306", ik03, 12, 9)]),
        RuleCase("KJ307", "last period target differs from target",
                 [.replace(ik01, "2026-Q4: 28", "2026-Q4: 27")],
                 [Expected("KJ307", ik01, 14, 59)]),
        RuleCase("KJ308", "baseline differs from the final value of the year before",
                 year2025(value: "3.1"),
                 [Expected("KJ308", ik03, 11, 19)]),
        RuleCase("KJ309", "continues names an id no earlier year has",
                 year2025() + [.replace(ik03, "target: 3.5\n", "target: 3.5\ncontinues: IK-30\n")],
                 [Expected("KJ309", ik03, 13, 12)]),

        RuleCase("KJ310", "target differs from the medium-term target for the year",
                 [.write("renstra.yaml", renstra("{target: 3.8, targets: {2026: 3.4}}"))],
                 [Expected("KJ310", ik03, 12, 9)]),
        RuleCase("KJ311", "a yearly medium-term target worse than the year before",
                 [.write("renstra.yaml", renstra("{target: 3.8, targets: {2025: 3.3, 2026: 3.5, 2027: 3.4}}"))],
                 [Expected("KJ311", "renstra.yaml", 3, 62)]),
        RuleCase("KJ311", "the last year's medium-term target is not the end target",
                 [.write("renstra.yaml", renstra("{target: 3.8, targets: {2026: 3.5, 2027: 3.7}}"))],
                 [Expected("KJ311", "renstra.yaml", 3, 51)]),
        RuleCase("KJ312", "renstra.yaml names an unknown indicator",
                 [.write("renstra.yaml", renstra("{target: 3.8}") + "  IK-99: {target: 1}\n")],
                 [Expected("KJ312", "renstra.yaml", 4, 3)]),
        RuleCase("KJ313", "a medium-term target outside the period",
                 [.write("renstra.yaml", renstra("{target: 3.8, targets: {2020: 3.0}}"))],
                 [Expected("KJ313", "renstra.yaml", 3, 34)]),

        RuleCase("KJ806", "follow-up of a recommendation no earlier report has",
                 [.replace(q1, "meeting:\n", "follow_up:\n  - {recommendation: 2025-R1, status: done}\nmeeting:\n")],
                 [Expected("KJ806", q1, 9, 22)]),
        RuleCase("KJ807", "an earlier recommendation past due, not followed up",
                 [.write("2026/reports/2026-03.md", march("{id: REK-01, indicator: IK-02, text: Reviu HPS, owner: Pokja Pemilihan, due: 2026-03-20}")),
                  .replace(q1, "meeting:\n", "follow_up:\n  - {recommendation: REK-01, status: in_progress}\nmeeting:\n")],
                 [Expected("KJ807", q1, 8, 1)]),

        // MARK: SOP 4
        RuleCase("KJ401", "indicator without actions",
                 [.replace(ik03, "actions:\n  - {id: RA-03-1, title: Survei kepuasan bulanan, owner: Kepala Subbagian Layanan, due: 2026-12-31}\n",
                           "actions: []\n")],
                 [Expected("KJ401", ik03, 13, 1)]),
        RuleCase("KJ402", "action without due date",
                 [.replace(ik03, ", due: 2026-12-31}", "}")],
                 [Expected("KJ402", ik03, 14, 10)]),
        RuleCase("KJ403", "action due outside the plan year",
                 [.replace(ik03, "due: 2026-12-31", "due: 2027-01-31")],
                 [Expected("KJ403", ik03, 14, 89)]),

        RuleCase("KJ404", "action target for a period of another year",
                 [.replace(ik01, "due: 2026-03-31}", "due: 2026-03-31, targets: {2025-Q4: 10}}")],
                 [Expected("KJ404", ik01, 16, 126)]),
        RuleCase("KJ404", "action targets key that is not a period",
                 [.replace(ik01, "due: 2026-03-31}", "due: 2026-03-31, targets: {awal: 10}}")],
                 [Expected("KJ404", ik01, 16, 126)]),
        RuleCase("KJ405", "action target below an earlier period's",
                 [.replace(ik01, "due: 2026-03-31}", "due: 2026-03-31, targets: {2026-Q1: 50, 2026-Q2: 40}}")],
                 [Expected("KJ405", ik01, 16, 148)]),

        RuleCase("KJ406", "budget line of an unknown area",
                 [.replace(jan, "---\nBelum ada kendala.", "budget:\n  - {area: kualitas, pagu: 1000000, realisasi: 500000}\n---\nBelum ada kendala.")],
                 [Expected("KJ406", jan, 8, 12)]),
        RuleCase("KJ407", "budget realisasi above pagu",
                 [.replace(jan, "---\nBelum ada kendala.", "budget:\n  - {area: waktu, pagu: 1000000, realisasi: 1200000}\n---\nBelum ada kendala.")],
                 [Expected("KJ407", jan, 8, 45)]),

        // MARK: SOP 5–9
        RuleCase("KJ501", "reports exist but the plan is only proposed",
                 [.replace(plan, "status: approved", "status: proposed")],
                 [Expected("KJ501", plan, 4, 9)]),
        RuleCase("KJ502", "approved plan without approval",
                 [.replace(plan, "approval: {by: Kepala UKPBJ, on: 2026-01-15, notes: Disetujui}\n", "")],
                 [Expected("KJ502", plan, 4, 9)]),
        RuleCase("KJ502", "approval without by",
                 [.replace(plan, "approval: {by: Kepala UKPBJ, on", "approval: {on")],
                 [Expected("KJ502", plan, 6, 1)]),
        RuleCase("KJ503", "circular before the approval",
                 [.replace(plan, "on: 2026-01-20}", "on: 2026-01-10}")],
                 [Expected("KJ503", plan, 7, 41)]),
        RuleCase("KJ504", "socialization held before the circular",
                 [.replace(plan, "held_on: 2026-01-27", "held_on: 2026-01-19")],
                 [Expected("KJ504", plan, 8, 50)]),
        RuleCase("KJ504", "approved plan without socialization",
                 [.replace(plan, "socialization: {invited_on: 2026-01-21, held_on: 2026-01-27, attendees: 34}\n", "")],
                 [Expected("KJ504", plan, 4, 9)]),
        RuleCase("KJ505", "realization of a period before the socialization",
                 [.replace(plan, "held_on: 2026-01-27", "held_on: 2026-02-02")],
                 [Expected("KJ505", jan, 2, 9)]),

        // MARK: SOP 10
        RuleCase("KJ601", "package with an unknown area",
                 [.replace(packagesCSV, "2026-02-02,waktu", "2026-02-02,wakt")],
                 [Expected("KJ601", packagesCSV, 2, 161)]),
        RuleCase("KJ602", "package of an unknown OPD",
                 [.replace(packagesCSV, "1.02.01,Dinas Kesehatan", "1.02.09,Dinas Kesehatan")],
                 [Expected("KJ602", packagesCSV, 3, 45)]),
        RuleCase("KJ603", "kd_rup in packages.csv and packages/",
                 [.write("2026/packages/52011234.md",
                         "---\nnama_paket: Duplikat\nkd_satker: \"1.03.01\"\npagu: 1000000\nmetode_pengadaan: Tender\narea: waktu\n---\n")],
                 [Expected("KJ603", "2026/packages/52011234.md", 2, 1)]),
        RuleCase("KJ604", "area with a package-level indicator but no packages",
                 [.write("2026/areas/kualitas.md", kualitasArea), .write("2026/indicators/IK-04.md", ik04)],
                 [Expected("KJ604", "2026/areas/kualitas.md", 2, 1)]),
        RuleCase("KJ605", "negative pagu in packages.csv",
                 [.replace(packagesCSV, "Ruang,1.250.000.000,", "Ruang,-5,")],
                 [Expected("KJ605", packagesCSV, 2, 91)]),
        RuleCase("KJ605", "negative pagu in a package file",
                 [.replace("2026/packages/52011240.md", "pagu: 4.500.000.000", "pagu: -4.500.000.000")],
                 [Expected("KJ605", "2026/packages/52011240.md", 5, 7)]),
        RuleCase("KJ606", "pagu of 2^63 rupiah",
                 [.replace(packagesCSV, "Ruang,1.250.000.000,", "Ruang,9223372036854775808,")],
                 [Expected("KJ606", packagesCSV, 2, 91)]),

        // MARK: SOP 11–12
        RuleCase("KJ701", "unknown indicator",
                 [.replace(jan, "indicator: IK-03", "indicator: IK-3")],
                 [Expected("KJ701", jan, 6, 17)]),
        RuleCase("KJ702", "unknown package",
                 [.replace(feb, "\"52011240\"", "\"52011299\"")],
                 [Expected("KJ702", feb, 8, 15)]),
        RuleCase("KJ703", "package of another area than the indicator's",
                 [.replace(feb, "{package: \"52011240\", indicator: IK-01", "{package: \"52011235\", indicator: IK-01")],
                 [Expected("KJ703", feb, 8, 38)]),
        RuleCase("KJ704", "quarterly realization of a monthly indicator",
                 [.write("2026/realizations/2026-Q1.md", realization("2026-Q1"))],
                 [Expected("KJ704", "2026/realizations/2026-Q1.md", 4, 17)]),
        RuleCase("KJ705", "duplicate CSV row",
                 [.replace(marCSV, "640000000,\n", "640000000,\n52011234,IK-01,30,,,lagi\n")],
                 [Expected("KJ705", marCSV, 4, 1)]),
        RuleCase("KJ706", "ratio row without denominator",
                 [.replace(feb, ", denominator: 850000000}", "}")],
                 [Expected("KJ706", feb, 9, 5)]),
        RuleCase("KJ706", "ratio row with denominator 0",
                 [.replace(marCSV, ",640000000,", ",0,")],
                 [Expected("KJ706", marCSV, 3, 28)]),
        RuleCase("KJ707", "negative value",
                 [.replace(feb, "indicator: IK-01, value: 30", "indicator: IK-01, value: -30")],
                 [Expected("KJ707", feb, 8, 52)]),
        RuleCase("KJ707", "percentage above 100",
                 [.replace(feb, "numerator: 85000000", "numerator: 950000000")],
                 [Expected("KJ707", feb, 9, 56)]),
        RuleCase("KJ708", "progress of an unknown action",
                 [.replace(mar, "{id: RA-02-1", "{id: RA-02-9")],
                 [Expected("KJ708", mar, 10, 10)]),
        RuleCase("KJ708", "progress above 100",
                 [.replace(mar, "progress: 100", "progress: 140")],
                 [Expected("KJ708", mar, 9, 43)]),
        RuleCase("KJ709", "realization after the build date",
                 [.write("2026/realizations/2026-05.md", realization("2026-05"))],
                 [Expected("KJ709", "2026/realizations/2026-05.md", 2, 9)]),
        RuleCase("KJ711", "a value that reads as 3,6 or as 3600",
                 [.replace(jan, "{indicator: IK-03, value: 3.6}", "{indicator: IK-03, value: 3.600}")],
                 [Expected("KJ711", jan, 6, 31)]),
        RuleCase("KJ711", "a CSV value that reads as 1,25 or as 1250",
                 [.replace(marCSV, "52011234,IK-01,29,,,", "52011234,IK-01,\"1,250\",,,")],
                 [Expected("KJ711", marCSV, 2, 16)]),
        RuleCase("KJ710", "package row for a unit indicator",
                 [.replace(jan, "{indicator: IK-03, value: 3.6}", "{indicator: IK-03, package: \"52011234\", value: 3.6}")],
                 [Expected("KJ710", jan, 6, 33)]),
        RuleCase("KJ710", "row without package for a package indicator",
                 [.replace(jan, "{indicator: IK-03, value: 3.6}", "{indicator: IK-03, value: 3.6}\n  - {indicator: IK-01, value: 30}")],
                 [Expected("KJ710", jan, 7, 17)]),

        // MARK: SOP 13–16
        RuleCase("KJ801", "report of a period without realizations",
                 [.write("2026/reports/2026-Q2.md", "---\nperiod: 2026-Q2\nstatus: draft\n---\nDraf.\n")],
                 [Expected("KJ801", "2026/reports/2026-Q2.md", 2, 9)]),
        RuleCase("KJ802", "final report without analysis",
                 [.replace(q1, "## Analisis\n\nWaktu pemilihan membaik; penghematan masih di bawah target triwulan.\n", "\n")],
                 [Expected("KJ802", q1, 3, 9)]),
        RuleCase("KJ803", "indicator below 100 % without recommendation",
                 [.replace(q1, "{indicator: IK-02, text:", "{indicator: IK-03, text:")],
                 [Expected("KJ803", q1, 6, 1)]),
        RuleCase("KJ804", "report presented before its period ended",
                 [.replace(q1, "presented: {on: 2026-04-10", "presented: {on: 2026-03-30")],
                 [Expected("KJ804", q1, 5, 17)]),
        RuleCase("KJ805", "final report without presented",
                 [.replace(q1, "presented: {on: 2026-04-10, to: Kepala UKPBJ}\n", "")],
                 [Expected("KJ805", q1, 3, 9)]),

        // MARK: SOP 17 and change control
        RuleCase("KJ901", "decision on an unknown indicator",
                 [.replace(q1, "{indicator: IK-02, decision: continue}", "{indicator: IK-20, decision: continue}")],
                 [Expected("KJ901", q1, 13, 19)]),
        RuleCase("KJ902", "achieved below 100 %",
                 [.replace(q1, "{indicator: IK-02, decision: continue}", "{indicator: IK-02, decision: achieved}")],
                 [Expected("KJ902", q1, 13, 36)]),
        RuleCase("KJ903", "final annual report leaves indicators undecided",
                 [.write("2026/reports/2026.md", """
                    ---
                    period: 2026
                    status: final
                    presented: {on: 2027-01-15, to: Kepala UKPBJ}
                    recommendations:
                      - {indicator: IK-01, text: Percepat evaluasi penawaran}
                      - {indicator: IK-02, text: Perkuat reviu HPS}
                    meeting:
                      on: 2027-01-20
                      decisions:
                        - {indicator: IK-01, decision: time_elapsed}
                    ---
                    Analisis tahunan.

                    """)],
                 [Expected("KJ903", "2026/reports/2026.md", 8, 1)]),
        RuleCase("KJ905", "latest revision differs from the current target",
                 [.replace(plan, "from: 10, to: 12", "from: 10, to: 13")],
                 [Expected("KJ905", plan, 14, 69)]),
        RuleCase("KJ905", "revision of an unknown indicator",
                 [.replace(plan, "indicator: IK-02, field", "indicator: IK-22, field")],
                 [Expected("KJ905", plan, 14, 33)]),
    ]
}

@Suite struct RuleFixtureTests {
    @Test func baseFixtureIsClean() throws {
        let result = try ValidationFixture.check([])
        #expect(result.diagnostics.map { "\($0.location): \($0.code) \($0.message)" } == [])
        #expect(result.files == 14)
    }

    /// The 2025 folder of KJ308/KJ309 is clean on its own: the base site's baseline 3.2 is
    /// its final value.
    @Test func earlierYearIsClean() throws {
        let result = try ValidationFixture.check(RuleCases.year2025())
        #expect(result.diagnostics.map { DiagnosticFormatter.text($0) } == [])
    }

    /// A medium-term plan whose 2026 target is the indicator's own is clean.
    @Test func consistentMediumTermPlanIsClean() throws {
        let result = try ValidationFixture.check([.write("renstra.yaml", RuleCases.renstra("{target: 3.8, targets: {2025: 3.3, 2026: 3.5, 2027: 3.8}}"))])
        #expect(result.diagnostics.map { DiagnosticFormatter.text($0) } == [])
    }

    /// A recommendation followed up `done` before the final report leaves nothing to report.
    @Test func followedUpRecommendationIsClean() throws {
        let result = try ValidationFixture.check([
            .write("2026/reports/2026-03.md", RuleCases.march("{id: REK-01, indicator: IK-02, text: Reviu HPS, owner: Pokja Pemilihan, due: 2026-03-20}")),
            .replace(RuleCases.q1, "meeting:\n", "follow_up:\n  - {recommendation: REK-01, status: done, note: Selesai}\nmeeting:\n"),
        ])
        #expect(result.diagnostics.map { DiagnosticFormatter.text($0) } == [])
    }

    @Test(arguments: RuleCases.all)
    func ruleFixture(_ c: RuleCase) throws {
        let result = try ValidationFixture.check(c.mutations)
        let got = result.diagnostics.map(Expected.init)
        #expect(got == c.expected, "\(result.diagnostics.map { DiagnosticFormatter.text($0) }.joined())")
        for d in result.diagnostics {
            #expect(!d.message.isEmpty)
            #expect(!d.message.contains("\n"), "one-line message: \(d.message)")
        }
    }

    /// Every code of the table except KJ904 (the diff's) has a fixture above.
    @Test func everyRuleHasAFixture() {
        let covered = Set(RuleCases.all.map(\.code))
        let all = Set(Rule.allCases.map(\.code)).subtracting(["KJ904"])
        #expect(all.subtracting(covered).sorted() == [])
        for c in RuleCases.all { #expect(c.expected.first?.code == c.code, "\(c.note)") }
    }
}
