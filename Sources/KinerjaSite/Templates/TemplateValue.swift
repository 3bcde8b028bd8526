/// A view-model value as templates see it. Every value a template displays is already
/// formatted text: numbers, colours and statuses are computed in Swift.
///
/// `text` is escaped when rendered (`{{name}}`); `html` is markup made by Swift code
/// (CommonMark output, SVG charts) and is only allowed in triple tags (`{{{name}}}`).
// Not `indirect`: lists and objects hold their members in arrays already, and an indirect
// enum would put every text value into a heap box of its own.
public enum TemplateValue: Sendable {
    case text(String)
    case html(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    /// An absent optional: renders nothing, skips sections, opens inverted sections.
    case null

    /// The member `name` of an object, or nil.
    public subscript(name: String) -> TemplateValue? {
        if case .object(let members) = self { return members[name] }
        return nil
    }

    /// Whether a section over this value renders its content (Mustache truthiness).
    var isTruthy: Bool {
        switch self {
        case .bool(let b): return b
        case .null: return false
        case .list(let items): return !items.isEmpty
        case .text, .html, .object: return true
        }
    }

    var kindName: String {
        switch self {
        case .text: return "text"
        case .html: return "html"
        case .bool: return "bool"
        case .list: return "list"
        case .object: return "object"
        case .null: return "null"
        }
    }
}

// Every value is a sequence (a list its items, false/null nothing, anything else itself
// once), which is exactly Mustache's section semantics.
extension TemplateValue: Sequence {
    public func makeIterator() -> IndexingIterator<[TemplateValue]> {
        switch self {
        case .list(let items): return items.makeIterator()
        case .bool(false), .null: return [].makeIterator()
        default: return [self].makeIterator()
        }
    }
}
