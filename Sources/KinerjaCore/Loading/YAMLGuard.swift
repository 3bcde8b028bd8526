import CYaml

/// Refuses YAML that would exhaust the machine before it is composed into a node tree.
///
/// Yams composes an alias by sharing the anchored node, but it hashes every mapping key in
/// full to find duplicates: an alias bomb ("billion laughs") in key position takes
/// exponential time inside `Yams.compose`. Composing also recurses once per nesting level.
/// So, before composing, the document's events are counted with libyaml: nesting deeper than
/// `Limits.maxYAMLDepth` (aliases expanded) or more than `Limits.maxYAMLNodes` nodes (every
/// alias counted as the whole node it stands for) is refused.
///
/// The event pass runs only when a cheap byte scan says the limits could be reached: the
/// text holds an anchor or alias, or its flow brackets and indentation allow deep nesting.
enum YAMLGuard {
    /// Why a document is refused; `line` and `column` are 1-based within the YAML text.
    struct Problem: Equatable, Sendable {
        let message: String
        let hint: String?
        let line: Int
        let column: Int
    }

    static let budgetMessage = "YAML document is too large or expands too much (more than \(Limits.maxYAMLNodes) nodes)"
    static let budgetHint = "avoid anchors and aliases that expand recursively"

    /// The first reason to refuse `yaml`, or nil when it is safe to compose. Syntax errors are
    /// not reported here: composing reports them with a better message.
    static func check(_ yaml: String) -> Problem? {
        let bytes = Array(yaml.utf8)
        guard mayExceedLimits(bytes) else { return nil }
        return scan(bytes)
    }

    /// A sound over-approximation: false only when the document can hold no alias and cannot
    /// nest deeper than the limit. Block nesting needs one more column of indentation (or of
    /// `- `, `? `, `: ` indicators) every two levels; flow nesting needs one `[` or `{` a level.
    static func mayExceedLimits(_ b: [UInt8]) -> Bool {
        var openers = 0
        var lead = 0
        var maxLead = 0
        var atLineStart = true
        for i in b.indices {
            let c = b[i]
            switch c {
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                if i + 1 < b.count, isAnchorByte(b[i + 1]) { return true }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                openers += 1
            default:
                break
            }
            if c == 10 {
                atLineStart = true
                lead = 0
            } else if atLineStart {
                if c == 32 || c == 9 || c == UInt8(ascii: "-") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":") {
                    lead += 1
                    maxLead = max(maxLead, lead)
                } else {
                    atLineStart = false
                }
            }
        }
        return openers + 2 * maxLead + 2 > Limits.maxYAMLDepth
    }

    /// libyaml's anchor characters: letters, digits, `_` and `-`.
    private static func isAnchorByte(_ c: UInt8) -> Bool {
        (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }

    /// Size of a node with aliases expanded: how many nodes, and how deep (a scalar is 1).
    private struct Extent {
        var nodes: Int
        var depth: Int
    }

    /// An open collection while the events are read.
    private struct Frame {
        let anchor: String?
        var extent: Extent
    }

    /// Reads every event of `bytes`, counting nodes and nesting with aliases expanded.
    static func scan(_ bytes: [UInt8]) -> Problem? {
        guard !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Problem? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var counter = Counter()
            while true {
                var event = yaml_event_t()
                // A syntax error ends the pass; composing stops at the same event. libyaml refuses
                // flow nesting of about 1000 levels itself, before any event of it.
                guard yaml_parser_parse(&parser, &event) == 1 else { return nestingProblem(parser) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let problem = counter.take(event) { return problem }
            }
        }
    }

    /// libyaml's own nesting limit, reported like ours, or nil for any other error.
    private static func nestingProblem(_ parser: yaml_parser_t) -> Problem? {
        guard let problem = parser.problem, String(cString: problem).contains("Maximum nesting level") else { return nil }
        return Counter.depthProblem(Int(parser.problem_mark.line) + 1, Int(parser.problem_mark.column) + 1)
    }

    private struct Counter {
        var stack: [Frame] = []
        var anchors: [String: Extent] = [:]
        var expanded = 0

        mutating func take(_ event: yaml_event_t) -> Problem? {
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                return add(Extent(nodes: 1, depth: 1), anchor: name(event.data.scalar.anchor), line, column)
            case YAML_ALIAS_EVENT:
                let target = name(event.data.alias.anchor).flatMap { anchors[$0] } ?? Extent(nodes: 1, depth: 1)
                return add(target, anchor: nil, line, column)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if stack.count + 1 > Limits.maxYAMLDepth { return Counter.depthProblem(line, column) }
                expanded += 1
                if expanded > Limits.maxYAMLNodes { return budgetProblem(line, column) }
                let anchor = event.type == YAML_SEQUENCE_START_EVENT
                    ? name(event.data.sequence_start.anchor) : name(event.data.mapping_start.anchor)
                stack.append(Frame(anchor: anchor, extent: Extent(nodes: 1, depth: 1)))
                return nil
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return nil }
                if let anchor = frame.anchor { anchors[anchor] = frame.extent }
                attach(frame.extent)
                return nil
            default:
                return nil
            }
        }

        /// A scalar or an alias: counted (an alias as its whole target) and attached to its parent.
        private mutating func add(_ extent: Extent, anchor: String?, _ line: Int, _ column: Int) -> Problem? {
            if stack.count + extent.depth > Limits.maxYAMLDepth { return Counter.depthProblem(line, column) }
            expanded += extent.nodes
            if expanded > Limits.maxYAMLNodes { return budgetProblem(line, column) }
            if let anchor { anchors[anchor] = extent }
            attach(extent)
            return nil
        }

        private mutating func attach(_ child: Extent) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].extent.nodes += child.nodes
            stack[stack.count - 1].extent.depth = max(stack[stack.count - 1].extent.depth, child.depth + 1)
        }

        private func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }

        static func depthProblem(_ line: Int, _ column: Int) -> Problem {
            Problem(message: "YAML nests deeper than \(Limits.maxYAMLDepth) levels (aliases expanded)",
                    hint: "content files need only a few levels of nesting", line: line, column: column)
        }

        private func budgetProblem(_ line: Int, _ column: Int) -> Problem {
            Problem(message: YAMLGuard.budgetMessage, hint: YAMLGuard.budgetHint, line: line, column: column)
        }
    }
}
