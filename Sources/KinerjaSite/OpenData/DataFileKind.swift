/// The kinds of open-data files, in the order the `/data/` index lists a year's files.
public enum DataFileKind: String, Sendable, CaseIterable, Comparable {
    case dataPackage = "datapackage"
    case indicatorsJSON = "indicators-json"
    case indicatorsCSV = "indicators-csv"
    case realizationsCSV = "realizations-csv"
    case packagesCSV = "packages-csv"
    case budgetCSV = "budget-csv"
    /// `data/<year>/indicators/<id>.json` and `.csv`: one indicator (docs/open-data.md).
    case indicatorJSON = "indicator-json"
    case indicatorCSV = "indicator-csv"

    /// The file name (`data/<year>/<name>`, or `data/datapackage.json`).
    public var fileName: String {
        switch self {
        case .dataPackage: return "datapackage.json"
        case .indicatorsJSON: return "indicators.json"
        case .indicatorsCSV: return "indicators.csv"
        case .realizationsCSV: return "realizations.csv"
        case .packagesCSV: return "packages.csv"
        case .budgetCSV: return "budget.csv"
        case .indicatorJSON: return "indicator.json"
        case .indicatorCSV: return "indicator.csv"
        }
    }

    /// `JSON` or `CSV`, as shown to readers.
    public var format: String { fileName.hasSuffix(".csv") ? "CSV" : "JSON" }

    /// The IANA media type.
    public var mediatype: String { format == "CSV" ? "text/csv" : "application/json" }

    /// Whether there is one file of the kind per indicator (`data/<year>/indicators/<id>.<ext>`).
    public var perIndicator: Bool { self == .indicatorJSON || self == .indicatorCSV }

    /// The kind of a file name (of a year, or `datapackage.json`), or nil for another file.
    public init?(fileName: String) {
        guard let kind = DataFileKind.allCases.first(where: { !$0.perIndicator && $0.fileName == fileName }) else { return nil }
        self = kind
    }

    public static func < (a: DataFileKind, b: DataFileKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
