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
            self = .scalar(Scalar(string: s.string, isPlain: Self.readsAsPlain(s), mark: YAMLMark(s.mark)))
        case let .mapping(m):
            self = .mapping(Mapping(pairs: m.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) },
                                    mark: YAMLMark(m.mark)))
        case let .sequence(s):
            self = .sequence(Sequence(items: s.map(YAMLNode.init), mark: YAMLMark(s.mark)))
        case .alias:
            self = .alias(YAMLMark(node.mark))
        }
    }

    /// Whether a Yams scalar is read like a plain one (may be null). A tag is kept:
    /// `!!str null`, `!!str` (empty) and `! null` are text, as a quoted scalar is; `!!null`
    /// is null. (Yams gives a mapping's keys the `str` tag it resolves them to, so a plain
    /// scalar tagged `str` is text only where its words would otherwise be null.)
    static func readsAsPlain(_ s: Node.Scalar) -> Bool {
        let plain = s.style == .plain || s.style == .any
        switch Tag.Name(rawValue: s.tag.rawValue) {
        case .implicit: return plain
        case .null: return true
        case .str, .nonSpecific: return plain && !isNullWord(s.string)
        default: return false
        }
    }

    static func isNullWord(_ s: String) -> Bool {
        s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    /// Whether the node is a YAML null (`~`, `null`, or nothing).
    var isNull: Bool {
        guard case let .scalar(s) = self, s.isPlain else { return false }
        return Self.isNullWord(s.string)
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
