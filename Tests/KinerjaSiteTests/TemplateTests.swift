import Testing
@testable import KinerjaSite

@Suite struct TemplateTests {
    struct Row: Encodable { let name: String; let note: String? }
    struct Model: Encodable {
        let title: String
        let body: HTML
        let rows: [Row]
        let empty: [Row]
        let flag: Bool
    }

    let model = Model(title: "Rata-rata <script>alert(1)</script>", body: HTML(raw: "<p>ok</p>"),
                      rows: [Row(name: "A", note: "n"), Row(name: "B", note: nil)], empty: [], flag: false)

    @Test func rendersEscapedTextAndRawHTML() throws {
        let set = try TemplateSet(sources: [
            "page": "<h1>{{title}}</h1>{{{body}}}{{#rows}}<li>{{name}}{{#note}}:{{note}}{{/note}}</li>{{/rows}}"
                + "{{^empty}}none{{/empty}}{{#flag}}F{{/flag}}{{>footer}}",
            "footer": "<footer>{{title}}</footer>",
        ])
        let html = try set.render("page", model: model)
        #expect(html == "<h1>Rata-rata &lt;script&gt;alert(1)&lt;/script&gt;</h1><p>ok</p><li>A:n</li><li>B</li>none"
            + "<footer>Rata-rata &lt;script&gt;alert(1)&lt;/script&gt;</footer>")
    }

    @Test func missingTemplateIsAnErrorNamingIt() throws {
        let set = try TemplateSet(sources: ["page": "x"])
        #expect(throws: TemplateError.missingTemplate(name: "indicator", folder: "site-templates")) {
            try set.render("indicator", model: model)
        }
        #expect(throws: TemplateError.missingTemplate(name: "report", folder: "site-templates")) {
            try set.require(["page", "report"])
        }
    }

    @Test func missingPartialIsAnErrorWhenLoading() {
        #expect(throws: TemplateError.missingPartial(name: "sidebar", template: "page", line: 2)) {
            try TemplateSet(sources: ["page": "<main>\n{{#flag}}{{>sidebar}}{{/flag}}</main>"])
        }
    }

    @Test func missingKeyIsAnErrorNamingKeyTemplateAndLine() throws {
        let set = try TemplateSet(sources: ["page": "<h1>{{title}}</h1>\n{{#rows}}{{name}} {{owner}}{{/rows}}"])
        #expect(throws: TemplateError.missingKey(key: "owner", template: "page", line: 2)) {
            try set.render("page", model: model)
        }
    }

    @Test func missingKeyInsidePartialNamesThePartial() throws {
        let set = try TemplateSet(sources: ["page": "{{>footer}}", "footer": "{{title}}\n{{subtitle}}"])
        #expect(throws: TemplateError.missingKey(key: "subtitle", template: "footer", line: 2)) {
            try set.render("page", model: model)
        }
    }

    @Test func absentOptionalIsAKnownKey() throws {
        // `note` is nil for the second row: present as null, so no error and nothing rendered.
        let set = try TemplateSet(sources: ["page": "{{#rows}}[{{note}}]{{/rows}}"])
        #expect(try set.render("page", model: model) == "[n][]")
    }

    @Test func dottedNameMustResolveFully() throws {
        let set = try TemplateSet(sources: ["page": "{{rows.name}}"])
        #expect(throws: TemplateError.missingKey(key: "rows.name", template: "page", line: 1)) {
            try set.render("page", model: model)
        }
    }

    @Test func textInTripleTagIsRefused() throws {
        let set = try TemplateSet(sources: ["page": "{{{title}}}"])
        #expect(throws: TemplateError.misuse(key: "title", template: "page", line: 1,
                                             problem: "is text and must be escaped: write {{title}}")) {
            try set.render("page", model: model)
        }
    }

    @Test func htmlInDoubleTagIsRefused() throws {
        let set = try TemplateSet(sources: ["page": "{{body}}"])
        #expect(throws: TemplateError.misuse(key: "body", template: "page", line: 1,
                                             problem: "is HTML: write {{{body}}} to insert it")) {
            try set.render("page", model: model)
        }
    }

    @Test func unclosedSectionAndTransformsAreSyntaxErrors() {
        #expect(throws: TemplateError.syntax(template: "page", line: 1, problem: "section `rows` is never closed")) {
            try TemplateSet(sources: ["page": "{{#rows}}x"])
        }
        #expect(throws: TemplateError.syntax(template: "page", line: 1,
                                             problem: "`uppercase(title)`: transforms and expressions are not supported (templates are logic-less)")) {
            try TemplateSet(sources: ["page": "{{uppercase(title)}}"])
        }
    }

    @Test func floatingPointNumbersMustBeFormattedFirst() {
        struct Raw: Encodable { let capaian: Double }
        #expect(throws: TemplateEncodingError.self) { try TemplateEncoder.encode(Raw(capaian: 91.3)) }
    }
}

