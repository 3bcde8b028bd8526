/// Runs every rule of DESIGN §5 (except KJ904, which belongs to `diff`) over a loaded tree.
///
/// The loader already reports what one file shows on its own (KJ001–KJ005, KJ007–KJ011,
/// KJ104, and `targets` keys that are not periods); the rules here relate entities to each
/// other. Lookup tables are built once per year (`YearContext`), so every rule is linear in
/// the size of the content.
public enum Validator {
    /// - Parameter today: the build date (for KJ709 and lateness).
    public static func validate(_ content: Content, today: SimpleDate) -> [Diagnostic] {
        var bag = DiagnosticBag()
        for year in content.years {
            let context = YearContext(site: content.site, year: year, today: today)
            IdentityRules.check(context, into: &bag)
            PlanRules.check(context, into: &bag)
            IndicatorRules.check(context, into: &bag)
            ComputeRules.check(context, into: &bag)
            TargetRules.check(context, into: &bag)
            ActionRules.check(context, into: &bag)
            ApprovalRules.check(context, into: &bag)
            PackageRules.check(context, into: &bag)
            RealizationRules.check(context, into: &bag)
            ReportRules.check(context, into: &bag)
            DecisionRules.check(context, into: &bag)
            BudgetRules.check(context, into: &bag)
        }
        SeriesRules.check(content, into: &bag)
        MediumTermRules.check(content, into: &bag)
        FollowUpRules.check(content, into: &bag)
        return bag.sorted
    }
}
