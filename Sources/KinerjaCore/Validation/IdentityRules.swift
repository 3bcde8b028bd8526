/// KJ006: duplicate ids of indicators, areas, objectives, actions and reports within a year.
/// (Duplicate `kd_rup` is KJ603, see `PackageRules`; duplicate OPD codes are the loader's.)
enum IdentityRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        let year = c.year
        let renameHint = "ids must be unique within a year: rename one of them"
        duplicates(year.indicators, id: \.id, positions: \.positions, kind: "indicator", hint: renameHint, into: &bag)
        duplicates(year.areas, id: \.id, positions: \.positions, kind: "area", hint: renameHint, into: &bag)
        duplicates(year.plan?.objectives ?? [], id: \.id, positions: \.positions, kind: "objective",
                   hint: renameHint, into: &bag)
        duplicates(year.indicators.flatMap(\.actions), id: \.id, positions: \.positions, kind: "action",
                   hint: "action ids must be unique within a year, across indicators: rename one of them", into: &bag)
        duplicates(year.reports, id: { $0.period.description }, positions: \.positions, key: "period",
                   kind: "report for period", hint: "keep one report per period", into: &bag)
    }

    /// Reports every definition of an id after its first one (in file order), at its `key`.
    static func duplicates<T>(_ items: [T], id: (T) -> String, positions: (T) -> Positions, key: String = "id",
                              kind: String, hint: String, into bag: inout DiagnosticBag) {
        var first: [String: SourceLocation] = [:]
        let ordered = items.sorted { positions($0).origin < positions($1).origin }
        for item in ordered {
            let name = id(item)
            let p = positions(item)
            guard let earlier = first[name] else {
                first[name] = p.value(key)
                continue
            }
            bag.add(.KJ006, at: p.value(key), "duplicate \(kind) `\(name)`: it is already defined at \(earlier)",
                    hint: hint)
        }
    }
}
