import KinerjaCore

/// "Target", "Baseline", "Target Triwulan III 2026".
enum RevisionField {
    static func label(_ field: String, env: PageEnv) throws -> String {
        if field.hasPrefix("targets."), let p = Period(String(field.dropFirst("targets.".count))) {
            return try env.text("revision.field.period_target", ["period": env.l.period(p)])
        }
        if field == "target" || field == "baseline" { return try env.text("revision.field.\(field)") }
        return field
    }
}
