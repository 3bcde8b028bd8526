import Foundation

/// The small expression language over SPSE result fields that an indicator's
/// `compute:` is to use (`pagu - nilai_kontrak`, `days(tgl_penetapan_pemenang -
/// tgl_pengumuman_tender)`): numbers, field names, `+ - * /`, parentheses and
/// `days(date - date)`; nothing else (docs/data-entry.md). Parsed with the column of every
/// problem; evaluated in exact decimal arithmetic, so rupiah figures stay exact.
public indirect enum SpseExpression: Sendable, Equatable {
    case number(Decimal)
    case field(String)
    case negate(SpseExpression)
    case binary(Character, SpseExpression, SpseExpression)
    /// Whole days from the second date to the first.
    case days(String, String)

    /// Amount fields of SPSE results (rupiah).
    public static let amountFields: Set<String> = ["pagu", "hps", "nilai_kontrak", "nilai_pdn_kontrak", "nilai_umk_kontrak"]
    /// Date fields of SPSE results.
    public static let dateFields: Set<String> = ["tgl_pengumuman_tender", "tgl_penetapan_pemenang"]

    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable { case unknownField, syntax, notADate }
        public var kind: Kind
        /// 1-based column in the expression text.
        public var column: Int
        public var message: String
        public var description: String { "column \(column): \(message)" }
    }

    public static func parse(_ text: String) -> Result<SpseExpression, Problem> {
        var p = Parser(chars: Array(text))
        do {
            let e = try p.expression()
            p.skipSpaces()
            if p.i < p.chars.count { throw p.problem(.syntax, "unexpected `\(p.chars[p.i])`") }
            return .success(e)
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(kind: .syntax, column: 1, message: "\(error)"))
        }
    }

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

    struct Parser {
        var chars: [Character]
        var i = 0

        func problem(_ kind: Problem.Kind, _ message: String) -> Problem {
            Problem(kind: kind, column: i + 1, message: message)
        }

        mutating func skipSpaces() { while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 } }

        mutating func expression() throws -> SpseExpression {
            var e = try term()
            while true {
                skipSpaces()
                guard i < chars.count, chars[i] == "+" || chars[i] == "-" else { return e }
                let op = chars[i]
                i += 1
                e = .binary(op, e, try term())
            }
        }

        mutating func term() throws -> SpseExpression {
            var e = try factor()
            while true {
                skipSpaces()
                guard i < chars.count, chars[i] == "*" || chars[i] == "/" else { return e }
                let op = chars[i]
                i += 1
                e = .binary(op, e, try factor())
            }
        }

        mutating func factor() throws -> SpseExpression {
            skipSpaces()
            guard i < chars.count else { throw problem(.syntax, "expression ends where a number, field or `(` is expected") }
            let c = chars[i]
            if c == "-" {
                i += 1
                return .negate(try factor())
            }
            if c == "(" {
                i += 1
                let e = try expression()
                skipSpaces()
                guard i < chars.count, chars[i] == ")" else { throw problem(.syntax, "`)` expected") }
                i += 1
                return e
            }
            if c.isASCII, c.isNumber {
                let start = i
                while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "." { i += 1 }
                let text = String(chars[start..<i])
                guard let n = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), text.filter({ $0 == "." }).count <= 1 else {
                    i = start
                    throw problem(.syntax, "`\(text)` is not a number")
                }
                return .number(n)
            }
            if c.isASCII, c.isLetter || c == "_" {
                let start = i
                let name = identifier()
                if name == "days" {
                    skipSpaces()
                    guard i < chars.count, chars[i] == "(" else { throw problem(.syntax, "`days` takes `(date - date)`") }
                    i += 1
                    let a = try dateField()
                    skipSpaces()
                    guard i < chars.count, chars[i] == "-" else { throw problem(.syntax, "`-` expected: `days(date - date)`") }
                    i += 1
                    let b = try dateField()
                    skipSpaces()
                    guard i < chars.count, chars[i] == ")" else { throw problem(.syntax, "`)` expected") }
                    i += 1
                    return .days(a, b)
                }
                if SpseExpression.dateFields.contains(name) {
                    i = start
                    throw problem(.notADate, "`\(name)` is a date: use it in `days(… - …)`")
                }
                guard SpseExpression.amountFields.contains(name) else {
                    i = start
                    throw problem(.unknownField, "unknown field `\(name)`; SPSE amounts: "
                                  + SpseExpression.amountFields.sorted().joined(separator: ", "))
                }
                return .field(name)
            }
            throw problem(.syntax, "unexpected `\(c)`")
        }

        mutating func identifier() -> String {
            let start = i
            while i < chars.count, chars[i].isASCII, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
            return String(chars[start..<i]).lowercased()
        }

        mutating func dateField() throws -> String {
            skipSpaces()
            let start = i
            let name = identifier()
            guard SpseExpression.dateFields.contains(name) else {
                i = start
                throw problem(name.isEmpty ? .syntax : (SpseExpression.amountFields.contains(name) ? .notADate : .unknownField),
                              name.isEmpty ? "a date field expected" : "`\(name)` is not an SPSE date; dates: "
                                  + SpseExpression.dateFields.sorted().joined(separator: ", "))
            }
            return name
        }
    }
}
