/// SOP steps 11–12: realization rows and action progress (KJ701–KJ710). One pass over the
/// rows with dictionary lookups, so 150 000 rows against 12 000 packages stay fast.
enum RealizationRules {
    private struct Slot: Hashable {
        let period: Period
        let indicator: String
    }

    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        // The rows seen per period and indicator, by package: where each one is (realization,
        // row). Small values and one dictionary per slot keep 150 000 rows light.
        var seen: [Slot: [String?: (Int32, Int32)]] = [:]
        for (r, realization) in c.year.realizations.enumerated() {
            if realization.period.startDate > c.today {
                bag.add(.KJ709, at: realization.positions.value("period"),
                        "realization \(realization.period) lies after the build date \(c.today)",
                        hint: "check the period; realizations report periods that have begun")
            }
            var coarseReported: Set<String> = []
            for (i, row) in realization.rows.enumerated() {
                guard let indicator = c.indicatorFacts[row.indicator] else {
                    bag.add(.KJ701, at: row.positions.value("indicator"),
                            "realization \(row.period) references unknown indicator `\(row.indicator)`",
                            hint: c.hint(row.indicator, among: c.indicatorIDs, kind: "indicators"))
                    continue
                }
                let slot = Slot(period: row.period, indicator: row.indicator)
                if let (er, ei) = seen[slot]?[row.package] {
                    let earlier = c.year.realizations[Int(er)].rows[Int(ei)].positions.origin
                    let what = row.package.map { "package \($0) and " } ?? ""
                    bag.add(.KJ705, at: row.positions.origin,
                            "duplicate row for \(what)indicator \(row.indicator) in \(row.period): the first is at \(earlier)",
                            hint: "keep one row per period, indicator and package")
                    continue
                }
                seen[slot, default: [:]][row.package] = (Int32(r), Int32(i))
                if let frequency = indicator.frequency, row.period.kind > frequency.periodKind,
                   coarseReported.insert(indicator.id).inserted {
                    bag.add(.KJ704, at: row.positions.value("indicator"),
                            "realization \(row.period) is coarser than the \(frequency.rawValue) frequency of indicator \(indicator.id)",
                            hint: "report \(indicator.id) per \(frequency.periodKind) (e.g. \(Period.all(frequency.periodKind, in: c.planYear)[0]))")
                }
                if level(row, indicator, into: &bag), let code = row.package {
                    package(code, row, indicator, c, into: &bag)
                }
                values(row, indicator, into: &bag)
            }
            actions(realization, c, into: &bag)
        }
    }

    /// KJ710: the row names a package exactly when the indicator is `per: package`.
    /// Returns whether the level matches.
    static func level(_ row: RealizationRow, _ indicator: IndicatorFacts, into bag: inout DiagnosticBag) -> Bool {
        switch (indicator.per, row.package) {
        case (.unit, let code?):
            bag.add(.KJ710, at: row.positions.value("package"),
                    "row names package \(code), but indicator \(indicator.id) is reported for the whole unit (`per: unit`)",
                    hint: "put \(indicator.id) under `values:` without a package, or set `per: package` in the indicator")
            return false
        case (.package, nil):
            bag.add(.KJ710, at: row.positions.value("indicator"),
                    "row of indicator \(indicator.id) names no package, but the indicator is reported per package (`per: package`)",
                    hint: "put the row under `packages:` with `package: <kd_rup>`")
            return false
        default:
            return true
        }
    }

    /// KJ702, KJ703
    static func package(_ code: String, _ row: RealizationRow, _ indicator: IndicatorFacts, _ c: YearContext,
                        into bag: inout DiagnosticBag) {
        guard let package = c.packageFacts[code] else {
            bag.add(.KJ702, at: row.positions.value("package"),
                    "realization \(row.period) references unknown package \(code)",
                    hint: c.packageHint(code) ?? "add the package to packages.csv or packages/\(code).md")
            return
        }
        if let packageArea = package.area, let indicatorArea = indicator.area, packageArea != indicatorArea,
           c.areas[packageArea] != nil {
            bag.add(.KJ703, at: row.positions.value("indicator"),
                    "package \(code) is cascaded to area `\(packageArea)`, but indicator \(indicator.id) belongs to area `\(indicatorArea)`",
                    hint: "report \(code) only for indicators of area `\(packageArea)`, or change the package's area")
        }
    }

    /// KJ706, KJ707, and KJ011 for a row without the figure its aggregation needs.
    static func values(_ row: RealizationRow, _ indicator: IndicatorFacts, into bag: inout DiagnosticBag) {
        let p = row.positions
        let id = indicator.id
        if indicator.aggregation == .ratio {
            guard let numerator = row.numerator, let denominator = row.denominator else {
                let missing = row.numerator == nil ? "numerator" : "denominator"
                // Written but not a number: the loader has reported it (KJ004 / KJ010).
                if p.isWritten(missing) { return }
                bag.add(.KJ706, at: p.value(missing),
                        "row of ratio indicator \(id) lacks `\(missing)`",
                        hint: "ratio rows carry `numerator` and `denominator`; the value is Σnumerator ÷ Σdenominator × \(Numbers.show(indicator.scale))")
                return
            }
            if denominator <= 0 {
                bag.add(.KJ706, at: p.value("denominator"),
                        "row of ratio indicator \(id) has denominator \(Numbers.show(denominator)); it must be above 0",
                        hint: "the denominator is the whole the numerator is a part of (e.g. Σ pagu)")
                return
            }
            if numerator < 0 {
                bag.add(.KJ707, at: p.value("numerator"), "row of indicator \(id) has a negative numerator \(Numbers.show(numerator))",
                        hint: "realization figures are never negative: check the sign")
            } else if indicator.isPercent, numerator / denominator * indicator.scale > 100 {
                bag.add(.KJ707, at: p.value("numerator"),
                        "row of indicator \(id) gives \(Numbers.percent(numerator / denominator * indicator.scale)) %, above 100 %",
                        hint: "the numerator is part of the denominator: check both figures")
            }
            return
        }
        guard let value = row.value else {
            if row.numerator != nil || row.denominator != nil {
                bag.add(.KJ011, at: p.value("value"),
                        "row of indicator \(id) has no `value`; numerator/denominator count only for ratio indicators",
                        hint: "\(id) aggregates by \(indicator.aggregation?.rawValue ?? "value"): write `value:`")
            } else if !p.isWritten("value") {
                bag.add(.KJ011, at: p.value("value"), "row of indicator \(id) has no `value`")
            }
            return
        }
        if value < 0 {
            bag.add(.KJ707, at: p.value("value"), "row of indicator \(id) has a negative value \(Numbers.show(value))",
                    hint: "realization figures are never negative: check the sign")
        } else if indicator.isPercent, indicator.aggregation == .average || indicator.aggregation == .last, value > 100 {
            bag.add(.KJ707, at: p.value("value"), "row of indicator \(id) has value \(Numbers.show(value)) %, above 100 %",
                    hint: "percentages lie between 0 and 100")
        }
    }

    /// KJ708
    static func actions(_ realization: Realization, _ c: YearContext, into bag: inout DiagnosticBag) {
        for progress in realization.actions {
            let p = progress.positions
            if !c.actions.contains(progress.id) {
                bag.add(.KJ708, at: p.value("id"),
                        "realization \(realization.period) reports progress of unknown action `\(progress.id)`",
                        hint: c.hint(progress.id, among: c.actionIDs, kind: "actions"))
            }
            if let value = progress.progress, !(0...100).contains(value) {
                bag.add(.KJ708, at: p.value("progress"),
                        "progress \(Numbers.show(value)) of action \(progress.id) lies outside 0–100",
                        hint: "progress is a percentage of the action done")
            }
        }
    }
}
