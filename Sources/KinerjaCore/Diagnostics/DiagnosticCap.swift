/// At most `perFileAndRule` diagnostics of one rule in one file are shown; the rest are
/// replaced by one diagnostic of the same rule at the file, "… N more KJ010 in this file"
/// (docs/validation.md "How many are shown"). Counts stay the true totals (`total`).
public enum DiagnosticCap {
    public static let perFileAndRule = 50

    struct Key: Hashable, Sendable {
        let file: String
        let rule: Rule
    }

    /// `diagnostics` sorted, with each file's diagnostics of one rule beyond the first
    /// `limit` (in sorted order) replaced by one "… N more" diagnostic.
    public static func apply(_ diagnostics: [Diagnostic], limit: Int = perFileAndRule) -> [Diagnostic] {
        let sorted = diagnostics.sorted()
        var seen: [Key: Int] = [:]
        var earlier: [Key: Int] = [:]  // what "… N more" diagnostics already in the list stand for
        var out: [Diagnostic] = []
        out.reserveCapacity(min(sorted.count, 4096))
        var order: [Key] = []
        for d in sorted {
            let key = Key(file: d.file, rule: d.rule)
            if seen[key] == nil && earlier[key] == nil { order.append(key) }
            if d.more > 0 {
                earlier[key, default: 0] += d.more
                continue
            }
            let n = seen[key, default: 0] + 1
            seen[key] = n
            if n <= limit { out.append(d) }
        }
        var hidden: [Key: Int] = [:]
        for key in order {
            let n = earlier[key, default: 0] + max(0, seen[key, default: 0] - limit)
            if n > 0 { hidden[key] = n }
        }
        out += summaries(hidden, limit: limit)
        return out.sorted()
    }

    /// One "… N more" diagnostic per file and rule, in file and code order.
    static func summaries(_ hidden: [Key: Int], limit: Int = perFileAndRule) -> [Diagnostic] {
        hidden.sorted { ($0.key.file, $0.key.rule.rawValue) < ($1.key.file, $1.key.rule.rawValue) }.map { key, n in
            var d = Diagnostic(key.rule, at: SourceLocation(file: key.file),
                               "… \(grouped(n)) more \(key.rule.code) in this file",
                               hint: "the first \(limit) are listed; correct them and check again to see the rest")
            d.more = n
            return d
        }
    }

    /// How many diagnostics `diagnostics` stands for, counting each "… N more" as N.
    public static func total(_ diagnostics: [Diagnostic], _ severity: Severity? = nil) -> Int {
        diagnostics.reduce(0) { sum, d in
            guard severity == nil || d.severity == severity else { return sum }
            return sum + (d.more > 0 ? d.more : 1)
        }
    }

    /// How many diagnostics the "… N more" lines stand for.
    public static func notShown(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.reduce(0) { $0 + $1.more }
    }

    /// 1299950 → "1 299 950".
    static func grouped(_ n: Int) -> String {
        var digits = String(n)
        var out = ""
        while digits.count > 3 {
            out = " " + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}
