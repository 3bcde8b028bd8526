/// SOP step 2: indicators whose rows are computed from SPSE results (`compute:`,
/// docs/data-entry.md "Indicators computed from SPSE"), KJ205–KJ209. Expression problems
/// point at their column inside the front matter.
enum ComputeRules {
    static func check(_ c: YearContext, into bag: inout DiagnosticBag) {
        for indicator in c.year.indicators {
            guard let compute = indicator.compute else { continue }
            check(indicator, compute, into: &bag)
        }
    }

    static func check(_ indicator: Indicator, _ compute: Compute, into bag: inout DiagnosticBag) {
        let p = indicator.positions
        // KJ205; a missing `from` is the loader's KJ011.
        guard let from = compute.from else { return }
        guard Compute.sources.contains(from) else {
            bag.add(.KJ205, at: p.value("compute.from"),
                    "indicator \(indicator.id): `compute.from` is `\(from.clipped)`; kinerja computes rows only from `spse`",
                    hint: "write `from: spse` (SPSE tender and non-tender results, `kinerja import spse`)")
            return
        }
        // KJ206, KJ207
        var parsed: [String: SpseExpression] = [:]
        for (key, result) in compute.parsed() {
            switch result {
            case let .success(e): parsed[key] = e
            case let .failure(problem):
                let at = compute.location(key, column: problem.column) ?? p.value("compute.\(key)")
                let rule: Rule = problem.kind == .syntax ? .KJ206 : .KJ207
                bag.add(rule, at: at, "indicator \(indicator.id): `compute.\(key)`: \(problem.message)",
                        hint: rule == .KJ206
                            ? "expressions take numbers, SPSE amount fields, + - * /, parentheses and days(date - date)"
                            : "amounts: \(SpseExpression.amountFields.sorted().joined(separator: ", ")); dates, inside days(… - …): \(SpseExpression.dateFields.sorted().joined(separator: ", "))")
            }
        }
        // An expression that does not parse leaves its form unknown: nothing more to say.
        if parsed.count < compute.expressions.count { return }
        // KJ208
        let value = compute.value != nil, numerator = compute.numerator != nil, denominator = compute.denominator != nil
        if value && (numerator || denominator) {
            bag.add(.KJ208, at: p.key("compute.value"),
                    "indicator \(indicator.id): `compute` gives `value` together with `\(numerator ? "numerator" : "denominator")`",
                    hint: "a ratio indicator computes `numerator` and `denominator`; any other computes `value`")
            return
        }
        if numerator != denominator {
            bag.add(.KJ208, at: p.key(numerator ? "compute.numerator" : "compute.denominator"),
                    "indicator \(indicator.id): `compute` gives `\(numerator ? "numerator" : "denominator")` without `\(numerator ? "denominator" : "numerator")`",
                    hint: "a ratio needs both, e.g. numerator: \"pagu - nilai_kontrak\", denominator: pagu")
            return
        }
        if !value && !numerator {
            bag.add(.KJ208, at: p.key("compute"), "indicator \(indicator.id): `compute` gives no expression",
                    hint: "add `value: \"…\"`, or `numerator` and `denominator` for a ratio indicator")
            return
        }
        // KJ209
        if indicator.per != .package {
            bag.add(.KJ209, at: p.key("compute"),
                    "indicator \(indicator.id): rows computed from SPSE results name packages, but the indicator has rows per unit",
                    hint: "set `per: package`, or fill the unit's rows by hand")
            return
        }
        guard let aggregation = indicator.aggregation else { return }
        if aggregation == .ratio && value {
            bag.add(.KJ209, at: p.key("compute.value"),
                    "indicator \(indicator.id): a ratio indicator sums numerators and denominators; `compute` gives a `value`",
                    hint: "write `numerator: \"…\"` and `denominator: \"…\"` instead of `value`")
        } else if aggregation != .ratio && numerator {
            bag.add(.KJ209, at: p.key("compute.numerator"),
                    "indicator \(indicator.id): aggregation `\(aggregation.rawValue)` takes a `value`; `compute` gives numerator and denominator",
                    hint: "write `value: \"…\"`, or set `aggregation: ratio`")
        } else if value, indicator.isPercent, let e = parsed["value"], e.countsDays {
            bag.add(.KJ209, at: p.value("compute.value"),
                    "indicator \(indicator.id): `compute.value` counts days, but the indicator's unit is %",
                    hint: "days belong to an indicator in days (unit: hari)")
        }
    }
}

extension SpseExpression {
    /// Whether the expression counts days (`days(…)` anywhere in it).
    var countsDays: Bool {
        switch self {
        case .days: return true
        case .number, .field: return false
        case let .negate(e): return e.countsDays
        case let .binary(_, a, b): return a.countsDays || b.countsDays
        }
    }
}
