/// SOP steps 11–12: realization rows and action progress (KJ701–KJ710). One pass over the
/// rows with dictionary lookups, so 150 000 rows against 12 000 packages stay fast.
enum RealizationRules {
    private struct Slot: Hashable {
        let period: Period
        let indicator: String
    }

    /// What one run of realizations found: its diagnostics, and the unknown package codes
    /// (KJ702) whose hints are filled in afterwards, in row order (`YearContext.packageHint`
    /// keeps a small cache, so the hints depend on the order codes are met).
    private struct RunResult: Sendable {
        var bag = DiagnosticBag()
        var unknownPackages: [(realization: Int, row: Int, item: Int, code: String)] = []
        /// A row whose period is not its realization's: runs by period would not be independent.
        var foreignPeriod = false
    }

    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        let facts = RowRulesContext(c)
        let realizations = c.year.realizations
        // Rows of different periods never collide (KJ705), so the realizations of each period
        // are checked on their own, on all cores.
        var byPeriod: [Period: Int] = [:]
        var runs: [[Int]] = []
        for (r, realization) in realizations.enumerated() {
            if let k = byPeriod[realization.period] { runs[k].append(r) } else {
                byPeriod[realization.period] = runs.count
                runs.append([r])
            }
        }
        var results = runs.parallelMap { check(run: $0, facts, samePeriod: true) }
        if results.contains(where: \.foreignPeriod) {
            results = [check(run: Array(realizations.indices), facts, samePeriod: false)]
        }
        var deferred: [(realization: Int, row: Int, result: Int, item: Int, code: String)] = []
        for (k, result) in results.enumerated() {
            for u in result.unknownPackages { deferred.append((u.realization, u.row, k, u.item, u.code)) }
        }
        deferred.sort { ($0.realization, $0.row) < ($1.realization, $1.row) }
        var items = results.map(\.bag.items)
        for d in deferred {
            items[d.result][d.item].hint = c.packageHint(d.code) ?? "add the package to packages.csv or packages/\(d.code).md"
        }
        for list in items { bag.merge(list) }
    }

    /// The rules on the rows and action progress of the realizations `run`, in order.
    private static func check(run: [Int], _ c: RowRulesContext, samePeriod: Bool) -> RunResult {
        var result = RunResult()
        // The rows seen per period and indicator, by package: where each one is (realization,
        // row). Small values and one dictionary per slot keep 150 000 rows light; consecutive
        // rows mostly share their slot, which is then looked up once.
        var slotIndex: [Slot: Int] = [:]
        var seen: [[String?: (Int32, Int32)]] = []
        var last: (period: Period, indicator: String, facts: IndicatorFacts?, slot: Int)? = nil
        let realizations = c.year.realizations
        for r in run {
            let realization = realizations[r]
            if realization.period.startDate > c.today {
                result.bag.add(.KJ709, at: realization.positions.value("period"),
                               "realization \(realization.period) lies after the build date \(c.today)",
                               hint: "check the period; realizations report periods that have begun")
            }
            var coarseReported: Set<String> = []
            // Rows are read in place (through the buffer), not copied out one by one.
            let stopped = realization.rows.withUnsafeBufferPointer { rows -> Bool in
                for i in rows.indices {
                    // One copy of the row (the rules below would each make their own).
                    let row = rows[i]
                    let period = row.period
                    let indicatorID = row.indicator
                    if samePeriod && period != realization.period {
                        result.foreignPeriod = true
                        return true
                    }
                    let facts: IndicatorFacts?
                    let slot: Int
                    if let l = last, l.indicator == indicatorID, l.period == period {
                        facts = l.facts
                        slot = l.slot
                    } else {
                        facts = c.indicatorFacts[indicatorID]
                        let key = Slot(period: period, indicator: indicatorID)
                        if let k = slotIndex[key] { slot = k } else {
                            slot = seen.count
                            slotIndex[key] = slot
                            seen.append([:])
                        }
                        last = (period, indicatorID, facts, slot)
                    }
                    guard let indicator = facts else {
                        result.bag.add(.KJ701, at: row.positions.value("indicator"),
                                       "realization \(period) references unknown indicator `\(indicatorID)`",
                                       hint: YearContext.hint(indicatorID, among: c.indicatorIDs, kind: "indicators"))
                        continue
                    }
                    let package = row.package
                    let here = (Int32(r), Int32(i))
                    if let (er, ei) = seen[slot].updateValue(here, forKey: package) {
                        seen[slot][package] = (er, ei)  // the first row stays the one duplicates point at
                        let earlier = realizations[Int(er)].rows[Int(ei)].positions.origin
                        let what = package.map { "package \($0) and " } ?? ""
                        result.bag.add(.KJ705, at: row.positions.origin,
                                       "duplicate row for \(what)indicator \(indicatorID) in \(period): the first is at \(earlier)",
                                       hint: "keep one row per period, indicator and package")
                        continue
                    }
                    if let frequency = indicator.frequency, period.kind > frequency.periodKind,
                       coarseReported.insert(indicator.id).inserted {
                        result.bag.add(.KJ704, at: row.positions.value("indicator"),
                                       "realization \(period) is coarser than the \(frequency.rawValue) frequency of indicator \(indicator.id)",
                                       hint: "report \(indicator.id) per \(frequency.periodKind) (e.g. \(Period.all(frequency.periodKind, in: c.planYear)[0]))")
                    }
                    if level(row, indicator, into: &result.bag), let code = package {
                        if !self.package(code, row, indicator, c, into: &result.bag) {
                            result.unknownPackages.append((r, i, result.bag.items.count - 1, code))
                        }
                    }
                    values(row, indicator, into: &result.bag)
                }
                return false
            }
            if stopped { return result }
            actions(realization, c, into: &result.bag)
        }
        return result
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

    /// KJ702 (its hint is added by the caller), KJ703. Returns false for an unknown package.
    static func package(_ code: String, _ row: RealizationRow, _ indicator: IndicatorFacts, _ c: RowRulesContext,
                        into bag: inout DiagnosticBag) -> Bool {
        guard let package = c.packageFacts[code] else {
            bag.add(.KJ702, at: row.positions.value("package"),
                    "realization \(row.period) references unknown package \(code)")
            return false
        }
        if let packageArea = package.area, let indicatorArea = indicator.area, packageArea != indicatorArea,
           c.areas[packageArea] != nil {
            bag.add(.KJ703, at: row.positions.value("indicator"),
                    "package \(code) is cascaded to area `\(packageArea)`, but indicator \(indicator.id) belongs to area `\(indicatorArea)`",
                    hint: "report \(code) only for indicators of area `\(packageArea)`, or change the package's area")
        }
        return true
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
    static func actions(_ realization: Realization, _ c: RowRulesContext, into bag: inout DiagnosticBag) {
        for progress in realization.actions {
            let p = progress.positions
            if !c.actions.contains(progress.id) {
                bag.add(.KJ708, at: p.value("id"),
                        "realization \(realization.period) reports progress of unknown action `\(progress.id)`",
                        hint: YearContext.hint(progress.id, among: c.actionIDs, kind: "actions"))
            }
            if let value = progress.progress, !(0...100).contains(value) {
                bag.add(.KJ708, at: p.value("progress"),
                        "progress \(Numbers.show(value)) of action \(progress.id) lies outside 0–100",
                        hint: "progress is a percentage of the action done")
            }
        }
    }
}
