/// The publisher (`site.yaml`).
public struct Site: Sendable {
    /// The title, unit and short name, each written once or per language (docs/content.md).
    public var titles: LocalizedText
    public var units: LocalizedText
    public var shortNames: LocalizedText
    /// The texts in the default language.
    public var title: String {
        get { titles.text }
        set { titles = LocalizedText(newValue) }
    }
    public var unit: String {
        get { units.text }
        set { units = LocalizedText(newValue) }
    }
    public var shortName: String {
        get { shortNames.text }
        set { shortNames = LocalizedText(newValue) }
    }
    public var baseURL: String?
    public var languages: [String]
    public var achievementCap: Double
    /// Days after a period's end before it counts as late on the status page
    /// (`reporting_grace_days`, docs/site.md).
    public var reportingGraceDays: Int = 10
    public var bands: [Band]
    public var requiredAreas: [String]
    public var opds: [OPD]
    /// The licence of the published data and pages (`license`, docs/open-data.md): an SPDX
    /// identifier such as `CC-BY-4.0` (the default).
    public var license: String = Site.defaultLicense
    public var positions: Positions

    public static let defaultLicense = "CC-BY-4.0"

    public init(title: String = "", unit: String = "", shortName: String = "", baseURL: String? = nil,
                languages: [String] = ["id", "en"], achievementCap: Double = 120, bands: [Band] = Band.defaults,
                requiredAreas: [String] = [], opds: [OPD] = [], positions: Positions) {
        titles = LocalizedText(title)
        units = LocalizedText(unit)
        shortNames = LocalizedText(shortName)
        self.baseURL = baseURL
        self.languages = languages
        self.achievementCap = achievementCap
        self.bands = bands
        self.requiredAreas = requiredAreas
        self.opds = opds
        self.positions = positions
    }

    public func opd(_ code: String) -> OPD? { opds.first { $0.code == code } }

    /// The default language (the first of `languages`).
    public var defaultLanguage: String { languages.first ?? "id" }
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
    /// The name and short name, each written once or per language (docs/content.md).
    public var names: LocalizedText
    public var shorts: LocalizedText
    public var name: String {
        get { names.text }
        set { names = LocalizedText(newValue) }
    }
    public var short: String {
        get { shorts.text }
        set { shorts = LocalizedText(newValue) }
    }

    public init(code: String, name: String, short: String) {
        self.code = code
        names = LocalizedText(name)
        shorts = LocalizedText(short)
    }

    public init(code: String, names: LocalizedText, shorts: LocalizedText) {
        self.code = code
        self.names = names
        self.shorts = shorts
    }
}
