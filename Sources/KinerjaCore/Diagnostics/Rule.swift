/// Every rule of DESIGN §5: its stable code (the case), and in `Rule.descriptors` its
/// severity, SOP steps, summary and the type that checks it — one entry per rule.
///
/// To add a rule: a case here and one `RuleDescriptor` in `descriptors` (kept in code
/// order), a README rules-table row with the same severity, SOP steps and summary
/// (`RuleRegistryTests` compares them), and docs/validation.md text.
public enum Rule: String, CaseIterable, Sendable, Codable {
    case KJ001, KJ002, KJ003, KJ004, KJ005, KJ006, KJ007, KJ008, KJ009, KJ010, KJ011, KJ012, KJ013, KJ014, KJ015, KJ016, KJ017, KJ018
    case KJ101, KJ102, KJ103, KJ104, KJ105
    case KJ201, KJ202, KJ203, KJ204, KJ205, KJ206, KJ207, KJ208, KJ209
    case KJ301, KJ302, KJ303, KJ304, KJ305, KJ306, KJ307, KJ308, KJ309, KJ310, KJ311, KJ312, KJ313
    case KJ401, KJ402, KJ403, KJ404, KJ405, KJ406, KJ407
    case KJ501, KJ502, KJ503, KJ504, KJ505
    case KJ601, KJ602, KJ603, KJ604, KJ605, KJ606
    case KJ701, KJ702, KJ703, KJ704, KJ705, KJ706, KJ707, KJ708, KJ709, KJ710, KJ711
    case KJ801, KJ802, KJ803, KJ804, KJ805, KJ806, KJ807
    case KJ901, KJ902, KJ903, KJ904, KJ905

    public var code: String { rawValue }

    /// The rule's entry in `descriptors`.
    public var descriptor: RuleDescriptor {
        // Every case has an entry (`RuleRegistryTests`); a missing one reads as an error rule.
        Self.registry[self] ?? RuleDescriptor(self, .error, sop: nil, code, check: "Rule")
    }

    public var severity: Severity { descriptor.severity }

    /// The first SOP step of the rule's row, or nil for `–` (the `sop_step` of `--json`).
    public var sopStep: Int? { descriptor.sop?.lowerBound }

    /// The rule's summary, as in the README's rule table.
    public var summary: String { descriptor.summary }

    /// The descriptors by rule.
    public static let registry: [Rule: RuleDescriptor] = Dictionary(descriptors.map { ($0.rule, $0) },
                                                                    uniquingKeysWith: { first, _ in first })

