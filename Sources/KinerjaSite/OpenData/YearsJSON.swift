import KinerjaCore

/// The years-side-by-side parts of `indicators.json` (docs/open-data.md): `history` entries
/// and a period's `previous_year`.
enum YearsJSON {
    static func history(_ y: YearSeries.Year) -> JSONValue {
        .object([
            ("year", .integer(y.year)),
            ("value", .number(y.value)),
            ("target", .number(y.target)),
            ("capaian", .number(y.capaian.map(DataNumber.capaian))),
        ])
    }

    static func mediumTerm(_ m: MediumTermProgress) -> JSONValue {
        .object([
            ("period", .string(m.period)),
            ("target", .number(m.target)),
            ("progress", .number(m.progress.map(DataNumber.capaian))),
        ])
    }

    /// A target number, or `{"min", "max"}` for an indicator with a range and no number.
    static func target(_ t: Double?, of indicator: Indicator?) -> JSONValue {
        if let t { return .number(t) }
        guard let r = indicator?.targetRange else { return .null }
        return .object([("min", .number(r.min)), ("max", .number(r.max))])
    }

    static func previousYear(_ s: Score) -> JSONValue {
        .object([
            ("value", .number(s.value)),
            ("capaian", .number(s.capaian.map(DataNumber.capaian))),
        ])
    }
}
