/// Walks a template's tags together with the view-model it is about to render and reports
/// the first key the view-model lacks, or a value used the wrong way. Sections are walked
/// once per item, as rendering would, so keys inside lists are checked against every item.
struct TemplateChecker {
    let templates: [String: [TemplateNode]]

    func check(_ name: String, with value: TemplateValue) throws {
        guard let nodes = templates[name] else {
            throw TemplateError.missingTemplate(name: name, folder: "site-templates")
        }
        try walk(nodes, template: name, stack: [value], depth: 0)
    }

    /// Every `{{>partial}}` of every template names an existing template.
    func checkPartials() throws {
        for name in templates.keys.sorted() {
            try partialNames(templates[name] ?? [], template: name)
        }
    }

    private func partialNames(_ nodes: [TemplateNode], template: String) throws {
        for node in nodes {
            switch node {
            case let .partial(p, line) where templates[p] == nil:
                throw TemplateError.missingPartial(name: p, template: template, line: line)
            case let .section(_, _, _, children):
                try partialNames(children, template: template)
            default:
                continue
            }
        }
    }

    private func walk(_ nodes: [TemplateNode], template: String, stack: [TemplateValue], depth: Int) throws {
        for node in nodes {
            switch node {
            case let .variable(name, escaped, line):
                let value = try resolve(name, stack: stack, template: template, line: line)
                try checkVariable(value, name: name, escaped: escaped, template: template, line: line)
            case let .section(name, inverted, line, children):
                let value = try resolve(name, stack: stack, template: template, line: line)
                if inverted {
                    if !value.isTruthy { try walk(children, template: template, stack: stack, depth: depth) }
                } else {
                    for item in value {
                        try walk(children, template: template, stack: stack + [item], depth: depth)
                    }
                }
            case let .partial(name, line):
                guard let partial = templates[name] else {
                    throw TemplateError.missingPartial(name: name, template: template, line: line)
                }
                guard depth < 32 else {
                    throw TemplateError.syntax(template: template, line: line, problem: "partials nest too deeply (recursion?)")
                }
                try walk(partial, template: name, stack: stack, depth: depth + 1)
            }
        }
    }

    /// Mustache name resolution: `.` is the top of the stack; otherwise the first part of a
    /// dotted name is looked up from the innermost context outwards, the rest inside it.
    private func resolve(_ name: String, stack: [TemplateValue], template: String, line: Int) throws -> TemplateValue {
        if name == ".", let top = stack.last { return top }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty, !parts.contains(where: \.isEmpty) else {
            throw TemplateError.syntax(template: template, line: line, problem: "`\(name)` is not a valid name")
        }
        guard var value = stack.reversed().lazy.compactMap({ $0[first] }).first else {
            throw TemplateError.missingKey(key: name, template: template, line: line)
        }
        for part in parts.dropFirst() {
            guard let next = value[part] else {
                throw TemplateError.missingKey(key: name, template: template, line: line)
            }
            value = next
        }
        return value
    }

    private func checkVariable(_ value: TemplateValue, name: String, escaped: Bool, template: String, line: Int) throws {
        switch (value, escaped) {
        case (.text, true), (.null, _), (.html, false):
            return
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
    }
}
