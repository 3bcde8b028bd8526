import Foundation
import KinerjaCore
import Mustache
import Testing
@testable import KinerjaSite

/// kinerja renders templates with its own Mustache renderer (compiled, checking every key);
/// swift-mustache is the reference. Every page of the sample site, in every language, must
/// come out byte for byte as the reference renders the same template with the same values.
@Suite(.enabled(if: SampleSite.exists, "the sample content is not in this checkout"))
struct MustacheConformanceTests {
    @Test func everySamplePageRendersAsTheReferenceMustacheDoes() throws {
        let pages = Locked<[RenderedPage]>([])
        var builder = SiteBuilder(content: SampleSite.checked.content, templates: SiteFixture.templates,
                                  baseURL: "https://kinerja.example.go.id/kinerja/", generated: SampleSite.generated)
        builder.observePage = { template, value, bytes in
            pages.with { $0.append(RenderedPage(template: template, value: value, bytes: bytes)) }
        }
        _ = try builder.render()

        let reference = try ReferenceTemplates(folder: SiteFixture.templates)
        let rendered = pages.current
        #expect(rendered.count > 150)
        #expect(Set(rendered.map(\.template)).isSuperset(of: ["home", "year", "status", "area", "indicator", "opd",
                                                               "packages", "package", "report", "reports", "changes",
                                                               "data", "404", "feed"]))
        var differing: [String] = []
        for page in rendered where reference.render(page.template, page.value) != String(decoding: page.bytes, as: UTF8.self) {
            differing.append(page.template)
        }
        #expect(differing.isEmpty, "pages rendered differently from swift-mustache: \(Set(differing).sorted())")
    }

    @Test func theReferenceComparisonNoticesADifference() throws {
        // The same check fails when the two disagree (here: a value the reference escapes).
        let reference = try ReferenceTemplates(sources: ["t": "<p>{{a}}</p>"])
        let ours = try TemplateSet(sources: ["t": "<p>{{a}}</p>"])
        let value = TemplateValue.object(TemplateObject(["a": .text("R&D <b>")]))
        #expect(reference.render("t", value) == (try ours.render("t", value)))
        #expect(reference.render("t", value) != "<p>R&D <b></p>")
    }
}

/// A page as the site builder rendered it.
private struct RenderedPage {
    let template: String
    let value: TemplateValue
    let bytes: [UInt8]
}

/// The theme's templates in swift-mustache.
private struct ReferenceTemplates {
    let library: MustacheLibrary

    init(folder: URL) throws {
        var sources: [String: String] = [:]
        let root = folder.standardizedFileURL.path
        guard let files = FileManager.default.enumerator(atPath: root) else { throw CocoaError(.fileReadNoSuchFile) }
        for case let relative as String in files where relative.hasSuffix(".mustache") {
            sources[String(relative.dropLast(".mustache".count))] = try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
        }
        try self.init(sources: sources)
    }

    init(sources: [String: String]) throws {
        library = MustacheLibrary(templates: try sources.mapValues { try MustacheTemplate(string: $0) })
    }

    func render(_ name: String, _ value: TemplateValue) -> String? {
        library.render(ReferenceValue(value), withTemplate: name)
    }
}

/// A template value as swift-mustache reads it: objects answer member lookups, every value
/// is a sequence (a list its items, false and null nothing, anything else itself once),
/// text and HTML render as their text (double tags escape it).
private struct ReferenceValue: MustacheParent, MustacheCustomRenderable, MustacheSequence, Sequence {
    let value: TemplateValue

    init(_ value: TemplateValue) { self.value = value }

    func child(named name: String) -> Any? { value[name].map(ReferenceValue.init) }

    var renderText: String {
        switch value {
        case .text(let s), .html(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .list, .object, .null: return ""
        }
    }

    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    func makeIterator() -> IndexingIterator<[ReferenceValue]> {
        switch value {
        case .list(let items): return items.map(ReferenceValue.init).makeIterator()
        case .bool(false), .null: return [].makeIterator()
        default: return [self].makeIterator()
        }
    }
}
