import KinerjaCore

/// Everything language-specific a page needs: UI strings, number, date and period
/// formatting. Built from `site-templates/i18n/<lang>.yaml` by `LocalizationLoader`.
/// A class: every page's environment holds one, and copying a reference is one retain.
public final class Localizer: Sendable {
    /// Language code (`id`, `en`), used for `lang` attributes and URL prefixes.
    public let code: String
    /// The language's own name ("Bahasa Indonesia", "English"), for the language switch.
    public let name: String
    public let numbers: NumberFormat
    let datePattern: Pattern
    let months: [String]
    let shortMonths: [String]
    let periodPatterns: [Period.Kind: Pattern]
    let shortPeriodPatterns: [Period.Kind: Pattern]
    /// UI strings by dotted key (`status.late`).
    let strings: [String: String]
    /// The same strings as a tree, for templates (`{{t.status.late}}`).
    public let tree: TemplateValue
    /// Period names already made (every page names the same few periods).
    private let periodNames = Memo<PeriodName, String>()

    init(code: String, name: String, numbers: NumberFormat, datePattern: Pattern, months: [String], shortMonths: [String],
         periodPatterns: [Period.Kind: Pattern], shortPeriodPatterns: [Period.Kind: Pattern], strings: [String: String],
         tree: TemplateValue) {
        self.code = code
        self.name = name
        self.numbers = numbers
        self.datePattern = datePattern
        self.months = months
        self.shortMonths = shortMonths
        self.periodPatterns = periodPatterns
        self.shortPeriodPatterns = shortPeriodPatterns
        self.strings = strings
        self.tree = tree
    }

    /// The UI string `key`; an error when the language lacks it.
    public func text(_ key: String) throws -> String {
        guard let s = strings[key] else { throw LocalizationError.missingString(language: code, key: key) }
        return s
    }

    /// The UI string `key` with its `{name}` placeholders filled.
    public func text(_ key: String, _ values: [String: String]) throws -> String {
        Pattern(try text(key)).fill(values)
    }

    /// The UI string `key` as HTML, its `{name}` placeholders filled with HTML (content text
    /// that carries its `lang`, docs/site.md "Languages").
    public func html(_ key: String, _ values: [String: HTML]) throws -> HTML {
        Pattern(try text(key)).fill(html: values)
    }

    /// `15 Januari 2026` / `15 January 2026`.
    public func date(_ d: SimpleDate) -> String {
        datePattern.fill(["day": String(d.day), "month": monthName(d.month), "year": String(d.year)])
    }

    /// `Januari 2026`, `Triwulan I 2026`, `Semester I 2026`, `Tahun 2026` /
    /// `January 2026`, `Q1 2026`, `H1 2026`, `2026`.
    public func period(_ p: Period) -> String {
        periodNames.value(PeriodName(period: p, short: false)) { fill(periodPatterns[p.kind], p) }
    }

    /// Short period names for table headers and chart axes (`Mar`, `TW I` / `Mar`, `Q1`).
    public func shortPeriod(_ p: Period) -> String {
        periodNames.value(PeriodName(period: p, short: true)) { fill(shortPeriodPatterns[p.kind], p) }
    }

    public func number(_ v: Double, fractionDigits: Int = 2) -> String { numbers.number(v, fractionDigits: fractionDigits) }
    public func integer(_ v: Int) -> String { numbers.integer(v) }
    public func percent(_ v: Double) -> String { numbers.percent(v) }
    public func rupiah(_ v: Double) -> String { numbers.rupiah(v) }
    public func rupiah(_ v: Int64) -> String { numbers.rupiah(v) }

    /// The strings a chart of `periods` needs.
    public func chartStrings(periods: [Period]) throws -> ChartStrings {
        var long: [Period: String] = [:]
        var short: [Period: String] = [:]
        for p in periods {
            long[p] = period(p)
            short[p] = shortPeriod(p)
        }
        return ChartStrings(language: code, titlePrefix: try text("chart.title"), value: try text("chart.value"),
                            target: try text("chart.target"), capaian: try text("chart.capaian"),
                            noData: try text("chart.no_data"), periodLabels: long, shortPeriodLabels: short,
                            numbers: numbers, baseline: try text("chart.baseline"))
    }

    private func monthName(_ m: Int) -> String { months.indices.contains(m - 1) ? months[m - 1] : String(m) }
    private func shortMonthName(_ m: Int) -> String { shortMonths.indices.contains(m - 1) ? shortMonths[m - 1] : String(m) }

    private func fill(_ pattern: Pattern?, _ p: Period) -> String {
        guard let pattern else { return p.description }
        return pattern.fill([
            "year": String(p.year), "n": String(p.index), "roman": Self.roman(p.index),
            "month": monthName(p.startMonth), "month_short": shortMonthName(p.startMonth),
        ])
    }

    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (value, letters) in table {
            while n >= value { out += letters; n -= value }
        }
        return out
    }
}

extension Localizer {
    /// Whether the language has the UI string `key` (for optional texts such as file descriptions).
    public func has(_ key: String) -> Bool { strings[key] != nil }
}

/// A period's name, long or short (the key of a language's memo of them).
struct PeriodName: Hashable, Sendable {
    let period: Period
    let short: Bool
}
