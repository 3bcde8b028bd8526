/// Typed, positioned access to one YAML mapping of an entity. Every getter reports a
/// diagnostic on a wrong type (KJ004), a missing required key (KJ011), an invalid date
/// (KJ008), period (KJ009) or id (KJ007), and records where the key and value stood.
final class Fields {
    let doc: YAMLDocument
    let origin: SourceLocation
    private(set) var positions: Positions
    /// The keys in file order (a key written twice once, at its first place) and their nodes
    /// (the last ones written). Most mappings have a few keys, searched in order; a large
    /// one gets an index.
    private(set) var order: [String] = []
    private var nodes: [(key: YAMLNode, value: YAMLNode)] = []
    private var index: [String: Int]? = nil
    private static let searchedAtMost = 16
    private let parent: Fields?
    private let prefix: String

    /// Wraps `node`, which must be a mapping; otherwise reports KJ004 and returns nil.
    init?(_ node: YAMLNode, doc: YAMLDocument, what: String, parent: Fields? = nil, prefix: String = "") {
        self.doc = doc
        self.parent = parent
        self.prefix = prefix
        origin = doc.location(node)
        positions = Positions(origin: origin)
        guard case let .mapping(mapping) = node else {
            doc.diags.add(.KJ004, at: origin, "\(what) must be a mapping (key: value), found \(node.kindName)")
            return nil
        }
        order.reserveCapacity(mapping.pairs.count)
        nodes.reserveCapacity(mapping.pairs.count)
        // Positions of this mapping's own keys, by entry (set at once at the end).
        var keyMarks: [YAMLMark] = []
        var valueMarks: [YAMLMark?] = []
        keyMarks.reserveCapacity(mapping.pairs.count)
        valueMarks.reserveCapacity(mapping.pairs.count)
        for pair in mapping.pairs {
            let k = pair.key, v = pair.value
            guard doc.spend(k), doc.spend(v) else { break }
            guard case let .scalar(ks) = k else {
                doc.diags.add(.KJ004, at: doc.location(k), "a key must be a single word, found \(k.kindName)")
                continue
            }
            let key = ks.string
            // A null value records only its key: rules tell "written but empty" from "wrong type".
            let valueMark = v.isNull ? nil : v.mark
            if let i = position(of: key) {
                nodes[i] = (k, v)
                keyMarks[i] = k.mark
                if let valueMark { valueMarks[i] = valueMark }
            } else {
                append(key, (k, v))
                keyMarks.append(k.mark)
                valueMarks.append(valueMark)
            }
            parent?.record(prefix + "." + key, key: doc.location(k), value: valueMark.map(doc.location))
        }
        let offset = doc.lineOffset
        positions.keys = PositionMap(file: doc.file, paths: order) { (Int(keyMarks[$0].line) + offset, Int(keyMarks[$0].column)) }
        positions.values = PositionMap(file: doc.file, paths: order) {
            valueMarks[$0].map { (Int($0.line) + offset, Int($0.column)) }
        }
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return order.firstIndex(of: key)
    }

