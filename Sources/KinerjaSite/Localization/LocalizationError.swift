/// A problem with the UI strings files (`site-templates/i18n/<lang>.yaml`).
public enum LocalizationError: Error, Equatable, CustomStringConvertible {
    /// No strings file for a language the site lists.
    case missingLanguage(language: String, file: String)
    /// The file is not valid YAML or lacks a required entry.
    case invalid(file: String, problem: String)
    /// A UI string used by the site is missing in a language.
    case missingString(language: String, key: String)

    public var description: String {
        switch self {
        case let .missingLanguage(language, file):
            return "no UI strings for language `\(language)` (expected \(file))"
        case let .invalid(file, problem):
            return "\(file): \(problem)"
        case let .missingString(language, key):
            return "UI string `\(key)` is missing in language `\(language)`"
        }
    }
}
