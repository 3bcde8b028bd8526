/// Positions by dotted path: the keys (or the values) of one entity.
///
/// Kept compact, as every entity holds two: a YAML mapping's few positions (all in one file)
/// as a short list of paths with line and column, searched in order; a CSV row's as a
/// reference to its row's cell starts (the column names are shared by the whole table) and
/// a bit per column; a dictionary otherwise. A file of 150 000 realization rows would
/// otherwise hold 300 000 dictionaries, more than half of the memory of a loaded content tree.
public struct PositionMap: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private enum Storage: Sendable {
        /// A few positions in one file (most YAML mappings): searched in order.
        case few(file: String, [Spot])
        case named([String: SourceLocation])
        /// Cells of a CSV row; bit `i` of `present` set when column `i` has a position.
        case cells(RowCells, present: UInt64)
    }

    private struct Spot: Sendable {
        let path: String
        var line: Int32
        var column: Int32
    }

    /// Above this many positions, a dictionary.
    private static let fewAtMost = 16

    private var storage: Storage

    public init() { storage = .named([:]) }

    public init(_ positions: [String: SourceLocation]) { storage = .named(positions) }

    public init(dictionaryLiteral elements: (String, SourceLocation)...) {
        storage = .named(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// Positions in one file of distinct `paths`; `spot(i)` is path `i`'s line and column, nil
    /// for none. The same map as setting them one by one, made at once (a YAML mapping's).
    init(file: String, paths: [String], spot: (Int) -> (line: Int, column: Int)?) {
        storage = .named([:])
        var spots: [Spot] = []
        spots.reserveCapacity(paths.count)
        for i in paths.indices {
            guard let (line, column) = spot(i) else { continue }
            guard spots.count < Self.fewAtMost, let l = Int32(exactly: line), let c = Int32(exactly: column) else {
                // Many positions (or huge numbers): one by one, as the setter does.
                storage = .named([:])
                for k in paths.indices {
                    if let (line, column) = spot(k) { self[paths[k]] = SourceLocation(file: file, line: line, column: column) }
                }
                return
            }
            spots.append(Spot(path: paths[i], line: l, column: c))
        }
        if !spots.isEmpty { storage = .few(file: file, spots) }
    }

    /// The cells of `row` whose bit is set in `present`.
    public init(cells row: RowCells, present: UInt64) { storage = .cells(row, present: present) }

    public subscript(path: String) -> SourceLocation? {
        get {
            switch storage {
            case let .few(file, spots):
                guard let spot = spots.first(where: { $0.path == path }) else { return nil }
                return SourceLocation(file: file, line: Int(spot.line), column: Int(spot.column))
            case .named(let d): return d[path]
            case let .cells(row, present): return row.location(path, present: present)
            }
        }
        set {
            if set(few: path, newValue) { return }
            var d = all
            // Drop this map's reference first, so that the dictionary is changed in place.
            storage = .named([:])
            d[path] = newValue
            storage = .named(d)
        }
    }

    /// Sets `path` in the compact form when it applies; false when a dictionary is needed.
    private mutating func set(few path: String, _ location: SourceLocation?) -> Bool {
        guard let location, let line = Int32(exactly: location.line), let column = Int32(exactly: location.column) else {
            return false
        }
        var file = location.file
        var spots: [Spot] = []
        switch storage {
        case .named(let d) where d.isEmpty:
            break
        case let .few(f, existing) where f == location.file:
            file = f
            spots = existing
        default:
            return false
        }
        storage = .named([:])
        if let i = spots.firstIndex(where: { $0.path == path }) {
            spots[i].line = line
            spots[i].column = column
        } else {
            guard spots.count < Self.fewAtMost else {
                var d = Dictionary(spots.map { ($0.path, SourceLocation(file: file, line: Int($0.line), column: Int($0.column))) },
                                   uniquingKeysWith: { _, last in last })
                d[path] = location
                storage = .named(d)
                return true
            }
            spots.append(Spot(path: path, line: line, column: column))
        }
        storage = .few(file: file, spots)
        return true
    }

    /// Every path with its position.
    public var all: [String: SourceLocation] {
        switch storage {
        case let .few(file, spots):
            var d: [String: SourceLocation] = [:]
            for spot in spots { d[spot.path] = SourceLocation(file: file, line: Int(spot.line), column: Int(spot.column)) }
            return d
        case .named(let d): return d
        case let .cells(row, present): return row.all(present: present)
        }
    }

    public static func == (a: PositionMap, b: PositionMap) -> Bool { a.all == b.all }
    public func hash(into hasher: inout Hasher) { hasher.combine(all) }
}

/// One CSV row's cells: where each column's cell starts.
public final class RowCells: Sendable {
    public let columns: CSVColumnNames
    public let file: String
    public let line: Int
    /// 1-based column of each cell.
    public let starts: [Int]

    public init(columns: CSVColumnNames, file: String, line: Int, starts: [Int]) {
        self.columns = columns
        self.file = file
        self.line = line
        self.starts = starts
    }

    func location(_ name: String, present: UInt64) -> SourceLocation? {
        guard let i = columns.index[name], i < starts.count, i < 64, present & (1 << UInt64(i)) != 0 else { return nil }
        return SourceLocation(file: file, line: line, column: starts[i])
    }

    func all(present: UInt64) -> [String: SourceLocation] {
        var out: [String: SourceLocation] = [:]
        for (name, _) in columns.index {
            if let l = location(name, present: present) { out[name] = l }
        }
        return out
    }
}

/// The lower-cased column names of a CSV table, shared by the positions of all its rows.
/// A name that repeats means its last column (as when cells are recorded left to right).
public final class CSVColumnNames: Sendable {
    public let index: [String: Int]

    public init(_ lowercased: [String]) {
        var index: [String: Int] = [:]
        for (i, name) in lowercased.enumerated() { index[name] = i }
        self.index = index
    }
}