    /// One entry per rule, in code order: severity, SOP steps (nil for `–`), the summary as
    /// the README's rule table has it, and the type that reports the rule.
    public static let descriptors: [RuleDescriptor] = [
        RuleDescriptor(.KJ001, .error, sop: nil, "unreadable file or invalid UTF-8", check: "SourceText"),
        RuleDescriptor(.KJ002, .error, sop: nil, "front-matter missing or not closed", check: "FrontMatter"),
        RuleDescriptor(.KJ003, .error, sop: nil, "YAML syntax error (position of the error)", check: "YAMLDocument"),
        RuleDescriptor(.KJ004, .error, sop: nil, "field has the wrong type (e.g. text where a number is expected)", check: "Fields"),
        RuleDescriptor(.KJ005, .warning, sop: nil, "unknown field (hint: nearest known field)", check: "Fields"),
        RuleDescriptor(.KJ006, .error, sop: nil, "duplicate id (indicator, area, objective, action, package, report period)", check: "IdentityRules"),
        RuleDescriptor(.KJ007, .error, sop: nil, "invalid id (section 2)", check: "Fields"),
        RuleDescriptor(.KJ008, .error, sop: nil, "invalid date", check: "Fields"),
        RuleDescriptor(.KJ009, .error, sop: nil, "invalid period, or period outside the plan's year", check: "Fields"),
        RuleDescriptor(.KJ010, .error, sop: nil, "malformed CSV row (column count, unparseable number, unclosed quote, text after a closing quote)", check: "CSVFile"),
        RuleDescriptor(.KJ011, .error, sop: nil, "required field missing", check: "Fields"),
        RuleDescriptor(.KJ012, .error, sop: nil, "CSV header names a column twice", check: "CSVFile"),
        RuleDescriptor(.KJ013, .warning, sop: nil, "hidden content file is not read", check: "HiddenFiles"),
        RuleDescriptor(.KJ014, .error, sop: nil, "`base_url` is not an absolute http(s) URL or a path starting with `/`", check: "SiteLoader"),
        RuleDescriptor(.KJ015, .warning, sop: nil, "control or bidirectional character (e.g. U+202E) in a text field", check: "Fields"),
        RuleDescriptor(.KJ016, .warning, sop: nil, "a text per language names a language other than id or en", check: "Fields"),
        RuleDescriptor(.KJ017, .warning, sop: nil, "an English body `<name>.en.md` without its `<name>.md`", check: "ContentLoader"),
        RuleDescriptor(.KJ018, .warning, sop: nil, "YAML tag that kinerja does not read (e.g. `!foo`, `!!binary`): the value is read as if untagged", check: "YAMLDocument"),
        RuleDescriptor(.KJ101, .error, sop: 1...1, "plan has no objectives", check: "PlanRules"),
        RuleDescriptor(.KJ102, .error, sop: 1...1, "area references an unknown objective", check: "PlanRules"),
        RuleDescriptor(.KJ103, .warning, sop: 1...1, "objective has no area", check: "PlanRules"),
        RuleDescriptor(.KJ104, .error, sop: 1...1, "year folder without plan.md", check: "ContentLoader"),
        RuleDescriptor(.KJ105, .error, sop: 1...1, "an area listed in `required_areas` is missing", check: "PlanRules"),
        RuleDescriptor(.KJ201, .error, sop: 2...2, "area has no indicator", check: "IndicatorRules"),
        RuleDescriptor(.KJ202, .error, sop: 2...2, "indicator references an unknown area", check: "IndicatorRules"),
        RuleDescriptor(.KJ203, .error, sop: 2...2, "indicator lacks an attribute: unit, polarity, frequency, aggregation, formula, data_source", check: "IndicatorRules"),
        RuleDescriptor(.KJ204, .error, sop: 2...2, "indicator has no owner (Penanggung Jawab Kinerja)", check: "IndicatorRules"),
        RuleDescriptor(.KJ205, .error, sop: 2...2, "`compute.from` names a source kinerja cannot compute from (only `spse`)", check: "ComputeRules"),
        RuleDescriptor(.KJ206, .error, sop: 2...2, "`compute` expression has a syntax error (at its column)", check: "ComputeRules"),
        RuleDescriptor(.KJ207, .error, sop: 2...2, "`compute` expression names an unknown SPSE field, or a date outside `days(…)`", check: "ComputeRules"),
        RuleDescriptor(.KJ208, .error, sop: 2...2, "`compute` gives `value` together with `numerator`/`denominator`, one of these two alone, or no expression", check: "ComputeRules"),
        RuleDescriptor(.KJ209, .error, sop: 2...2, "`compute` does not fit the indicator: rows per unit, `value` on a ratio, numerator/denominator on another aggregation, days on a % unit", check: "ComputeRules"),
        RuleDescriptor(.KJ301, .error, sop: 3...3, "indicator has no baseline", check: "TargetRules"),
        RuleDescriptor(.KJ302, .error, sop: 3...3, "baseline year is not before the plan year", check: "TargetRules"),
        RuleDescriptor(.KJ303, .error, sop: 3...3, "indicator has no target", check: "TargetRules"),
        RuleDescriptor(.KJ304, .error, sop: 3...3, "a `targets` key is not a period of the indicator's frequency in the plan year", check: "TargetRules"),
        RuleDescriptor(.KJ305, .error, sop: 3...3, "positive indicator with target 0", check: "TargetRules"),
        RuleDescriptor(.KJ306, .warning, sop: 3...3, "target does not improve on the baseline (per polarity)", check: "TargetRules"),
        RuleDescriptor(.KJ307, .warning, sop: 3...3, "the last period target differs from `target`", check: "TargetRules"),
        RuleDescriptor(.KJ308, .warning, sop: 3...3, "`baseline` differs from the indicator's final value in the baseline year's folder (both figures named)", check: "SeriesRules"),
        RuleDescriptor(.KJ309, .warning, sop: 3...3, "`continues` names an id that no earlier year folder has", check: "SeriesRules"),
        RuleDescriptor(.KJ310, .warning, sop: 3...3, "`target` differs from `renstra.yaml`'s target for the year", check: "MediumTermRules"),
        RuleDescriptor(.KJ311, .warning, sop: 3...3, "`renstra.yaml` yearly targets get worse, or the last differs from the end target", check: "MediumTermRules"),
        RuleDescriptor(.KJ312, .warning, sop: 3...3, "`renstra.yaml` names an indicator no year folder has", check: "MediumTermRules"),
        RuleDescriptor(.KJ313, .warning, sop: 3...3, "`renstra.yaml` yearly target outside its `period`", check: "MediumTermRules"),
        RuleDescriptor(.KJ401, .error, sop: 4...4, "indicator has no action plan", check: "ActionRules"),
        RuleDescriptor(.KJ402, .error, sop: 4...4, "action lacks owner or due date", check: "ActionRules"),
        RuleDescriptor(.KJ403, .error, sop: 4...4, "action due date outside the plan year", check: "ActionRules"),
        RuleDescriptor(.KJ404, .error, sop: 4...4, "action `targets` key is not a period of the plan year", check: "ActionRules"),
        RuleDescriptor(.KJ405, .warning, sop: 4...4, "action target outside 0–100 or below an earlier period's", check: "ActionRules"),
        RuleDescriptor(.KJ406, .error, sop: 4...4, "budget line of a realization names no known area or action", check: "BudgetRules"),
        RuleDescriptor(.KJ407, .warning, sop: 4...4, "budget `realisasi` exceeds `pagu`", check: "BudgetRules"),
        RuleDescriptor(.KJ501, .error, sop: 5...6, "realizations or reports exist but the plan is not approved", check: "ApprovalRules"),
        RuleDescriptor(.KJ502, .error, sop: 6...6, "approved plan lacks approval by/on; revision status lacks revision_request", check: "ApprovalRules"),
        RuleDescriptor(.KJ503, .error, sop: 7...7, "approved plan has no circular, or the circular predates the approval", check: "ApprovalRules"),
        RuleDescriptor(.KJ504, .error, sop: 8...9, "socialization missing, or held before the circular / invitation", check: "ApprovalRules"),
        RuleDescriptor(.KJ505, .warning, sop: 9...9, "realization for a period that ends before the socialization", check: "ApprovalRules"),
        RuleDescriptor(.KJ601, .error, sop: 10...10, "package has no area or an unknown area", check: "PackageRules"),
        RuleDescriptor(.KJ602, .error, sop: 10...10, "package `kd_satker` is not an OPD in site.yaml", check: "PackageRules"),
        RuleDescriptor(.KJ603, .error, sop: 10...10, "duplicate `kd_rup`", check: "PackageRules"),
        RuleDescriptor(.KJ604, .warning, sop: 10...10, "area with package-level indicators has no packages", check: "PackageRules"),
        RuleDescriptor(.KJ605, .error, sop: 10...10, "negative `pagu`", check: "Rupiah"),
        RuleDescriptor(.KJ606, .error, sop: 10...10, "`pagu` above 9223372036854775807 rupiah", check: "Rupiah"),
        RuleDescriptor(.KJ701, .error, sop: 11...12, "realization references an unknown indicator", check: "RealizationRules"),
        RuleDescriptor(.KJ702, .error, sop: 12...12, "realization references an unknown package", check: "RealizationRules"),
        RuleDescriptor(.KJ703, .error, sop: 12...12, "package row for an indicator of another area than the package's", check: "RealizationRules"),
        RuleDescriptor(.KJ704, .error, sop: 11...11, "realization period coarser than the indicator's frequency", check: "RealizationRules"),
        RuleDescriptor(.KJ705, .error, sop: 12...12, "duplicate row (same period, indicator, package)", check: "RealizationRules"),
        RuleDescriptor(.KJ706, .error, sop: 12...12, "ratio row lacks numerator/denominator, or denominator ≤ 0", check: "RealizationRules"),
        RuleDescriptor(.KJ707, .error, sop: 12...12, "value out of range: negative, or a `%` ratio/average/last value above 100", check: "RealizationRules"),
        RuleDescriptor(.KJ708, .error, sop: 11...11, "action progress references an unknown action, or progress outside 0–100", check: "RealizationRules"),
        RuleDescriptor(.KJ709, .warning, sop: 12...12, "realization period lies after the build date", check: "RealizationRules"),
        RuleDescriptor(.KJ710, .error, sop: 12...12, "row level does not match the indicator's `per` (a package row for a `unit` indicator, or a row without package for a `package` indicator)", check: "RealizationRules"),
        RuleDescriptor(.KJ711, .warning, sop: 12...12, "value reads two ways: `1,250` or `1.250` is read as 1,25 but could mean 1250", check: "RealizationLoader"),
        RuleDescriptor(.KJ801, .warning, sop: 13...13, "report period has no realizations", check: "ReportRules"),
        RuleDescriptor(.KJ802, .error, sop: 14...14, "final report without analysis (empty body)", check: "ReportRules"),
        RuleDescriptor(.KJ803, .warning, sop: 14...14, "indicator below 100 % capaian in a final report has no recommendation", check: "ReportRules"),
        RuleDescriptor(.KJ804, .error, sop: 16...16, "report presented before its period ended", check: "ReportRules"),
        RuleDescriptor(.KJ805, .error, sop: 16...16, "final report without `presented`", check: "ReportRules"),
        RuleDescriptor(.KJ806, .error, sop: 14...14, "`follow_up` names a recommendation no earlier report has", check: "FollowUpRules"),
        RuleDescriptor(.KJ807, .warning, sop: 14...14, "a final report leaves an earlier recommendation past its due date without `done` or `dropped`", check: "FollowUpRules"),
        RuleDescriptor(.KJ901, .error, sop: 17...17, "decision references an unknown indicator", check: "DecisionRules"),
        RuleDescriptor(.KJ902, .error, sop: 17...17, "decision `achieved` while computed capaian at that period is below 100 %", check: "DecisionRules"),
        RuleDescriptor(.KJ903, .warning, sop: 17...17, "final annual report leaves indicators without a decision", check: "DecisionRules"),
        RuleDescriptor(.KJ904, .error, sop: 5...6, "target/baseline changed, or objective/area/indicator removed, after approval without a matching `revisions` entry (diff)", check: "ChangeControl"),
        RuleDescriptor(.KJ905, .error, sop: 5...6, "the latest revision of a field does not match the field's current value", check: "RevisionRules"),
    ]
}

/// What the project says about one rule: how severe it is, which SOP steps its row covers
/// (nil for `–`), its summary as the README's rule table has it (Markdown), and the name of
/// the type whose code reports it: a name, since Diagnostics sits below the loaders and rules
/// (docs/architecture.md); `RuleRegistryTests` checks that the type reports the rule.
public struct RuleDescriptor: Sendable, Equatable {
    public let rule: Rule
    public let severity: Severity
    public let sop: ClosedRange<Int>?
    public let summary: String
    /// The name of the type that checks the rule (e.g. `PlanRules`).
    public let check: String

    init(_ rule: Rule, _ severity: Severity, sop: ClosedRange<Int>?, _ summary: String, check: String) {
        self.rule = rule
        self.severity = severity
        self.sop = sop
        self.summary = summary
        self.check = check
    }
}

public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}
