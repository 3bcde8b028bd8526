import Foundation

/// The templates of a theme folder (`site-templates/`): every `*.mustache` file below it,
/// named by its path without the extension (`page`, `partials/header`).
///
/// Rendering checks the view-model against the template first: a missing template, partial
/// or key is an error naming it, never an empty spot in the page.
public struct TemplateSet: Sendable {
    public let folder: String
    private let renderer: TemplateRenderer

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
        for name in sources.keys.sorted() {
            parsed[name] = try TemplateScanner.scan(sources[name] ?? "", template: name)
        }
        try TemplateChecker(templates: parsed).checkPartials()
        self.folder = folder
        self.renderer = TemplateRenderer(program: TemplateProgram(parsed))
    }

    public func has(_ name: String) -> Bool { renderer.has(name) }

    /// Fails unless every named template exists.
    public func require(_ names: [String]) throws {
        for name in names where !has(name) {
            throw TemplateError.missingTemplate(name: name, folder: folder)
        }
    }

    /// Renders the template `name` with `value`, checking every key it uses.
    public func render(_ name: String, _ value: TemplateValue) throws -> String {
        String(decoding: try renderBytes(name, value), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes, ready to be written.
    public func renderBytes(_ name: String, _ value: TemplateValue) throws -> [UInt8] {
        guard has(name) else { throw TemplateError.missingTemplate(name: name, folder: folder) }
        return try renderer.render(name, value)
    }

    /// Encodes `model` and renders it with the template `name`.
    public func render<M: Encodable>(_ name: String, model: M) throws -> String {
        try render(name, TemplateEncoder.encode(model))
    }
}
