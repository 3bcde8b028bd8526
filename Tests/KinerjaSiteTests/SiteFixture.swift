import Foundation
import KinerjaCore
@testable import KinerjaSite

/// A small in-code publisher: one year, two areas, three indicators, three packages,
/// realizations for Q1 and one report. Figures are chosen so the expected numbers are easy
/// to check by hand.
enum SiteFixture {
    static let at = Positions(origin: SourceLocation(file: "fixture"))
    /// 2026-05-10T00:00:00Z
    static let generated = 1_778_371_200

    static var templates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("site-templates")
    }

    static func content(indicatorTitle: String = "Rata-rata waktu pemilihan penyedia", baseURL: String? = nil) -> Content {
        let site = Site(title: "Kinerja Pengadaan Kabupaten Contoh", unit: "Bagian Pengadaan Barang dan Jasa",
                        shortName: "UKPBJ Contoh", baseURL: baseURL, languages: ["id", "en"],
                        opds: [OPD(code: "1.03.01", name: "Dinas Pekerjaan Umum dan Penataan Ruang", short: "DPUPR"),
                               OPD(code: "1.02.01", name: "Dinas Kesehatan", short: "Dinkes")],
                        positions: at)
        let plan = Plan(year: 2026, title: "Rencana Kinerja UKPBJ 2026", status: .approved,
                        proposedOn: SimpleDate(year: 2026, month: 1, day: 8),
                        approval: Signoff(by: "Kepala UKPBJ", on: SimpleDate(year: 2026, month: 1, day: 15)),
                        circular: Circular(number: "B-123/BPBJ/2026", on: SimpleDate(year: 2026, month: 1, day: 20)),
                        socialization: Socialization(invitedOn: SimpleDate(year: 2026, month: 1, day: 21),
                                                     heldOn: SimpleDate(year: 2026, month: 1, day: 27), attendees: 34),
                        inputs: ["RPJMD 2021–2026"],
                        objectives: [Objective(id: "T1", title: "Pengadaan yang tepat waktu dan efisien", positions: at)],
                        revisions: [Revision(on: SimpleDate(year: 2026, month: 4, day: 2), indicator: "IK-07", field: "target",
                                             from: 30, to: 28, reason: "Penyesuaian arahan pimpinan",
                                             approvedBy: "Kepala UKPBJ", positions: at)],
                        positions: at)
        let areas = [
            Area(id: "waktu", title: "Ketepatan Waktu", objective: "T1", order: 1, body: "Area **waktu**.", positions: at),
            Area(id: "biaya", title: "Penghematan Biaya", objective: "T1", order: 2, body: "", positions: at),
        ]
        let q = { (i: Int) in Period(year: 2026, kind: .quarter, index: i)! }
        let ik07 = Indicator(
            id: "IK-07", title: indicatorTitle, area: "waktu", unit: "hari", polarity: .negative, frequency: .quarterly,
            aggregation: .average, per: .package, formula: "Σ hari / paket", dataSource: "SPSE",
            owner: Owner(role: "Kepala Subbagian Pengelolaan PBJ"), baseline: Baseline(value: 35, year: 2025), target: 28,
            targets: [q(1): 32, q(2): 30, q(3): 29, q(4): 28],
            actions: [Action(id: "RA-07-1", title: "Standarisasi dokumen pemilihan", owner: "Kepala Subbagian",
                             due: SimpleDate(year: 2026, month: 3, day: 31), positions: at)],
            body: "Waktu dari pengumuman sampai penetapan.", positions: at)
        let ik06 = Indicator(
            id: "IK-06", title: "Persentase penghematan", area: "biaya", unit: "%", polarity: .positive, frequency: .quarterly,
            aggregation: .ratio, per: .package, formula: "Σ hemat / Σ pagu", dataSource: "SPSE",
            owner: Owner(role: "Kepala Subbagian Pengelolaan PBJ"), baseline: Baseline(value: 8, year: 2025), target: 10,
            actions: [Action(id: "RA-06-1", title: "Reviu HPS", owner: "Pokja", due: SimpleDate(year: 2026, month: 6, day: 30), positions: at)],
            positions: at)
        let ik13 = Indicator(
            id: "IK-13", title: "Indeks kepuasan layanan", area: "waktu", unit: "indeks", polarity: .positive, frequency: .annual,
            aggregation: .last, per: .unit, formula: "survei", dataSource: "Survei",
            owner: Owner(role: "Kepala Subbagian Layanan"), baseline: Baseline(value: 3.1, year: 2025), target: 3.5,
            actions: [Action(id: "RA-13-1", title: "Survei", owner: "Tim", due: SimpleDate(year: 2026, month: 12, day: 1), positions: at)],
            positions: at)
        let packages = [
            Package(kdRup: "52011234", namaPaket: "Rehabilitasi Jalan Poros", kdSatker: "1.03.01", pagu: 1_500_000_000,
                    metodePengadaan: "Tender", jenisPengadaan: "Pekerjaan Konstruksi", area: "waktu",
                    body: "Paket jalan poros kecamatan.", positions: at),
            Package(kdRup: "52011235", namaPaket: "Pengadaan Alat Kesehatan", kdSatker: "1.02.01", pagu: 750_000_000,
                    metodePengadaan: "E-Purchasing", area: "waktu", positions: at),
            Package(kdRup: "52011236", namaPaket: "Konsultan Pengawas", kdSatker: "1.03.01", pagu: 250_000_000,
                    metodePengadaan: "Seleksi", area: "biaya", positions: at),
        ]
        let realizations = [
            Realization(period: Period("2026-03")!, reportedOn: SimpleDate(year: 2026, month: 4, day: 6),
                        reportedBy: "Kepala Subbagian Pengelolaan PBJ",
                        rows: [
                            RealizationRow(period: Period("2026-03")!, indicator: "IK-07", package: "52011234", value: 30, positions: at),
                            RealizationRow(period: Period("2026-03")!, indicator: "IK-07", package: "52011235", value: 33, positions: at),
                            RealizationRow(period: Period("2026-03")!, indicator: "IK-06", package: "52011236",
                                           numerator: 30_000_000, denominator: 250_000_000, positions: at),
                        ],
                        actions: [ActionProgress(id: "RA-07-1", status: .done, progress: 100, note: "Selesai", positions: at)],
                        positions: at),
        ]
        let report = Report(period: q(1), status: .final, preparedBy: "Tim Pengelola Kelembagaan UKPBJ",
                            presented: Presentation(on: SimpleDate(year: 2026, month: 4, day: 10), to: "Kepala UKPBJ"),
                            recommendations: [Recommendation(indicator: "IK-06", text: "Perkuat reviu HPS.", positions: at)],
                            meeting: Meeting(on: SimpleDate(year: 2026, month: 4, day: 14), chair: "Kepala UKPBJ",
                                             decisions: [Decision(indicator: "IK-07", decision: .achieved, note: "Pertahankan", positions: at)]),
                            body: "## Ringkasan\n\nWaktu pemilihan membaik.\n\n<script>alert(1)</script>\n", positions: at)
        let year = YearContent(year: 2026, folder: "content/2026", plan: plan, areas: areas, indicators: [ik07, ik06, ik13],
                               packages: packages, realizations: realizations, reports: [report])
        return Content(root: "content", site: site, years: [year])
    }

    static func build(_ content: Content = content(), baseURL: String? = nil) throws -> [OutputFile] {
        try SiteBuilder(content: content, templates: templates, baseURL: baseURL, generated: generated).render()
    }

    static func page(_ files: [OutputFile], _ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}
