import Foundation
import KinerjaCore
import Yams

/// Reads `i18n/<lang>.yaml` files. Each file has:
///
/// ```yaml
/// name: Bahasa Indonesia
/// format: {decimal: ",", group: ".", percent: "{n} %", currency: "Rp{n}", date: "{day} {month} {year}"}
/// months: [Januari, …]          # 12 names
/// months_short: [Jan, …]        # 12 names
/// periods: {month: "{month} {year}", quarter: "Triwulan {roman} {year}", semester: …, year: …}
/// periods_short: {month: "{month_short}", quarter: "TW {roman}", …}
/// ui: {…}                       # nested UI strings; templates read them as {{t.<key>}}
/// ```
///
/// The first language is the reference: every other language must have all its `ui` keys.
public enum LocalizationLoader {
    public static func load(folder: URL, languages: [String]) throws -> [Localizer] {
        var result: [Localizer] = []
        for code in languages {
            let file = folder.appendingPathComponent("\(code).yaml")
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw LocalizationError.missingLanguage(language: code, file: file.path)
            }
            result.append(try parse(String(decoding: data, as: UTF8.self), code: code, file: file.path))
        }
        if let reference = result.first {
            for other in result.dropFirst() {
                if let key = reference.strings.keys.sorted().first(where: { other.strings[$0] == nil }) {
                    throw LocalizationError.missingString(language: other.code, key: key)
                }
            }
        }
        return result
    }

    public static func parse(_ yaml: String, code: String, file: String) throws -> Localizer {
        let root: Node?
        do {
            // Plain strings are all it reads: the basic resolver, and UTF-8 given (the default
            // encoding reads the whole process environment on every parse).
            root = try Yams.compose(yaml: yaml, Resolver.basic, Constructor.default, .utf8)
        } catch {
            throw LocalizationError.invalid(file: file, problem: "not valid YAML: \(error)")
        }
        guard let root, let top = root.mapping else {
            throw LocalizationError.invalid(file: file, problem: "expected a mapping at the top")
        }
        func scalar(_ path: String...) throws -> String {
            var node: Node? = root
            for key in path { node = node?.mapping?[key] }
            guard let s = node?.scalar?.string else {
                throw LocalizationError.invalid(file: file, problem: "`\(path.joined(separator: "."))` is missing")
            }
            return s
        }
        func names(_ key: String) throws -> [String] {
            let items = top[key]?.sequence?.compactMap { $0.scalar?.string } ?? []
            guard items.count == 12 else {
                throw LocalizationError.invalid(file: file, problem: "`\(key)` must list 12 month names")
            }
            return items
        }
        func patterns(_ key: String) throws -> [Period.Kind: Pattern] {
            let kinds: [(String, Period.Kind)] = [("month", .month), ("quarter", .quarter), ("semester", .semester), ("year", .year)]
            var out: [Period.Kind: Pattern] = [:]
            for (name, kind) in kinds { out[kind] = Pattern(try scalar(key, name)) }
            return out
        }
        guard let ui = top["ui"], ui.mapping != nil else {
            throw LocalizationError.invalid(file: file, problem: "`ui` strings are missing")
        }
        var flat: [String: String] = [:]
        let tree = try flatten(ui, prefix: "", into: &flat, file: file)
        return Localizer(
            code: code,
            name: try scalar("name"),
            numbers: NumberFormat(decimalSeparator: try scalar("format", "decimal"),
                                  groupingSeparator: try scalar("format", "group"),
                                  percentPattern: try scalar("format", "percent"),
                                  currencyPattern: try scalar("format", "currency")),
            datePattern: Pattern(try scalar("format", "date")),
            months: try names("months"),
            shortMonths: try names("months_short"),
            periodPatterns: try patterns("periods"),
            shortPeriodPatterns: try patterns("periods_short"),
            strings: flat,
            tree: tree)
    }

    private static func flatten(_ node: Node, prefix: String, into flat: inout [String: String], file: String) throws -> TemplateValue {
        if let mapping = node.mapping {
            var members: [String: TemplateValue] = [:]
            for (k, v) in mapping {
                guard let key = k.scalar?.string else {
                    throw LocalizationError.invalid(file: file, problem: "a key under `\(prefix)` is not text")
                }
                members[key] = try flatten(v, prefix: prefix.isEmpty ? key : prefix + "." + key, into: &flat, file: file)
            }
            return .object(TemplateObject(members))
        }
        guard let s = node.scalar?.string else {
            throw LocalizationError.invalid(file: file, problem: "`\(prefix)` must be text")
        }
        flat[prefix] = s
        return .text(s)
    }
}
