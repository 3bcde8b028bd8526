import Foundation

extension String {
    /// Every occurrence of `target` replaced by `replacement` (the text itself when there is none).
    public func replacingAll(_ target: String, _ replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
