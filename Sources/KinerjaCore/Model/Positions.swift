/// Where each key of an entity stood in its file, so that rules can point at the
/// offending key or value. Keys are dotted paths: `baseline`, `baseline.year`,
/// `targets.2026-Q1`, `actions.0.due`.
public struct Positions: Sendable, Hashable {
    /// The entity as a whole: the start of its mapping (or its CSV row).
    public var origin: SourceLocation
    /// Position of each key (the key token itself).
    public var keys: PositionMap
    /// Position of each value.
    public var values: PositionMap

    public init(origin: SourceLocation, keys: PositionMap = [:], values: PositionMap = [:]) {
        self.origin = origin
        self.keys = keys
        self.values = values
    }

    /// The key's position, else the closest recorded parent key, else the origin.
    public func key(_ path: String) -> SourceLocation {
        var p = Substring(path)
        while true {
            if let l = keys[String(p)] { return l }
            guard let dot = p.lastIndex(of: ".") else { return origin }
            p = p[..<dot]
        }
    }

    /// The value's position, else the key's position (see `key(_:)`).
    public func value(_ path: String) -> SourceLocation {
        values[path] ?? key(path)
    }

    public var file: String { origin.file }
}
