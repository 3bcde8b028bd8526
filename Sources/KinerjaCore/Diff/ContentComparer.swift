/// Compares two loaded content trees semantically (DESIGN §8): which objectives, areas and
/// indicators were added, removed or renamed, and which indicator fields changed. Every
/// change is returned as `notRequiredField`; `ChangeControl` decides approvals.
public enum ContentComparer {
    public static func compare(base: Content, head: Content) -> ContentDiff {
        let years = Set(base.years.map(\.year)).union(head.years.map(\.year)).sorted()
        let language = head.site.defaultLanguage
        return ContentDiff(years: years.map {
            compare(year: $0, base: base.year($0), head: head.year($0), defaultLanguage: language)
        })
    }

    static func compare(year: Int, base: YearContent?, head: YearContent?, defaultLanguage: String = "id") -> YearDiff {
        var diff = YearDiff(year: year, baseStatus: base?.plan?.status, headStatus: head?.plan?.status)
        diff.items += items(.objective, year: year,
                            base: (base?.plan?.objectives ?? []).map { ($0.id, $0.titles) },
                            head: (head?.plan?.objectives ?? []).map { ($0.id, $0.titles) }, defaultLanguage: defaultLanguage)
        diff.items += items(.area, year: year, base: (base?.areas ?? []).map { ($0.id, $0.titles) },
                            head: (head?.areas ?? []).map { ($0.id, $0.titles) }, defaultLanguage: defaultLanguage)
        diff.items += items(.indicator, year: year, base: (base?.indicators ?? []).map { ($0.id, $0.titles) },
                            head: (head?.indicators ?? []).map { ($0.id, $0.titles) }, defaultLanguage: defaultLanguage)
        let before = firstByID(base?.indicators ?? [])
        for indicator in head?.indicators ?? [] {
            guard let old = before[indicator.id] else { continue }
            diff.changes += fields(year: year, base: old, head: indicator)
        }
        return diff
    }

    /// Added (HEAD order), removed (BASE order) and renamed items of one kind. A title is
    /// compared in every language it is written in (docs/reviewing-changes.md): a new
    /// English title is a rename in `en`, reported beside one in the default language.
    static func items(_ kind: ItemChange.Kind, year: Int, base: [(id: String, titles: LocalizedText)],
                      head: [(id: String, titles: LocalizedText)], defaultLanguage: String = "id") -> [ItemChange] {
        let before = Dictionary(base.map { ($0.id, $0.titles) }, uniquingKeysWith: { first, _ in first })
        let after = Set(head.map(\.id))
        var seen = Set<String>()
        var out: [ItemChange] = []
        for item in head where seen.insert(item.id).inserted {
            if let old = before[item.id] {
                let codes = Set([defaultLanguage]).union(old.byLanguage.keys).union(item.titles.byLanguage.keys)
                let ordered = [defaultLanguage] + codes.subtracting([defaultLanguage]).sorted()
                for code in ordered {
                    let was = old.text(in: code, defaultLanguage: defaultLanguage) ?? ""
                    let now = item.titles.text(in: code, defaultLanguage: defaultLanguage) ?? ""
                    guard was != now else { continue }
                    out.append(ItemChange(year: year, kind: kind, id: item.id, title: now, change: .renamed(from: was),
                                          language: code == defaultLanguage ? nil : code))
                }
            } else {
                out.append(ItemChange(year: year, kind: kind, id: item.id, title: item.titles.text, change: .added))
            }
        }
        seen = []
        for item in base where !after.contains(item.id) && seen.insert(item.id).inserted {
            out.append(ItemChange(year: year, kind: kind, id: item.id, title: item.titles.text, change: .removed))
        }
        return out
    }

    /// Every changed field of one indicator, in a fixed order: target, targets by period,
    /// baseline, baseline year, polarity, unit, aggregation, owner.
    static func fields(year: Int, base: Indicator, head: Indicator) -> [FieldChange] {
        var out: [FieldChange] = []
        func note(_ field: String, _ from: FieldValue, _ to: FieldValue, at key: String) {
            guard !from.matches(to) else { return }
            out.append(FieldChange(year: year, indicator: head.id, title: head.title, field: field, from: from, to: to,
                                   approval: .notRequiredField, location: head.positions.key(key)))
        }
        note("target", FieldValue(base.target), FieldValue(head.target), at: "target")
        for period in Set(base.targets.keys).union(head.targets.keys).sorted() {
            let field = "targets.\(period)"
            note(field, FieldValue(base.targets[period]), FieldValue(head.targets[period]), at: field)
        }
        note("baseline", FieldValue(base.baseline?.value), FieldValue(head.baseline?.value), at: "baseline.value")
        note("baseline.year", FieldValue(base.baseline?.year.map(Double.init)),
             FieldValue(head.baseline?.year.map(Double.init)), at: "baseline.year")
        note("polarity", FieldValue(base.polarity?.rawValue), FieldValue(head.polarity?.rawValue), at: "polarity")
        note("unit", FieldValue(base.unit), FieldValue(head.unit), at: "unit")
        note("aggregation", FieldValue(base.aggregation?.rawValue), FieldValue(head.aggregation?.rawValue),
             at: "aggregation")
        note("owner", ownerValue(base.owner), ownerValue(head.owner), at: "owner")
        return out
    }

    private static func ownerValue(_ owner: Owner?) -> FieldValue {
        guard let display = owner?.display, !display.isEmpty else { return .absent }
        return .text(display)
    }

    private static func firstByID(_ indicators: [Indicator]) -> [String: Indicator] {
        Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
