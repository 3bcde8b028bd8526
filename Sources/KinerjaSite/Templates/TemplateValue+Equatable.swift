/// Equality of template values (members compared in order), and where two values differ:
/// used to check hand-built view-model values against `TemplateEncoder` (`TemplateModels`).
extension TemplateValue: Equatable {
    public static func == (a: TemplateValue, b: TemplateValue) -> Bool {
        a.difference(from: b, at: "") == nil
    }

    /// The first place (dotted path) where `self` and `other` differ, and how.
    func difference(from other: TemplateValue, at path: String) -> (path: String, problem: String)? {
        switch (self, other) {
        case let (.text(a), .text(b)), let (.html(a), .html(b)):
            return a == b ? nil : (path, "\(kindName) \"\(a)\" ≠ \"\(b)\"")
        case let (.bool(a), .bool(b)):
            return a == b ? nil : (path, "\(a) ≠ \(b)")
        case (.null, .null):
            return nil
        case let (.list(a), .list(b)):
            guard a.count == b.count else { return (path, "\(a.count) items ≠ \(b.count)") }
            for (i, (x, y)) in zip(a, b).enumerated() {
                if let d = x.difference(from: y, at: path.isEmpty ? String(i) : "\(path).\(i)") { return d }
            }
            return nil
        case let (.object(a), .object(b)):
            return a.difference(from: b, at: path)
        default:
            return (path, "\(kindName) ≠ \(other.kindName)")
        }
    }
}
