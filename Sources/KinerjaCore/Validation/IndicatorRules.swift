/// SOP step 2: indicators and their attributes per area (KJ201–KJ204).
enum IndicatorRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        areasWithoutIndicator(c, into: &bag)
        for indicator in c.year.indicators {
            area(indicator, c, into: &bag)
            attributes(indicator, into: &bag)
            owner(indicator, into: &bag)
        }
    }

    /// KJ201
    static func areasWithoutIndicator(_ c: YearContext, into bag: inout DiagnosticBag) {
        let used = Set(c.year.indicators.compactMap(\.area))
        for area in c.year.areas where !used.contains(area.id) {
            bag.add(.KJ201, at: area.positions.origin, "area `\(area.id)` has no indicator",
                    hint: "add an indicator with `area: \(area.id)` in \(c.year.folder)/indicators/")
        }
    }

    /// KJ202
    static func area(_ indicator: Indicator, _ c: YearContext, into bag: inout DiagnosticBag) {
        guard let area = indicator.area else {
            if indicator.positions.isWritten("area") { return }
            bag.add(.KJ202, at: indicator.positions.key("area"), "indicator \(indicator.id) names no area",
                    hint: "add `area:` naming one of: \(c.areaIDs.joined(separator: ", "))")
            return
        }
        if c.areas[area] == nil {
            bag.add(.KJ202, at: indicator.positions.value("area"),
                    "indicator \(indicator.id) references unknown area `\(area)`",
                    hint: c.hint(area, among: c.areaIDs, kind: "areas"))
        }
    }

    /// KJ203: one diagnostic naming every missing attribute, at the first one written empty
    /// (or at the start of the front-matter when none is written).
    static func attributes(_ indicator: Indicator, into bag: inout DiagnosticBag) {
        let attributes: [(name: String, value: String?)] = [
            ("unit", indicator.unit), ("polarity", indicator.polarity?.rawValue),
            ("frequency", indicator.frequency?.rawValue), ("aggregation", indicator.aggregation?.rawValue),
            ("formula", indicator.formula), ("data_source", indicator.dataSource),
        ]
        let p = indicator.positions
        let missing = attributes.filter { name, value in
            guard let value else {
                // A value written but not understood (e.g. `polarity: up`) already has its KJ004.
                return !p.isWritten(name)
            }
            return value.isBlank
        }.map(\.name)
        guard !missing.isEmpty else { return }
        let at = missing.first { p.keys[$0] != nil }.map { p.key($0) } ?? p.origin
        let list = missing.map { "`\($0)`" }.joined(separator: ", ")
        bag.add(.KJ203, at: at,
                "indicator \(indicator.id) lacks \(missing.count == 1 ? "the attribute" : "the attributes") \(list)",
                hint: "every indicator states unit, polarity, frequency, aggregation, formula and data_source (SOP step 2)")
    }

    /// KJ204
    static func owner(_ indicator: Indicator, into bag: inout DiagnosticBag) {
        let p = indicator.positions
        if let owner = indicator.owner {
            guard owner.display.isBlank else { return }
        } else if p.isWritten("owner") {
            return
        }
        bag.add(.KJ204, at: p.key("owner"), "indicator \(indicator.id) has no owner (Penanggung Jawab Kinerja)",
                hint: "add `owner: {name: …, role: …}`")
    }
}
