import Foundation

/// A theme folder read and parsed: its templates and the UI strings of the site's languages.
public struct Theme: Sendable {
    public let templates: TemplateSet
    public let localizers: [Localizer]

    /// Reads `folder` (templates, `i18n/<lang>.yaml`); every required template must exist.
    public static func load(folder: URL, languages: [String]) throws -> Theme {
        let templates = try TemplateSet(folder: folder)
        try templates.require(SiteBuilder.requiredTemplates)
        let localizers = try LocalizationLoader.load(folder: folder.appendingPathComponent("i18n"), languages: languages)
        return Theme(templates: templates, localizers: localizers)
    }
}
