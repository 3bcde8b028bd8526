/// Checks, when a theme is loaded, that every `{{>partial}}` of every template names an
/// existing template. (Data accesses are checked while rendering: `TemplateRenderer`.)
struct TemplateChecker {
    let templates: [String: [TemplateNode]]

    func checkPartials() throws {
        for name in templates.keys.sorted() {
            try partialNames(templates[name] ?? [], template: name)
        }
    }

    private func partialNames(_ nodes: [TemplateNode], template: String) throws {
        for node in nodes {
            switch node {
            case let .partial(p, _, line) where templates[p] == nil:
                throw TemplateError.missingPartial(name: p, template: template, line: line)
            case let .section(_, _, _, _, children):
                try partialNames(children, template: template)
            default:
                continue
            }
        }
    }
}
