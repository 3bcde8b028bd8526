import KinerjaCore

/// `data/<year>/indicators.json`, the contract of DESIGN §7: keys in the documented order,
/// numbers as JSON numbers, capaian rounded to 2 decimals, null where absent.
enum IndicatorsJSON {
    static func document(year: Int, generated: String, records: [IndicatorRecord]) -> JSONValue {
        .object([
            ("year", .integer(year)),
            ("generated", .string(generated)),
            ("indicators", .array(records.map(indicator))),
        ])
    }

    static func indicator(_ record: IndicatorRecord) -> JSONValue {
        let i = record.indicator
        return .object([
            ("id", .string(i.id)),
            ("title", .string(i.title)),
            ("area", .string(i.area)),
            ("unit", .string(i.unit)),
            ("polarity", .string(i.polarity?.rawValue)),
            ("frequency", .string(i.frequency?.rawValue)),
            ("aggregation", .string(i.aggregation?.rawValue)),
            ("baseline", i.baseline.map { .object([("value", .number($0.value)), ("year", .integer($0.year))]) } ?? .null),
            ("target", YearsJSON.target(i.target, of: i)),
            ("periods", .array(record.scores.enumerated().map { n, s in
                period(s, previous: n < record.previous.count ? record.previous[n] : nil, of: i,
                       provisional: n < record.provisional.count ? record.provisional[n] : false)
            })),
            ("history", .array(record.history.map(YearsJSON.history))),
            ("medium_term", record.mediumTerm.map(YearsJSON.mediumTerm) ?? .null),
            ("standard", i.standard.map(standard) ?? .null),
            ("decision", .string(record.decision?.rawValue)),
            ("data_through", .string(record.dataThrough?.description)),
            ("projection", record.projection.map(projection) ?? .null),
        ])
    }

    /// The national standard the indicator is compared with (`standard:`, docs/reports.md):
    /// `{"value": 40, "source": "Perpres …"}`, `source` null when not written (docs/open-data.md).
    static func standard(_ s: Standard) -> JSONValue {
        .object([
            ("value", .number(s.value)),
            ("source", .string(s.source)),
        ])
    }

    /// `{"value": 21.6, "target": 28, "on_track": false, "months": 10}` (docs/open-data.md).
    static func projection(_ p: Projection) -> JSONValue {
        .object([
            ("value", .number(p.yearEndValue)),
            ("target", .number(p.target)),
            ("on_track", .bool(p.onTrack)),
            ("months", .integer(p.months)),
        ])
    }

    /// `achieved` is null without a capaian and while the period is provisional: a
    /// provisional period is never counted achieved (docs/open-data.md).
    static func period(_ score: Score, previous: Score? = nil, of indicator: Indicator? = nil,
                       provisional: Bool = false) -> JSONValue {
        .object([
            ("period", .string(score.period.description)),
            ("value", .number(score.value)),
            ("target", YearsJSON.target(score.target, of: indicator)),
            ("capaian", .number(score.capaian.map(DataNumber.capaian))),
            ("band", .string(score.band?.id)),
            ("previous_year", previous.map(YearsJSON.previousYear) ?? .null),
            ("provisional", .bool(provisional)),
            ("achieved", score.capaian == nil || provisional ? .null : .bool(score.achieved)),
        ])
    }
}
