/// A problem while rendering the site (not a content problem: those are diagnostics).
public enum SiteBuildError: Error, Equatable, CustomStringConvertible {
    /// Two outputs want the same path (e.g. two ids that differ only in characters made safe).
    case duplicatePath(String)
    /// A page failed; `reason` names the template problem or missing string.
    case page(path: String, reason: String)

    public var description: String {
        switch self {
        case .duplicatePath(let p): return "two outputs would be written to \(p)"
        case let .page(path, reason): return "\(path): \(reason)"
        }
    }
}