    private func append(_ key: String, _ entry: (key: YAMLNode, value: YAMLNode)) {
        index?[key] = order.count
        order.append(key)
        nodes.append(entry)
        if index == nil, order.count > Self.searchedAtMost {
            index = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private func entry(_ key: String) -> (key: YAMLNode, value: YAMLNode)? {
        position(of: key).map { nodes[$0] }
    }

    var keys: [String] { order }
    var file: String { doc.file }

    private func record(_ path: String, key: SourceLocation, value: SourceLocation?) {
        positions.keys[path] = key
        if let value { positions.values[path] = value }
        parent?.record(prefix + "." + path, key: key, value: value)
    }

    /// Records the position of a list element (`key.index`) whose key is the list's key.
    private func recordElement(_ key: String, _ index: Int, at location: SourceLocation) {
        positions.values["\(key).\(index)"] = location
        parent?.recordElement(prefix + "." + key, index, at: location)
    }

    /// Where `key` stood (the key token), or the mapping's start.
    func keyLocation(_ key: String) -> SourceLocation { positions.key(key) }
    /// Where `key`'s value stood, or the mapping's start.
    func valueLocation(_ key: String) -> SourceLocation { positions.value(key) }

    /// The raw node of `key`, nil when absent or null. Reports KJ011 when required.
    func node(_ key: String, required: Bool = false, what: String? = nil) -> YAMLNode? {
        let found = entry(key)
        if let v = found?.value, !v.isNull { return v }
        if required {
            let at = found != nil ? keyLocation(key) : origin
            doc.diags.add(.KJ011, at: at, "required field `\(key)` is missing\(what.map { " in \($0)" } ?? "")")
        }
        return nil
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// A scalar's text. Mappings and lists are KJ004. A text with a control or
    /// bidirectional character is a KJ015 warning at that character (`flagsUnsafe`; the
    /// getters that read ids, dates and choices refuse them their own way).
    func string(_ key: String, required: Bool = false, what: String? = nil, flagsUnsafe: Bool = true) -> String? {
        guard let n = node(key, required: required, what: what) else { return nil }
        guard case let .scalar(s) = n else {
            doc.diags.add(.KJ004, at: valueLocation(key), "`\(key)` must be text, found \(n.kindName)")
            return nil
        }
        if flagsUnsafe, UnsafeCharacters.contains(s.string) { flagUnsafe(s, key: key) }
        return s.string
    }

    /// A text written once or per language (`title: {id: …, en: …}`, docs/content.md "Texts
    /// in more than one language"). A key that is not a language code is KJ016 at the key;
    /// a map with no language is treated as missing (KJ011 when required).
    func localized(_ key: String, required: Bool = false, what: String? = nil) -> LocalizedText? {
        guard let n = node(key, required: required, what: what) else { return nil }
        switch n {
        case .scalar:
            return string(key).map { LocalizedText($0) }
        case .mapping:
            guard let sub = mapping(key) else { return nil }
            var texts: [String: String] = [:]
            for lang in sub.keys {
                guard LocalizedText.languages.contains(lang) else {
                    doc.diags.add(.KJ016, at: sub.keyLocation(lang),
                                  "`\(key)` has a text in `\(lang.clipped)`: the languages are id and en",
                                  hint: Suggestion.hint(lang, in: LocalizedText.languages)
                                      ?? "write the text per language as `\(key): {id: …, en: …}`")
                    continue
                }
                if let text = sub.string(lang) { texts[lang] = text }
            }
            if texts.isEmpty {
                if required {
                    doc.diags.add(.KJ011, at: valueLocation(key),
                                  "required field `\(key)` has no text in id or en\(what.map { " in \($0)" } ?? "")")
                }
                return nil
            }
            return LocalizedText(languages: texts)
        default:
            doc.diags.add(.KJ004, at: valueLocation(key), "`\(key)` must be text or a map of texts per language, found \(n.kindName)")
            return nil
        }
    }

    /// KJ015 at the first control or bidirectional character of `s` (docs/validation.md).
    func flagUnsafe(_ s: YAMLNode.Scalar, key: String) {
        let unsafe = s.string.unicodeScalars.filter(UnsafeCharacters.isUnsafe)
        guard let first = unsafe.first else { return }
        let at = doc.locate(first, from: s.mark, limit: s.string.unicodeScalars.count * 2 + 16) ?? doc.location(s.mark)
        let more = unsafe.count > 1 ? " and \(unsafe.count - 1) more" : ""
        doc.diags.add(.KJ015, at: at,
                      "`\(key)` contains \(UnsafeCharacters.describe(first))\(more), which can hide or reorder text where it is shown",
                      hint: "delete it: most editors do not show it, so retype the text around this position")
    }

    func number(_ key: String, required: Bool = false, what: String? = nil) -> Double? {
        guard let n = node(key, required: required, what: what) else { return nil }
        return number(n, key: key)
    }

    func number(_ n: YAMLNode, key: String) -> Double? {
        guard case let .scalar(s) = n, let v = NumberParser.parse(s.string) else {
            doc.diags.add(.KJ004, at: doc.location(n), "`\(key)` must be a number, found \(describe(n))")
            return nil
        }
        return v
    }

    func int(_ key: String, required: Bool = false, what: String? = nil) -> Int? {
        guard let n = node(key, required: required, what: what) else { return nil }
        guard case let .scalar(s) = n, let v = Int(s.string.trimmingCharacters(in: " ")) else {
            doc.diags.add(.KJ004, at: valueLocation(key), "`\(key)` must be a whole number, found \(describe(n))")
            return nil
        }
        return v
    }

    func date(_ key: String, required: Bool = false, what: String? = nil) -> SimpleDate? {
        guard let text = string(key, required: required, what: what, flagsUnsafe: false) else { return nil }
        guard let d = SimpleDate(text) else {
            doc.diags.add(.KJ008, at: valueLocation(key), "`\(key)`: `\(text.clipped)` is not a valid date",
                          hint: "write dates as YYYY-MM-DD, e.g. 2026-01-15")
            return nil
        }
        return d
    }

    func period(_ key: String, required: Bool = false, what: String? = nil) -> Period? {
        guard let text = string(key, required: required, what: what, flagsUnsafe: false) else { return nil }
        guard let p = Period(text) else {
            doc.diags.add(.KJ009, at: valueLocation(key), "`\(key)`: `\(text.clipped)` is not a valid period",
                          hint: "write 2026 (year), 2026-S1 (semester), 2026-Q1 (quarter) or 2026-03 (month)")
            return nil
        }
        return p
    }

    /// An id (DESIGN §2 pattern); KJ007 when invalid.
    func id(_ key: String, required: Bool = false, what: String? = nil) -> String? {
        guard let text = string(key, required: required, what: what, flagsUnsafe: false) else { return nil }
        guard Identifier.isValid(text) else {
            doc.diags.add(.KJ007, at: valueLocation(key), Identifier.problem(text))
            return nil
        }
        return text
    }

    /// One of an enumeration's raw values; KJ004 with the allowed values otherwise.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false,
                                                     what: String? = nil) -> E? where E.RawValue == String {
        guard let text = string(key, required: required, what: what, flagsUnsafe: false) else { return nil }
        if let v = E(rawValue: text) { return v }
        let allowed = E.allCases.map(\.rawValue)
        doc.diags.add(.KJ004, at: valueLocation(key),
                      "`\(key)` must be one of \(allowed.joined(separator: ", ")), found `\(text.clipped)`",
                      hint: Suggestion.hint(text, in: allowed))
        return nil
    }

    /// A nested mapping.
    func mapping(_ key: String, required: Bool = false, what: String? = nil) -> Fields? {
        guard let n = node(key, required: required, what: what) else { return nil }
        return Fields(n, doc: doc, what: "`\(key)`", parent: self, prefix: key)
    }

    /// A list of mappings (`- {…}`), each wrapped; bad elements reported and skipped.
    func mappings(_ key: String, what: String) -> [(index: Int, fields: Fields)] {
        guard let n = node(key) else { return [] }
        guard case let .sequence(seq) = n else {
            doc.diags.add(.KJ004, at: valueLocation(key), "`\(key)` must be a list, found \(n.kindName)")
            return []
        }
        var out: [(Int, Fields)] = []
        for (i, item) in seq.enumerated() {
            guard doc.spend(item) else { break }
            if let f = Fields(item, doc: doc, what: "each entry of `\(key)` (\(what))", parent: self, prefix: "\(key).\(i)") {
                out.append((i, f))
            }
        }
        return out
    }

    /// A list of texts; a single text is accepted as a one-element list.
    func strings(_ key: String) -> [String] {
        guard let n = node(key) else { return [] }
        switch n {
        case let .scalar(s): return [s.string]
        case let .sequence(seq):
            var out: [String] = []
            for item in seq {
                guard doc.spend(item) else { break }
                if case let .scalar(s) = item {
                    recordElement(key, out.count, at: doc.location(item))
                    out.append(s.string)
                } else {
                    doc.diags.add(.KJ004, at: doc.location(item), "each entry of `\(key)` must be text, found \(item.kindName)")
                    break
                }
            }
            return out
        default:
            doc.diags.add(.KJ004, at: valueLocation(key), "`\(key)` must be a list of texts, found \(n.kindName)")
            return []
        }
    }

    /// Key/value pairs of a nested mapping with number values (e.g. `targets`).
    func numberMap(_ key: String) -> [(key: String, value: Double, location: SourceLocation)] {
        guard let sub = mapping(key) else { return [] }
        var out: [(String, Double, SourceLocation)] = []
        for k in sub.keys {
            guard let n = sub.node(k) else { continue }
            if let v = sub.number(n, key: "\(key).\(k)") { out.append((k, v, sub.keyLocation(k))) }
        }
        return out
    }

    /// Reports KJ005 for every key not in `known`, with the nearest known key as hint.
    func warnUnknown(_ known: [String], what: String) {
        for key in order where !known.contains(key) {
            doc.diags.add(.KJ005, at: keyLocation(key), "unknown field `\(key.clipped)` in \(what)",
                          hint: Suggestion.hint(key, in: known) ?? "known fields: \(known.joined(separator: ", "))")
        }
    }

    private func describe(_ n: YAMLNode) -> String {
        if case let .scalar(s) = n { return "`\(s.string.clipped)`" }
        return n.kindName
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(Substring(self).trimmingSpaces())
    }

    /// At most 40 characters of the text, for quoting a value in a message.
    var clipped: String { count > 40 ? String(prefix(40)) + "…" : self }
}
