import Yams

/// Where a YAML node starts: 1-based line (within the YAML text) and column in characters,
/// as Yams' `Mark`.
struct YAMLMark: Sendable, Equatable {
    let line: Int32
    let column: Int32

    init(line: Int, column: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    /// A Yams mark; a node without one stands at the text's start.
    init(_ mark: Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}

/// A front-matter node with its position: what `Fields` and the loaders read. Made by the
/// subset parser (`YAMLSubsetParser`) or converted from Yams' tree for everything else.
enum YAMLNode: Sendable, Equatable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)
    /// Yams composes aliases into the nodes they stand for; kept for completeness.
    case alias(YAMLMark)

    struct Scalar: Sendable, Equatable {
        let string: String
        /// Plain (unquoted, not a block scalar): only a plain scalar can be a YAML null.
        let isPlain: Bool
        let mark: YAMLMark
    }

    struct Mapping: Sendable, Equatable, RandomAccessCollection {
        let pairs: [Pair]
        let mark: YAMLMark

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(i: Int) -> Pair { pairs[i] }
    }

    struct Pair: Sendable, Equatable {
        let key: YAMLNode
        let value: YAMLNode
    }

    struct Sequence: Sendable, Equatable, RandomAccessCollection {
        let items: [YAMLNode]
        let mark: YAMLMark

        var startIndex: Int { items.startIndex }
        var endIndex: Int { items.endIndex }
        subscript(i: Int) -> YAMLNode { items[i] }
    }

    var mark: YAMLMark {
        switch self {
        case let .scalar(s): return s.mark
        case let .mapping(m): return m.mark
        case let .sequence(s): return s.mark
        case let .alias(m): return m
        }
    }

    /// Yams' tree, converted (aliases are already expanded by composing).
    init(_ node: Node) {
        switch node {
        case let .scalar(s):
            self = .scalar(Scalar(string: s.string, isPlain: s.style == .plain || s.style == .any, mark: YAMLMark(s.mark)))
        case let .mapping(m):
            self = .mapping(Mapping(pairs: m.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) },
                                    mark: YAMLMark(m.mark)))
        case let .sequence(s):
            self = .sequence(Sequence(items: s.map(YAMLNode.init), mark: YAMLMark(s.mark)))
        case .alias:
            self = .alias(YAMLMark(node.mark))
        }
    }

    /// Whether the node is a YAML null (`~`, `null`, or nothing).
    var isNull: Bool {
        guard case let .scalar(s) = self, s.isPlain else { return false }
        return s.string.isEmpty || s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL"
    }

    var kindName: String {
        switch self {
        case .scalar: return "a single value"
        case .mapping: return "a mapping (key: value)"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
