import Foundation

/// Evaluating a `compute:` expression over one SPSE record (docs/data-entry.md): exact
/// decimal arithmetic over the record's amounts, whole days between its dates.
extension SpseExpression {
    public enum EvaluationProblem: Error, Sendable, Equatable {
        /// The record lacks the field, or its value is not an amount / a date.
        case missing(String)
        case divisionByZero
    }

    /// The value for one SPSE record (fields by lower-case name).
    public func evaluate(_ fields: [String: SirupValue]) -> Result<Decimal, EvaluationProblem> {
        switch self {
        case let .number(n): return .success(n)
        case let .field(name):
            guard let v = Self.amount(fields[name]) else { return .failure(.missing(name)) }
            return .success(v)
        case let .negate(e): return e.evaluate(fields).map { -$0 }
        case let .binary(op, l, r):
            switch (l.evaluate(fields), r.evaluate(fields)) {
            case let (.failure(e), _), let (_, .failure(e)): return .failure(e)
            case let (.success(a), .success(b)):
                switch op {
                case "+": return .success(a + b)
                case "-": return .success(a - b)
                case "*": return .success(a * b)
                default:
                    if b == 0 { return .failure(.divisionByZero) }
                    return .success(a / b)
                }
            }
        case let .days(a, b):
            guard let da = Self.date(fields[a]) else { return .failure(.missing(a)) }
            guard let db = Self.date(fields[b]) else { return .failure(.missing(b)) }
            return .success(Decimal(Self.dayNumber(da) - Self.dayNumber(db)))
        }
    }

    /// An amount as SPSE writes it: a JSON number or a text of digits (`1250000000`,
    /// `1.250.000.000`), read exactly.
    static func amount(_ v: SirupValue?) -> Decimal? {
        guard let v, let t = v.text else { return nil }
        if case .number = v { return plainDecimal(t) }
        if case let .amount(n) = Rupiah.parse(t) { return Decimal(n) }
        return plainDecimal(t)
    }

    /// `-12`, `12.5`: digits with at most one decimal point, else nil (Foundation's
    /// `Decimal(string:)` reads `12abc` as 12 and `abc` as 0).
    static func plainDecimal(_ t: String) -> Decimal? {
        let digits = t.hasPrefix("-") ? t.dropFirst() : Substring(t)
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Decimal(string: t, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Days since 1970-01-01 (the proleptic Gregorian calendar).
    static func dayNumber(_ d: SimpleDate) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `2026-03-02`, `2026-03-02 10:00:00`… (the day only).
    static func date(_ v: SirupValue?) -> SimpleDate? { v?.text.flatMap(SirupDate.parse) }
}
