/// A problem with the templates: always names the template (file) and, where known, the
/// line of the offending tag.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    /// The templates folder has no template of this name.
    case missingTemplate(name: String, folder: String)
    /// A `{{>name}}` tag names a partial that does not exist.
    case missingPartial(name: String, template: String, line: Int)
    /// A tag refers to a key the view-model does not offer.
    case missingKey(key: String, template: String, line: Int)
    /// A tag uses a value the wrong way (text in a triple tag, a list as text …).
    case misuse(key: String, template: String, line: Int, problem: String)
    /// The template text is not valid (unclosed section, unsupported tag …).
    case syntax(template: String, line: Int, problem: String)
    /// The templates folder cannot be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missingTemplate(name, folder):
            return "template `\(name)` not found (looked for \(folder)/\(name).mustache)"
        case let .missingPartial(name, template, line):
            return "\(template).mustache:\(line): partial `\(name)` not found"
        case let .missingKey(key, template, line):
            return "\(template).mustache:\(line): key `\(key)` is not in the page's data"
        case let .misuse(key, template, line, problem):
            return "\(template).mustache:\(line): `\(key)` \(problem)"
        case let .syntax(template, line, problem):
            return "\(template).mustache:\(line): \(problem)"
        case let .unreadable(path, reason):
            return "cannot read templates at \(path): \(reason)"
        }
    }
}
