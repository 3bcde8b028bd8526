import Foundation
import Mustache

/// The templates of a theme folder (`site-templates/`): every `*.mustache` file below it,
/// named by its path without the extension (`page`, `partials/header`).
///
/// Rendering checks the view-model against the template first: a missing template, partial
/// or key is an error naming it, never an empty spot in the page.
public struct TemplateSet: Sendable {
    public let folder: String
    private let library: MustacheLibrary
    private let checker: TemplateChecker

    /// Loads and parses every template below `folder`.
    public init(folder: URL) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw TemplateError.unreadable(path: folder.path, reason: "no such folder")
        }
        var sources: [String: String] = [:]
        let root = folder.standardizedFileURL.path
        guard let walker = fm.enumerator(atPath: root) else {
            throw TemplateError.unreadable(path: root, reason: "cannot list the folder")
        }
        for case let relative as String in walker where relative.hasSuffix(".mustache") {
            let path = root + "/" + relative
            guard let data = fm.contents(atPath: path) else {
                throw TemplateError.unreadable(path: path, reason: "cannot read the file")
            }
            sources[String(relative.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
        }
        try self.init(sources: sources, folder: root)
    }

    /// Templates given as text, by name (for tests and embedded themes).
    public init(sources: [String: String], folder: String = "site-templates") throws {
        var parsed: [String: [TemplateNode]] = [:]
        var templates: [String: MustacheTemplate] = [:]
        for name in sources.keys.sorted() {
            let text = sources[name] ?? ""
            parsed[name] = try TemplateScanner.scan(text, template: name)
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch {
                throw TemplateError.syntax(template: name, line: 0, problem: "\(error)")
            }
        }
        self.folder = folder
        self.library = MustacheLibrary(templates: templates)
        self.checker = TemplateChecker(templates: parsed)
        try checker.checkPartials()
    }

    public func has(_ name: String) -> Bool { checker.templates[name] != nil }

    /// Fails unless every named template exists.
    public func require(_ names: [String]) throws {
        for name in names where !has(name) {
            throw TemplateError.missingTemplate(name: name, folder: folder)
        }
    }

    /// Renders the template `name` with `value`, after checking every key it uses.
    public func render(_ name: String, _ value: TemplateValue) throws -> String {
        guard has(name) else { throw TemplateError.missingTemplate(name: name, folder: folder) }
        try checker.check(name, with: value)
        return library.render(value, withTemplate: name) ?? ""
    }

    /// Encodes `model` and renders it with the template `name`.
    public func render<M: Encodable>(_ name: String, model: M) throws -> String {
        try render(name, TemplateEncoder.encode(model))
    }
}
