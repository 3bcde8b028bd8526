import Testing
@testable import KinerjaCore

/// Finer points of the rules, on mutations of the valid base site.
@Suite struct ValidationRuleDetailTests {
    static let plan = "2026/plan.md"
    static let revision = "  - {on: 2026-03-02, indicator: IK-02, field: target, from: 10, to: 12, reason: Penyesuaian pagu, approved_by: Kepala UKPBJ}\n"

    private func found(_ mutations: [ValidationFixture.Mutation]) throws -> [Expected] {
        try ValidationFixture.check(mutations).diagnostics.map(Expected.init)
    }

    @Test func latestRevisionIsByDateNotFileOrder() throws {
        // The later-dated revision (to 12) comes first in the file: it is the latest.
        let laterFirst = Self.revision
            + "  - {on: 2026-02-01, indicator: IK-02, field: target, from: 13, to: 10, reason: Awal, approved_by: Kepala UKPBJ}\n"
        #expect(try found([.replace(Self.plan, Self.revision, laterFirst)]) == [])
        // A later date that leaves the target elsewhere is reported on its `to`.
        let laterSecond = Self.revision
            + "  - {on: 2026-06-01, indicator: IK-02, field: target, from: 12, to: 14, reason: Lagi, approved_by: Kepala UKPBJ}\n"
        #expect(try found([.replace(Self.plan, Self.revision, laterSecond)]) == [Expected("KJ905", Self.plan, 15, 69)])
    }

    @Test func sameDateRevisionsFollowFileOrder() throws {
        let twice = "  - {on: 2026-03-02, indicator: IK-02, field: target, from: 10, to: 11, reason: Satu, approved_by: Kepala UKPBJ}\n"
            + Self.revision
        #expect(try found([.replace(Self.plan, Self.revision, twice)]) == [])
        let reversed = Self.revision
            + "  - {on: 2026-03-02, indicator: IK-02, field: target, from: 12, to: 11, reason: Dua, approved_by: Kepala UKPBJ}\n"
        #expect(try found([.replace(Self.plan, Self.revision, reversed)]) == [Expected("KJ905", Self.plan, 15, 69)])
    }

