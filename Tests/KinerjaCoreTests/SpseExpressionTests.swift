import Foundation
import Testing
@testable import KinerjaCore

/// The expression language of SPSE-computed indicators (docs/data-entry.md): parsed with
/// the column of each problem, evaluated exactly.
@Suite struct SpseExpressionTests {
    static let tender: [String: SirupValue] = [
        "kd_rup_paket": .text("52011234"), "pagu": .number(1_300_000_000), "hps": .text("1.287.500.000"),
        "nilai_kontrak": .number(1_172_345_678), "nilai_pdn_kontrak": .number(1_100_000_001),
        "tgl_pengumuman_tender": .text("2026-02-27 09:00:00"), "tgl_penetapan_pemenang": .text("2026-03-26"),
    ]

    private func value(_ text: String, _ fields: [String: SirupValue] = tender) throws -> Decimal {
        let e = try SpseExpression.parse(text).get()
        return try e.evaluate(fields).get()
    }

    @Test func efficiencyAndDaysAreExact() throws {
        #expect(try value("pagu - nilai_kontrak") == Decimal(127_654_322))
        #expect(try value("(pagu - nilai_kontrak) * 100 / 1000") == Decimal(string: "12765432.2"))
        #expect(try value("hps - nilai_kontrak") == Decimal(115_154_322))
        // 27 February to 26 March 2026: 27 days (2026 is no leap year).
        #expect(try value("days(tgl_penetapan_pemenang - tgl_pengumuman_tender)") == 27)
        #expect(try value("-days(tgl_pengumuman_tender - tgl_penetapan_pemenang) + 1") == 28)
        #expect(try value("nilai_pdn_kontrak - 1.5") == Decimal(string: "1099999999.5"))
    }

    @Test func problemsNameTheirColumn() {
        func problem(_ text: String) -> String {
            guard case let .failure(p) = SpseExpression.parse(text) else { return "accepted" }
            return "\(p.kind) \(p.column): \(p.message)"
        }
        #expect(problem("pagu - nilai_kontrakk") == "unknownField 8: unknown field `nilai_kontrakk`; SPSE amounts: hps, nilai_kontrak, nilai_pdn_kontrak, nilai_umk_kontrak, pagu")
        #expect(problem("(pagu - hps") == "syntax 12: `)` expected")
        #expect(problem("pagu -") == "syntax 7: expression ends where a number, field or `(` is expected")
        #expect(problem("pagu ^ 2") == "syntax 6: unexpected `^`")
        #expect(problem("tgl_penetapan_pemenang - pagu") == "notADate 1: `tgl_penetapan_pemenang` is a date: use it in `days(… - …)`")
        #expect(problem("days(pagu - tgl_pengumuman_tender)") == "notADate 6: `pagu` is not an SPSE date; dates: tgl_penetapan_pemenang, tgl_pengumuman_tender")
        #expect(problem("1.2.3") == "syntax 1: `1.2.3` is not a number")
        #expect(problem("system(\"rm\")") == "unknownField 1: unknown field `system`; SPSE amounts: hps, nilai_kontrak, nilai_pdn_kontrak, nilai_umk_kontrak, pagu")
    }

    @Test func missingFieldsAndDivisionByZeroAreReportedOnEvaluation() throws {
        let e = try SpseExpression.parse("nilai_umk_kontrak / (pagu - pagu)").get()
        #expect(e.evaluate(Self.tender) == .failure(.missing("nilai_umk_kontrak")))
        var t = Self.tender
        t["nilai_umk_kontrak"] = .number(5)
        #expect(e.evaluate(t) == .failure(.divisionByZero))
        t["tgl_penetapan_pemenang"] = .text("besok")
        #expect(try SpseExpression.parse("days(tgl_penetapan_pemenang - tgl_pengumuman_tender)").get().evaluate(t)
                == .failure(.missing("tgl_penetapan_pemenang")))
    }

    @Test func dayNumbersCountLeapYears() {
        #expect(SpseExpression.dayNumber(SimpleDate(year: 1970, month: 1, day: 1)) == 0)
        #expect(SpseExpression.dayNumber(SimpleDate(year: 2024, month: 3, day: 1))
                - SpseExpression.dayNumber(SimpleDate(year: 2024, month: 2, day: 28)) == 2)
        #expect(SpseExpression.dayNumber(SimpleDate(year: 2027, month: 1, day: 1))
                - SpseExpression.dayNumber(SimpleDate(year: 2026, month: 1, day: 1)) == 365)
    }

    /// Text that is no amount is no amount (Foundation alone reads `12abc` as 12, `abc` as 0).
    @Test func amountsAreReadStrictly() {
        #expect(SpseExpression.amount(.text("1.250.000.000")) == Decimal(1_250_000_000))
        #expect(SpseExpression.amount(.text("731250000")) == Decimal(731_250_000))
        #expect(SpseExpression.amount(.text("12.5")) == Decimal(string: "12.5"))
        #expect(SpseExpression.amount(.number(68_750_000)) == Decimal(68_750_000))
        for bad in ["empat ratus juta", "12abc", "1.2.x", "-", "."] {
            #expect(SpseExpression.amount(.text(bad)) == nil, "\(bad)")
        }
    }
}
