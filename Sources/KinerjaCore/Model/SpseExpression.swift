import Foundation

/// The small expression language over SPSE result fields that an indicator's
/// `compute:` is to use (`pagu - nilai_kontrak`, `days(tgl_penetapan_pemenang -
/// tgl_pengumuman_tender)`): numbers, field names, `+ - * /`, parentheses and
/// `days(date - date)`; nothing else (docs/data-entry.md). Parsed with the column of every
/// problem. Evaluated over an SPSE record by `kinerja import spse` in exact decimal
/// arithmetic (`SpseExpression+Evaluate.swift` in DataEntry), so rupiah figures stay exact.
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