    @Test func revisionOfAPeriodTargetMatchesTargets() throws {
        let periodRevision = Self.revision
            + "  - {on: 2026-04-01, indicator: IK-01, field: targets.2026-Q3, from: 30, to: 29, reason: Tiga, approved_by: Kepala UKPBJ}\n"
        #expect(try found([.replace(Self.plan, Self.revision, periodRevision)]) == [])
        let unset = Self.revision
            + "  - {on: 2026-04-01, indicator: IK-03, field: targets.2026-07, from: 3.4, to: 3.5, reason: Empat, approved_by: Kepala UKPBJ}\n"
        let result = try ValidationFixture.check([.replace(Self.plan, Self.revision, unset)])
        #expect(result.diagnostics.map(Expected.init) == [Expected("KJ905", Self.plan, 15, 79)])
        #expect(result.diagnostics.first?.message
            == "the latest revision of `targets.2026-07` of indicator IK-03 sets it to 3.5, but the indicator's `targets.2026-07` is not set")
    }

    @Test func coarseRealizationIsReportedOncePerIndicator() throws {
        let annual = "---\nperiod: 2026\npackages:\n  - {package: \"52011234\", indicator: IK-01, value: 31}\n"
            + "  - {package: \"52011240\", indicator: IK-01, value: 30}\n---\n"
        #expect(try found([.write("2026/realizations/2026.md", annual)]) == [Expected("KJ704", "2026/realizations/2026.md", 4, 38)])
    }

    @Test func duplicateRowsAcrossFiles() throws {
        let again = "---\nperiod: 2026-02\nvalues:\n  - {indicator: IK-03, value: 3.5}\n---\n"
        #expect(try found([.write("2026/realizations/februari-lagi.md", again)])
            == [Expected("KJ705", "2026/realizations/februari-lagi.md", 4, 5)])
    }

    @Test func missingAttributesAreListedTogether() throws {
        let result = try ValidationFixture.check([
            .replace("2026/indicators/IK-03.md", "formula: rata-rata skor survei kepuasan (1–4)\n", ""),
            .replace("2026/indicators/IK-03.md", "data_source: Survei layanan UKPBJ\n", "data_source:\n"),
            .replace("2026/indicators/IK-03.md", "polarity: positive", "polarity: naik"),
        ])
        // `polarity: naik` is the loader's KJ004; the two missing ones share one KJ203 at the empty key.
        #expect(result.diagnostics.map(Expected.init)
            == [Expected("KJ004", "2026/indicators/IK-03.md", 5, 11), Expected("KJ203", "2026/indicators/IK-03.md", 8, 1)])
        #expect(result.diagnostics.last?.message == "indicator IK-03 lacks the attributes `formula`, `data_source`")
    }

    @Test func draftPlanWithoutReportingIsClean() throws {
        let mutations: [ValidationFixture.Mutation] = [
            .replace(Self.plan, "status: approved", "status: draft"),
            .delete("2026/realizations"), .delete("2026/reports"),
        ]
        #expect(try found(mutations) == [])
    }

    @Test func presentedOnTheLastDayIsBeforeThePeriodEnded() throws {
        #expect(try found([.replace("2026/reports/2026-Q1.md", "on: 2026-04-10", "on: 2026-03-31")])
            == [Expected("KJ804", "2026/reports/2026-Q1.md", 5, 17)])
        #expect(try found([.replace("2026/reports/2026-Q1.md", "on: 2026-04-10", "on: 2026-04-01")]) == [])
    }

    @Test func draftReportNeedsNoAnalysisNorPresentation() throws {
        let mutations: [ValidationFixture.Mutation] = [
            .replace("2026/reports/2026-Q1.md", "status: final", "status: draft"),
            .replace("2026/reports/2026-Q1.md", "presented: {on: 2026-04-10, to: Kepala UKPBJ}\n", ""),
            .replace("2026/reports/2026-Q1.md", "{indicator: IK-02, text:", "{indicator: IK-03, text:"),
            .replace("2026/reports/2026-Q1.md", "## Analisis\n\nWaktu pemilihan membaik; penghematan masih di bawah target triwulan.\n", ""),
        ]
        #expect(try found(mutations) == [])
    }

    @Test func unitPercentAverageAbove100() throws {
        // IK-02 becomes an average of percentages: a row of 101 % is out of range.
        let result = try ValidationFixture.check([
            .replace("2026/indicators/IK-02.md", "aggregation: ratio", "aggregation: average"),
            .replace("2026/realizations/2026-02.md", "numerator: 85000000, denominator: 850000000", "value: 101"),
            .replace("2026/realizations/2026-03.csv", "52011236,IK-02,,\"64000000\",640000000,", "52011236,IK-02,9,,,"),
        ])
        #expect(result.diagnostics.map(Expected.init) == [Expected("KJ707", "2026/realizations/2026-02.md", 9, 52)])
    }

    /// `compute:` messages name the indicator, the key and the problem; a valid one is clean,
    /// in block form too (the column counts from the value, not from a quote).
    @Test func computeProblemsAreNamedAtTheirColumn() throws {
        let ik01 = "2026/indicators/IK-01.md"
        func check(_ line: String) throws -> [String] {
            try ValidationFixture.check([.replace(ik01, "data_source: SPSE\n", "data_source: SPSE\n" + line)])
                .diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code) \($0.message)" }
        }
        #expect(try check("compute: {from: spse, value: \"days(tgl_penetapan_pemenang - tgl_pengumuman_tender)\"}\n") == [])
        #expect(try check("compute:\n  from: spse\n  value: days(tgl_penetapan_pemenang - tgl_pengumuman_tender) * 1\n") == [])
        #expect(try check("compute:\n  from: spse\n  value: days(tgl_penetapan_pemenang - tgl_pengumuman_tender) + nilai_kontrk\n") == [
            "13:65 KJ207 indicator IK-01: `compute.value`: unknown field `nilai_kontrk`; SPSE amounts: hps, nilai_kontrak, nilai_pdn_kontrak, nilai_umk_kontrak, pagu",
        ])
        #expect(try check("compute: {from: spse, value: 'tgl_penetapan_pemenang - 3'}\n") == [
            "11:31 KJ207 indicator IK-01: `compute.value`: `tgl_penetapan_pemenang` is a date: use it in `days(… - …)`",
        ])
        #expect(try check("compute: {from: spse, value: \"pagu * (hps\"}\n") == [
            "11:42 KJ206 indicator IK-01: `compute.value`: `)` expected",
        ])
        #expect(try check("compute: {from: spse, numerator: pagu}\n") == [
            "11:23 KJ208 indicator IK-01: `compute` gives `numerator` without `denominator`",
        ])
    }
}
