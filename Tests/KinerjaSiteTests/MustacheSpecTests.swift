import Foundation
import Testing
@testable import KinerjaSite

/// The Mustache specification's required modules (Tests/Fixtures/mustache-spec, MIT) through
/// the site's renderer. Every case either renders the expected bytes or is one of the
/// project's documented refusals (docs/conformance.md), listed here case by case with the
/// reason; a case that does neither, or a listed refusal that starts to pass, fails.
@Suite struct MustacheSpecTests {
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/mustache-spec/specs")
    }

    struct Case {
        let module: String
        let name: String
        let template: String
        let partials: [String: String]
        let data: Any
        let expected: String
    }

    static func cases(_ module: String) throws -> [Case] {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(module).json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tests = try #require(root["tests"] as? [[String: Any]])
        return tests.map {
            Case(module: module, name: $0["name"] as? String ?? "", template: $0["template"] as? String ?? "",
                 partials: $0["partials"] as? [String: String] ?? [:], data: $0["data"] ?? NSNull(),
                 expected: $0["expected"] as? String ?? "")
        }
    }

    /// The spec's data as a view-model. Templates show formatted text only: numbers become
    /// their text. Strings are text (escaped in `{{x}}`) or, for a template that inserts
    /// values raw (`{{{x}}}`, `{{&x}}`), HTML: the renderer refuses the other use of each.
    static func value(_ any: Any, html: Bool) -> TemplateValue {
        switch any {
        case let s as String: return html ? .html(s) : .text(s)
        case let n as NSNumber:
            // JSONSerialization gives booleans as NSNumber too; their type says which.
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            let d = n.doubleValue
            let text = d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
            return html ? .html(text) : .text(text)
        case let list as [Any]: return .list(list.map { value($0, html: html) })
        case let object as [String: Any]:
            var o = TemplateObject(capacity: object.count)
            for key in object.keys.sorted() { o.set(key, value(object[key] ?? NSNull(), html: html)) }
            return .object(o)
        default: return .null
        }
    }

    enum Outcome: Equatable {
        case pass
        case refused(String)
        case wrong(String)
    }

    static func run(_ c: Case) -> Outcome {
        let raw = c.template.contains("{{{") || c.template.contains("{{&")
            || c.partials.values.contains { $0.contains("{{{") || $0.contains("{{&") }
        do {
            var sources = c.partials
            sources["test"] = c.template
            let set = try TemplateSet(sources: sources)
            let out = try set.render("test", value(c.data, html: raw))
            return out == c.expected ? .pass : .wrong("rendered \(out.debugDescription), expected \(c.expected.debugDescription)")
        } catch let error as TemplateError {
            switch error {
            case .missingKey: return .refused("missing key")
            case .missingPartial: return .refused("missing partial")
            case .misuse: return .refused("text and HTML kept apart")
            case let .syntax(_, _, problem) where problem.contains("`{{=…}}`"): return .refused("delimiter change")
            default: return .wrong("\(error)")
            }
        } catch {
            return .wrong("\(error)")
        }
    }

    /// The refusals, by module and case name (docs/conformance.md says why).
    /// The refusals, by module and case name (docs/conformance.md says why): a key the
    /// view-model lacks is an error, not an empty spot; so is a missing partial; delimiter
    /// changes are not supported (every tag stays `{{…}}`).
    static let refusals: [String: [String: String]] = [
        "comments": [:],
        "delimiters": [
            "Indented Standalone Tag": "delimiter change",
            "Inverted Sections": "delimiter change",
            "Outlying Whitespace (Inline)": "delimiter change",
            "Pair Behavior": "delimiter change",
            "Pair with Padding": "delimiter change",
            "Partial Inheritence": "delimiter change",
            "Post-Partial Behavior": "delimiter change",
            "Sections": "delimiter change",
            "Special Characters": "delimiter change",
            "Standalone Line Endings": "delimiter change",
            "Standalone Tag": "delimiter change",
            "Standalone Without Newline": "delimiter change",
            "Standalone Without Previous Line": "delimiter change",
            "Surrounding Whitespace": "delimiter change",
        ],
        "interpolation": [
            "Ampersand Context Miss Interpolation": "missing key",
            "Basic Context Miss Interpolation": "missing key",
            "Dotted Names - Broken Chain Resolution": "missing key",
            "Dotted Names - Broken Chains": "missing key",
            "Dotted Names - Context Precedence": "missing key",
            "Dotted Names are never single keys": "missing key",
            "Triple Mustache Context Miss Interpolation": "missing key",
        ],
        "inverted": ["Context Misses": "missing key", "Dotted Names - Broken Chains": "missing key"],
        "partials": ["Failed Lookup": "missing partial"],
        "sections": ["Context Misses": "missing key", "Dotted Names - Broken Chains": "missing key"],
    ]

    @Test(arguments: modules) func module(_ module: String) throws {
        let all = try Self.cases(module)
        #expect(!all.isEmpty)
        var passed = 0
        var refused: [String: String] = [:]
        var wrong: [String] = []
        for c in all {
            switch Self.run(c) {
            case .pass: passed += 1
            case let .refused(why): refused[c.name] = why
            case let .wrong(what): wrong.append("\(c.name): \(what)")
            }
        }
        print("mustache spec \(module): \(all.count) cases, \(passed) pass, \(refused.count) refused by design")
        for name in refused.keys.sorted() { print("  refused \(module) / \(name): \(refused[name] ?? "")") }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
        #expect(refused == Self.refusals[module], "the refusals differ from the documented list")
    }

    // MARK: - Faults the spec found (regressions)

    private func render(_ template: String, _ data: [String: TemplateValue] = [:], partials: [String: String] = [:]) throws -> String {
        var sources = partials
        sources["t"] = template
        return try TemplateSet(sources: sources).render("t", .object(TemplateObject(data)))
    }

    @Test func theTagAfterAnInlineSectionCloseIsNotStandalone() throws {
        #expect(try render("{{#a}}\nHello{{/a}} {{! note }}\nWorld", ["a": .bool(true)]) == "Hello \nWorld")
        // A standalone close still leaves no trace of its line.
        #expect(try render("{{#a}}\nHello\n{{/a}}\n{{! note }}\nWorld", ["a": .bool(true)]) == "Hello\nWorld")
    }

    @Test func blanksOnTheLastLineAreKept() throws {
        #expect(try render("a\n  ") == "a\n  ")
        #expect(try render("a\n  {{! c }}") == "a\n", "a standalone tag on the last line still takes its blanks")
    }

    @Test func anIndentedPartialDoesNotIndentTheLinesOfAValue() throws {
        let out = try render("<ul>\n  {{>item}}\n</ul>", ["v": .text("x\ny")], partials: ["item": "{{v}}|\n<li>\n"])
        #expect(out == "<ul>\n  x\ny|\n  <li>\n</ul>")
    }

    @Test func dynamicPartialNamesAreRefusedByName() {
        for template in ["{{> *name}}", "{{>*name}}", "{{> * name }}"] {
            #expect {
                try render(template, ["name": .text("p")], partials: ["p": "x"])
            } throws: { error in
                "\(error)".contains("dynamic names") && "\(error)".contains("not supported")
            }
        }
    }
}
