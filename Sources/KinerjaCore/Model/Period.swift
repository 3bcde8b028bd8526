/// A reporting period: a month (`2026-03`), a quarter (`2026-Q1`), a semester (`2026-S1`)
/// or a year (`2026`).
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public enum Kind: Int, Sendable, Hashable, Comparable, Codable, CaseIterable {
        case month = 1, quarter = 3, semester = 6, year = 12

        /// Number of months the period spans.
        public var months: Int { rawValue }

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let kind: Kind
    /// 1-based index within the year (month 1–12, quarter 1–4, semester 1–2, year 1).
    public let index: Int

    public init?(year: Int, kind: Kind, index: Int) {
        guard (1...9999).contains(year), index >= 1, index <= 12 / kind.months else { return nil }
        self.year = year
        self.kind = kind
        self.index = index
    }

    /// Parses `2026`, `2026-03`, `2026-Q1`, `2026-S2`. Returns nil for anything else.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, bytes[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let year = bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        if bytes.count == 4 {
            self.init(year: year, kind: .year, index: 1)
            return
        }
        guard bytes.count >= 6, bytes[4] == UInt8(ascii: "-") else { return nil }
        let rest = bytes[5...]
        func number(_ s: ArraySlice<UInt8>) -> Int? {
            guard !s.isEmpty, s.count <= 2, s.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return s.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        switch rest.first {
        case UInt8(ascii: "Q"):
            guard rest.count == 2, let n = number(rest.dropFirst()) else { return nil }
            self.init(year: year, kind: .quarter, index: n)
        case UInt8(ascii: "S"):
            guard rest.count == 2, let n = number(rest.dropFirst()) else { return nil }
            self.init(year: year, kind: .semester, index: n)
        default:
            guard rest.count == 2, let n = number(rest) else { return nil }
            self.init(year: year, kind: .month, index: n)
        }
    }

    public var description: String {
        switch kind {
        case .year: return pad4(year)
        case .month: return "\(pad4(year))-\(index < 10 ? "0" : "")\(index)"
        case .quarter: return "\(pad4(year))-Q\(index)"
        case .semester: return "\(pad4(year))-S\(index)"
        }
    }

    /// First month (1–12) of the period.
    public var startMonth: Int { (index - 1) * kind.months + 1 }
    /// Last month (1–12) of the period.
    public var endMonth: Int { index * kind.months }

    /// The first day of the period.
    public var startDate: SimpleDate { SimpleDate(year: year, month: startMonth, day: 1) }
    /// The last day of the period.
    public var endDate: SimpleDate {
        SimpleDate(year: year, month: endMonth, day: SimpleDate.daysIn(month: endMonth, year: year))
    }

    /// Whether `other` lies wholly within this period.
    public func contains(_ other: Period) -> Bool {
        other.year == year && other.startMonth >= startMonth && other.endMonth <= endMonth
    }

    /// The period of `kind` containing this one's end, or nil when `kind` is finer than this.
    public func enclosing(_ kind: Kind) -> Period? {
        guard kind >= self.kind else { return nil }
        return Period(year: year, kind: kind, index: (endMonth - 1) / kind.months + 1)
    }

    /// All periods of `kind` in `year`, in order.
    public static func all(_ kind: Kind, in year: Int) -> [Period] {
        (1...(12 / kind.months)).compactMap { Period(year: year, kind: kind, index: $0) }
    }

    /// Ordered by end date, then finer first (so `2026-03` < `2026-Q1` < `2026-04`).
    public static func < (a: Period, b: Period) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if a.endMonth != b.endMonth { return a.endMonth < b.endMonth }
        return a.kind < b.kind
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let p = Period(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid period \(text)"))
        }
        self = p
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

private func pad4(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}

/// The frequency an indicator is reported at.
public enum Frequency: String, Sendable, Codable, CaseIterable {
    case monthly, quarterly, semester, annual

    public var periodKind: Period.Kind {
        switch self {
        case .monthly: return .month
        case .quarterly: return .quarter
        case .semester: return .semester
        case .annual: return .year
        }
    }
}

/// A calendar date without time or zone (`YYYY-MM-DD`).
public struct SimpleDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses a strict ISO date `YYYY-MM-DD` that exists in the calendar.
    public init?(_ text: String) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10),
              y >= 1, (1...12).contains(m), d >= 1, d <= SimpleDate.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
            + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
    }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The date of a Unix time (UTC).
    public init(unixTime: Int) {
        // Civil-from-days (H. Hinnant's algorithm).
        let z = unixTime >= 0 ? unixTime / 86400 : (unixTime - 86399) / 86400
        let zz = z + 719468
        let era = (zz >= 0 ? zz : zz - 146096) / 146097
        let doe = zz - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let d = SimpleDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid date \(text)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