@Suite struct MarkdownTests {
    @Test func headingsMoveToFitThePage() {
        #expect(Markdown.html("# a\n\nx <h2>\n\n## b", topHeading: 3)?.raw
            == "<h3>a</h3>\n<p>x <!-- raw HTML omitted --></p>\n<h4>b</h4>\n")
        #expect(Markdown.html("# a\n\nx `<h2>`", topHeading: 3)?.raw == "<h3>a</h3>\n<p>x <code>&lt;h2&gt;</code></p>\n")
        #expect(Markdown.html("##### a\n###### b", topHeading: 6)?.raw == "<h6>a</h6>\n<h6>b</h6>\n")
        #expect(Markdown.html("## Latar\n\nTeks.\n\n### Rinci", topHeading: 2)?.raw == "<h2>Latar</h2>\n<p>Teks.</p>\n<h3>Rinci</h3>\n")
        #expect(Markdown.html("# Judul", topHeading: 3)?.raw == "<h3>Judul</h3>\n")
        #expect(Markdown.html("  \n", topHeading: 2) == nil)
    }
}

@Suite struct EscapeTests {
    @Test func escapesTheFiveHTMLCharactersAndNothingElse() throws {
        #expect(HTMLEscape.escape("a<b>&\"c\"'d' — Rp1.000 ✔") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39; — Rp1.000 ✔")
        #expect(HTMLEscape.escape("plain text") == "plain text")
        let set = try TemplateSet(sources: ["page": "<p title=\"{{title}}\">{{title}}</p>"])
        struct M: Encodable { let title: String }
        #expect(try set.render("page", model: M(title: "O'Brien & \"Co\"")) ==
            "<p title=\"O&#39;Brien &amp; &quot;Co&quot;\">O&#39;Brien &amp; &quot;Co&quot;</p>")
    }
}

@Suite struct TemplateModelTests {
    struct Row: TemplateModel {
        let name: String
        let note: String?
        let count: Int
        let links: [Link]
        let body: HTML?
    }

    /// Built like `Row` should be, except for `drift`.
    struct Drifting: TemplateModel {
        let name: String
        let note: String?
        let drift: Bool

        enum CodingKeys: String, CodingKey { case name, note }

        func templateValue() -> TemplateValue {
            var o = TemplateObject()
            o.set("name", .text(name))
            if drift {
                o.set("note", .text(note ?? ""))
            } else {
                o.set("note", TemplateValue(text: note))
            }
            return .object(o)
        }
    }

    @Test func encodedValueKeepsOrderAndAbsentOptionals() throws {
        let row = Row(name: "A", note: nil, count: 12, links: [Link(label: "x", href: "/x/")], body: nil)
        var link = TemplateObject()
        link.set("label", .text("x"))
        link.set("href", .text("/x/"))
        link.set("current", .bool(false))
        link.set("text", .html("x"))
        var expected = TemplateObject()
        expected.set("name", .text("A"))
        expected.set("note", .null)
        expected.set("count", .text("12"))
        expected.set("links", .list([.object(link)]))
        expected.set("body", .null)
        #expect(try row.templateValue() == .object(expected))
        #expect(Link(label: "x", href: "/x/").templateValue() == .object(link))
        // Same members in another order are a different value.
        var reordered = TemplateObject()
        reordered.set("note", .null)
        reordered.set("name", .text("A"))
        var short = TemplateObject()
        short.set("name", .text("A"))
        short.set("note", .null)
        #expect(TemplateValue.object(reordered) != .object(short))
    }

    @Test func aHandBuiltValueThatDriftsFromTheEncoderIsAnError() throws {
        let good = Drifting(name: "A", note: nil, drift: false)
        try TemplateModels.check(good.templateValue(), against: good)
        let bad = Drifting(name: "A", note: nil, drift: true)
        #expect(throws: TemplateEncodingError.self) { try TemplateModels.check(bad.templateValue(), against: bad) }
        do {
            try TemplateModels.check(bad.templateValue(), against: bad)
        } catch let error as TemplateEncodingError {
            #expect(error.path == "note")
            #expect(error.message == "the value Drifting builds differs from its encoding: text ≠ null")
        }
    }
}

@Suite(.enabled(if: SampleSite.exists && TemplateModels.checksBuiltValues, "needs the sample content and a debug build"))
struct TemplateModelSampleTests {
    /// Debug builds check every page's hand-built value (layout, page, rows) against
    /// `TemplateEncoder` while rendering: the sample site renders only if none differs.
    @Test func everyPageBuildsTheValueTheEncoderWouldGive() throws {
        let files = try SampleSite.files.get()
        #expect(files.contains { $0.path.hasPrefix("2026/packages/") && $0.path.hasSuffix("/index.html") && $0.path != "2026/packages/index.html" })
    }
}
