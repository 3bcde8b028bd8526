import Foundation

/// Parses numbers as people write them in YAML and in spreadsheets exported on
/// Indonesian- or English-locale machines: `81.2`, `12,5`, `1.250.000.000`, `1,250,000`,
/// `1.250.000,75`, `Rp1.250.000`, `-3`.
public enum NumberParser {
    /// - Parameter groupedDots: treat a single dot followed by exactly three digits as a
    ///   thousands separator (`1.250` = 1250), as for rupiah amounts. Otherwise it is a
    ///   decimal point (`81.250` = 81.25).
    public static func parse(_ raw: String, groupedDots: Bool = false) -> Double? {
        if let plain = plainInteger(raw) { return plain }
        var s = Substring(raw).trimmingSpaces()
        if s.hasPrefix("Rp") { s = s.dropFirst(2).trimmingSpaces() }
        guard !s.isEmpty, s.count <= 64 else { return nil }
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "e" || $0 == "E" || $0 == "-" || $0 == "+") }) else {
            return nil
        }
        if s.contains(where: { $0 == "e" || $0 == "E" }) {
            guard let v = Double(String(s)), v.isFinite else { return nil }
            return negative ? -v : v
        }
        guard s.first?.isNumber == true || s.first == "." || s.first == "," else { return nil }
        let dots = s.filter { $0 == "." }.count
        let commas = s.filter { $0 == "," }.count
        var normalized: String
        if let lastDot = s.lastIndex(of: "."), let lastComma = s.lastIndex(of: ",") {
            // Both separators: the later one is the decimal one.
            let (group, decimal): (Character, Character) = lastDot > lastComma ? (",", ".") : (".", ",")
            guard s.filter({ $0 == decimal }).count == 1, validGroups(s, group: group, decimal: decimal) else { return nil }
            normalized = String(s.filter { $0 != group }.map { $0 == decimal ? "." : $0 })
        } else if commas > 0 {
            if commas == 1 {
                normalized = s.replacingOccurrences(",", ".")
            } else {
                guard validGroups(s, group: ",", decimal: nil) else { return nil }
                normalized = String(s.filter { $0 != "," })
            }
        } else if dots > 1 || (dots == 1 && groupedDots && validGroups(s, group: ".", decimal: nil)) {
            guard validGroups(s, group: ".", decimal: nil) else { return nil }
            normalized = String(s.filter { $0 != "." })
        } else {
            normalized = String(s)
        }
        guard let v = Double(normalized), v.isFinite else { return nil }
        return negative ? -v : v
    }

    /// The other reading of a number written with one separator followed by exactly three
    /// digits and read as a decimal (`1,250` or `1.250` = 1,25, which could also be meant as
    /// 1 250); nil when the text reads only one way (docs/validation.md, KJ711).
    public static func otherReading(_ raw: String, groupedDots: Bool = false) -> Double? {
        var s = Substring(raw).trimmingSpaces()
        if s.first == "-" || s.first == "+" { s = s.dropFirst() }
        guard let sep = s.firstIndex(where: { $0 == "," || $0 == "." }) else { return nil }
        if s[sep] == "." && groupedDots { return nil }  // already read as 1 250
        let whole = s[..<sep], fraction = s[s.index(after: sep)...]
        guard (1...3).contains(whole.count), fraction.count == 3,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
              whole.first != "0" else { return nil }
        guard let v = Double(String(whole) + String(fraction)) else { return nil }
        return raw.trimmingCharacters(in: .whitespaces).hasPrefix("-") ? -v : v
    }

    /// The common case of a cell or value made of digits only (up to 15, so exact), read
    /// without building intermediate strings.
    private static func plainInteger(_ raw: String) -> Double? {
        let utf8 = raw.utf8
        guard !utf8.isEmpty, utf8.count <= 15 else { return nil }
        var v = 0
        for b in utf8 {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            v = v * 10 + Int(b - UInt8(ascii: "0"))
        }
        return Double(v)
    }

    /// `1.250.000` style: first group 1–3 digits, the rest exactly 3, up to the decimal separator.
    private static func validGroups(_ s: Substring, group: Character, decimal: Character?) -> Bool {
        let integer = decimal.flatMap { d in s.firstIndex(of: d).map { s[..<$0] } } ?? s
        let parts = integer.split(separator: group, omittingEmptySubsequences: false)
        guard let first = parts.first, (1...3).contains(first.count) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        // Most cells have nothing to trim: an ASCII letter or digit at both ends.
        let u = utf8
        guard let f = u.first, let l = u.last else { return self }
        if f < 0x80, f != 0x20, f != 0x09, l < 0x80, l != 0x20, l != 0x09 { return self }
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\u{00A0}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{00A0}" { s = s.dropLast() }
        return s
    }

    func replacingOccurrences(_ a: Character, _ b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
