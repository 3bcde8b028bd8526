// TEMPORARY stub until `Localization/ChartStrings` lands from branch `site`; delete on merge.

/// The words charts use, in one language.
public struct ChartStrings: Sendable {
    public var lang: String
    public var value: String
    public var target: String
    public var capaian: String
    public var noData: String
    public var valueVsTarget: String

    public init(lang: String, value: String, target: String, capaian: String, noData: String, valueVsTarget: String) {
        self.lang = lang
        self.value = value
        self.target = target
        self.capaian = capaian
        self.noData = noData
        self.valueVsTarget = valueVsTarget
    }
}
