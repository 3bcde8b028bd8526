/// Rules that assign an area (SOP 10) to packages imported from SIRUP. The first rule whose
/// conditions all hold wins; a rule without conditions matches every package (a fallback).
public struct AreaMap: Sendable {
    public struct Rule: Sendable {
        public var area: String
        /// Field name → accepted values (any of them, compared case-insensitively).
        public var texts: [(field: String, values: [String])]
        /// Inclusive bounds on `pagu`.
        public var paguMin: Double?
        public var paguMax: Double?
        public var location: SourceLocation

        public init(area: String, texts: [(field: String, values: [String])] = [], paguMin: Double? = nil,
                    paguMax: Double? = nil, location: SourceLocation) {
            self.area = area
            self.texts = texts
            self.paguMin = paguMin
            self.paguMax = paguMax
            self.location = location
        }

        public func matches(_ p: Package) -> Bool {
            for (field, values) in texts {
                guard let v = AreaMap.value(field, of: p)?.lowercased(),
                      values.contains(where: { $0.lowercased() == v }) else { return false }
            }
            if let min = paguMin { guard let pagu = p.pagu, Double(pagu) >= min else { return false } }
            if let max = paguMax { guard let pagu = p.pagu, Double(pagu) <= max else { return false } }
            return true
        }
    }

    /// Package fields a rule may test by value.
    public static let textFields = ["kd_satker", "metode_pengadaan", "jenis_pengadaan", "sumber_dana", "status_pdn",
                                    "status_ukm"]

    public var rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    /// The area of the first matching rule.
    public func area(for p: Package) -> String? { rules.first { $0.matches(p) }?.area }

    static func value(_ field: String, of p: Package) -> String? {
        let v: String?
        switch field {
        case "kd_satker": v = p.kdSatker
        case "metode_pengadaan": v = p.metodePengadaan
        case "jenis_pengadaan": v = p.jenisPengadaan
        case "sumber_dana": v = p.sumberDana
        case "status_pdn": v = p.statusPdn
        case "status_ukm": v = p.statusUkm
        default: v = nil
        }
        return v.map { String(Substring($0).trimmingSpaces()) }
    }
}
