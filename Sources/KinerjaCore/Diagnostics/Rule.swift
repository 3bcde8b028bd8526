/// Every rule of DESIGN §5, with its stable code, severity and first SOP step.
public enum Rule: String, CaseIterable, Sendable, Codable {
    case KJ001, KJ002, KJ003, KJ004, KJ005, KJ006, KJ007, KJ008, KJ009, KJ010, KJ011, KJ012, KJ013, KJ014
    case KJ101, KJ102, KJ103, KJ104, KJ105
    case KJ201, KJ202, KJ203, KJ204
    case KJ301, KJ302, KJ303, KJ304, KJ305, KJ306, KJ307
    case KJ401, KJ402, KJ403
    case KJ501, KJ502, KJ503, KJ504, KJ505
    case KJ601, KJ602, KJ603, KJ604, KJ605, KJ606
    case KJ701, KJ702, KJ703, KJ704, KJ705, KJ706, KJ707, KJ708, KJ709, KJ710
    case KJ801, KJ802, KJ803, KJ804, KJ805
    case KJ901, KJ902, KJ903, KJ904, KJ905

    public var code: String { rawValue }

    public var severity: Severity {
        switch self {
        case .KJ005, .KJ013, .KJ103, .KJ306, .KJ307, .KJ505, .KJ604, .KJ709, .KJ801, .KJ803, .KJ903:
            return .warning
        default:
            return .error
        }
    }

    /// The first SOP step of the rule's row, or nil for `–`.
    public var sopStep: Int? {
        let n = Int(rawValue.dropFirst(2)) ?? 0
        switch self {
        case .KJ501, .KJ904, .KJ905: return 5
        case .KJ502: return 6
        case .KJ503: return 7
        case .KJ504: return 8
        case .KJ505: return 9
        case .KJ704, .KJ708: return 11
        case .KJ701: return 11
        case .KJ801: return 13
        case .KJ802, .KJ803: return 14
        case .KJ804, .KJ805: return 16
        default:
            switch n / 100 {
            case 0: return nil
            case 1: return 1
            case 2: return 2
            case 3: return 3
            case 4: return 4
            case 6: return 10
            case 7: return 12
            case 9: return 17
            default: return nil
            }
        }
    }

    /// A short English summary, as in the rule table.
    public var summary: String {
        switch self {
        case .KJ001: return "unreadable file or invalid UTF-8"
        case .KJ002: return "front-matter missing or not closed"
        case .KJ003: return "YAML syntax error"
        case .KJ004: return "field has the wrong type"
        case .KJ005: return "unknown field"
        case .KJ006: return "duplicate id"
        case .KJ007: return "invalid id"
        case .KJ008: return "invalid date"
        case .KJ009: return "invalid period, or period outside the plan's year"
        case .KJ010: return "malformed CSV row"
        case .KJ011: return "required field missing"
        case .KJ012: return "CSV header names a column twice"
        case .KJ013: return "hidden content file is not read"
        case .KJ014: return "base_url is not an absolute http(s) URL or a path starting with /"
        case .KJ101: return "plan has no objectives"
        case .KJ102: return "area references an unknown objective"
        case .KJ103: return "objective has no area"
        case .KJ104: return "year folder without plan.md"
        case .KJ105: return "an area listed in required_areas is missing"
        case .KJ201: return "area has no indicator"
        case .KJ202: return "indicator references an unknown area"
        case .KJ203: return "indicator lacks an attribute"
        case .KJ204: return "indicator has no owner"
        case .KJ301: return "indicator has no baseline"
        case .KJ302: return "baseline year is not before the plan year"
        case .KJ303: return "indicator has no target"
        case .KJ304: return "a targets key is not a period of the indicator's frequency in the plan year"
        case .KJ305: return "positive indicator with target 0"
        case .KJ306: return "target does not improve on the baseline"
        case .KJ307: return "the last period target differs from target"
        case .KJ401: return "indicator has no action plan"
        case .KJ402: return "action lacks owner or due date"
        case .KJ403: return "action due date outside the plan year"
        case .KJ501: return "realizations or reports exist but the plan is not approved"
        case .KJ502: return "approval or revision request incomplete"
        case .KJ503: return "approved plan has no circular, or the circular predates the approval"
        case .KJ504: return "socialization missing, or held before the circular / invitation"
        case .KJ505: return "realization for a period that ends before the socialization"
        case .KJ601: return "package has no area or an unknown area"
        case .KJ602: return "package kd_satker is not an OPD in site.yaml"
        case .KJ603: return "duplicate kd_rup"
        case .KJ604: return "area with package-level indicators has no packages"
        case .KJ605: return "negative pagu"
        case .KJ606: return "pagu too large (above 9223372036854775807 rupiah)"
        case .KJ701: return "realization references an unknown indicator"
        case .KJ702: return "realization references an unknown package"
        case .KJ703: return "package row for an indicator of another area"
        case .KJ704: return "realization period coarser than the indicator's frequency"
        case .KJ705: return "duplicate row"
        case .KJ706: return "ratio row lacks numerator/denominator, or denominator ≤ 0"
        case .KJ707: return "value out of range"
        case .KJ708: return "unknown action, or progress outside 0–100"
        case .KJ709: return "realization period lies after the build date"
        case .KJ710: return "row level does not match the indicator's per"
        case .KJ801: return "report period has no realizations"
        case .KJ802: return "final report without analysis"
        case .KJ803: return "indicator below 100 % capaian in a final report has no recommendation"
        case .KJ804: return "report presented before its period ended"
        case .KJ805: return "final report without presented"
        case .KJ901: return "decision references an unknown indicator"
        case .KJ902: return "decision achieved while capaian is below 100 %"
        case .KJ903: return "final annual report leaves indicators without a decision"
        case .KJ904: return "target/baseline changed after approval without a revisions entry"
        case .KJ905: return "the latest revision of a field does not match its current value"
        }
    }
}

public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}
