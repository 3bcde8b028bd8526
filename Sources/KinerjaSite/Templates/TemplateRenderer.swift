/// Renders parsed templates with a view-model, checking every data access as it goes: a key
/// the view-model lacks, or a value used the wrong way (text in a triple tag, HTML in a
/// double tag, a list as text), is an error naming the template and line, never an empty
/// spot in the page. Sections are walked once per item, so keys inside lists are checked
/// against every item.
///
/// Output goes into one byte buffer: no intermediate strings per tag or partial.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]

    /// How deeply partials may nest (a partial including itself would never end).
    static let maxDepth = 32

    func render(_ name: String, _ value: TemplateValue) throws -> [UInt8] {
        guard let nodes = templates[name] else {
            throw TemplateError.missingTemplate(name: name, folder: "site-templates")
        }
        var state = State(stack: [value])
        state.out.reserveCapacity(32 * 1024)
        try walk(nodes, template: name, state: &state, depth: 0, indentation: [])
        return state.out
    }

    struct State {
        var stack: [TemplateValue]
        var out: [UInt8] = []
    }

    private func walk(_ nodes: [TemplateNode], template: String, state: inout State, depth: Int, indentation: [UInt8]) throws {
        for node in nodes {
            switch node {
            case .text(let bytes):
                emit(bytes[...], into: &state.out, indentation: indentation)
            case let .variable(name, path, escaped, line):
                let value = try resolve(name, path, stack: state.stack, template: template, line: line)
                switch (value, escaped) {
                case (.null, _):
                    continue
                case (.text(let s), true):
                    indent(&state.out, indentation, beforeEmpty: s.isEmpty)
                    HTMLEscape.append(s, to: &state.out)
                case (.html(var s), false):
                    indent(&state.out, indentation, beforeEmpty: s.isEmpty)
                    s.withUTF8 { state.out.append(contentsOf: $0) }
                case (.html, true):
                    throw TemplateError.misuse(key: name, template: template, line: line,
                                               problem: "is HTML: write {{{\(name)}}} to insert it")
                case (.text, false):
                    throw TemplateError.misuse(key: name, template: template, line: line,
                                               problem: "is text and must be escaped: write {{\(name)}}")
                default:
                    throw TemplateError.misuse(key: name, template: template, line: line,
                                               problem: "is a \(value.kindName), not text: use it as a section")
                }
            case let .section(name, path, inverted, line, children):
                let value = try resolve(name, path, stack: state.stack, template: template, line: line)
                if inverted {
                    guard !value.isTruthy else { continue }
                    state.stack.append(value)
                    try walk(children, template: template, state: &state, depth: depth, indentation: indentation)
                    state.stack.removeLast()
                } else {
                    for item in value {
                        state.stack.append(item)
                        try walk(children, template: template, state: &state, depth: depth, indentation: indentation)
                        state.stack.removeLast()
                    }
                }
            case let .partial(name, partialIndentation, line):
                guard let partial = templates[name] else {
                    throw TemplateError.missingPartial(name: name, template: template, line: line)
                }
                guard depth < Self.maxDepth else {
                    throw TemplateError.syntax(template: template, line: line, problem: "partials nest too deeply (recursion?)")
                }
                try walk(partial, template: name, state: &state, depth: depth + 1, indentation: indentation + partialIndentation)
            }
        }
    }

    /// Appends `bytes`; inside an indented standalone partial, a chunk that starts a new
    /// line is indented first.
    private func emit<C: Collection>(_ bytes: C, into out: inout [UInt8], indentation: [UInt8]) where C.Element == UInt8 {
        indent(&out, indentation, beforeEmpty: bytes.isEmpty)
        out.append(contentsOf: bytes)
    }

    private func indent(_ out: inout [UInt8], _ indentation: [UInt8], beforeEmpty: Bool) {
        if !indentation.isEmpty, !beforeEmpty, out.last == UInt8(ascii: "\n") {
            out.append(contentsOf: indentation)
        }
    }

    /// Mustache name resolution: `.` is the top of the stack; otherwise the first part of a
    /// dotted name is looked up from the innermost context outwards, the rest inside it.
    private func resolve(_ name: String, _ path: [String], stack: [TemplateValue], template: String, line: Int) throws -> TemplateValue {
        guard let first = path.first else { return stack.last ?? .null }
        var found: TemplateValue?
        for context in stack.reversed() {
            if let v = context[first] {
                found = v
                break
            }
        }
        guard var value = found else {
            throw TemplateError.missingKey(key: name, template: template, line: line)
        }
        for part in path.dropFirst() {
            guard let next = value[part] else {
                throw TemplateError.missingKey(key: name, template: template, line: line)
            }
            value = next
        }
        return value
    }
}
