/// The publisher (`site.yaml`).
public struct Site: Sendable {
    public var title: String
    public var unit: String
    public var shortName: String
    public var baseURL: String?
    public var languages: [String]
    public var achievementCap: Double
    /// Days after a period's end before it counts as late on the status page
    /// (`reporting_grace_days`, docs/site.md).
    public var reportingGraceDays: Int = 10
    public var bands: [Band]
    public var requiredAreas: [String]
    public var opds: [OPD]
    public var positions: Positions

    public init(title: String = "", unit: String = "", shortName: String = "", baseURL: String? = nil,
                languages: [String] = ["id", "en"], achievementCap: Double = 120, bands: [Band] = Band.defaults,
                requiredAreas: [String] = [], opds: [OPD] = [], positions: Positions) {
        self.title = title
        self.unit = unit
        self.shortName = shortName
        self.baseURL = baseURL
        self.languages = languages
        self.achievementCap = achievementCap
        self.bands = bands
        self.requiredAreas = requiredAreas
        self.opds = opds
        self.positions = positions
    }

    public func opd(_ code: String) -> OPD? { opds.first { $0.code == code } }
}

/// A rating band: the first band (highest first) whose `min` ≤ capaian.
public struct Band: Sendable, Hashable {
    public var id: String
    public var min: Double
    /// Label per language code.
    public var label: [String: String]

    public init(id: String, min: Double, label: [String: String]) {
        self.id = id
        self.min = min
        self.label = label
    }

    public func label(_ lang: String) -> String { label[lang] ?? label["id"] ?? label.values.sorted().first ?? id }

    public static let defaults: [Band] = [
        Band(id: "very-high", min: 91, label: ["id": "Sangat tinggi", "en": "Very high"]),
        Band(id: "high", min: 76, label: ["id": "Tinggi", "en": "High"]),
        Band(id: "medium", min: 66, label: ["id": "Sedang", "en": "Medium"]),
        Band(id: "low", min: 51, label: ["id": "Rendah", "en": "Low"]),
        Band(id: "very-low", min: 0, label: ["id": "Sangat rendah", "en": "Very low"]),
    ]
}

/// A perangkat daerah (regional government agency).
public struct OPD: Sendable, Hashable {
    public var code: String
    public var name: String
    public var short: String

    public init(code: String, name: String, short: String) {
        self.code = code
        self.name = name
        self.short = short
    }
}
