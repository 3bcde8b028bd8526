import Foundation
import KinerjaCore
import Testing
@testable import KinerjaSite

@Suite struct RelativeLinksTests {
    @Test func rootRelativeLinksBecomePageRelative() {
        let html = #"<link rel="stylesheet" href="/k/assets/site.css"><a href="/k/">home</a> <a href="/k/2026/areas/waktu/#x">a</a>"#
        let out = RelativeLinks.rewrite(html, file: "2026/indicators/IK-07/index.html", basePath: "/k/")
        #expect(out == #"<link rel="stylesheet" href="../../../assets/site.css"><a href="../../../">home</a> <a href="../../../2026/areas/waktu/#x">a</a>"#)
        #expect(RelativeLinks.rewrite(#"<a href="/">home</a><img src="/assets/x.png">"#, file: "index.html", basePath: "/")
            == #"<a href="./">home</a><img src="./assets/x.png">"#)
    }

    @Test func absoluteFragmentAndForeignLinksStay() {
        let html = ##"<a href="https://kinerja.example.go.id/2026/">c</a><a href="#main">s</a><a href="//cdn.example/x">p</a><a href="/other/x">o</a>"##
        #expect(RelativeLinks.rewrite(html, file: "2026/index.html", basePath: "/k/") == html)
        // Text that merely looks like an attribute outside a tag is left alone too.
        #expect(RelativeLinks.rewrite("<p>href=\"/k/x\"</p>", file: "a/index.html", basePath: "/k/") == "<p>href=\"/k/x\"</p>")
    }

    @Test func notFoundPagesKeepRootRelativeLinks() {
        let files = [OutputFile(path: "404.html", text: #"<a href="/k/">x</a>"#),
                     OutputFile(path: "en/404.html", text: #"<a href="/k/en/">x</a>"#),
                     OutputFile(path: "en/index.html", text: #"<a href="/k/en/">x</a>"#)]
        let out = RelativeLinks.relativize(files, basePath: "/k/")
        #expect(out.map { String(decoding: $0.bytes, as: UTF8.self) } == [#"<a href="/k/">x</a>"#, #"<a href="/k/en/">x</a>"#, #"<a href="../en/">x</a>"#])
    }

    /// The published sample opened from disk: every relative link and asset resolves to a file.
    @Test func publishedSampleLinksResolveFromDisk() throws {
        let files = try SiteBuilder(content: SampleSite.checked.content, templates: SiteFixture.templates,
                                    baseURL: "https://kinerja.example.go.id/kinerja/", generated: SampleSite.generated,
                                    relativeLinks: true).render()
        let paths = Set(files.map(\.path))
        var checked = 0
        for file in files where file.path.hasSuffix(".html") && !file.path.hasSuffix("404.html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            var dir = URL(fileURLWithPath: "/site/" + file.path).deletingLastPathComponent()
            dir.standardize()
            for link in SiteBuilderTests.links(in: html) where !link.hasPrefix("https://") && !link.hasPrefix("#") {
                #expect(!link.hasPrefix("/"), "\(file.path): \(link) is root-relative")
                var target = link
                if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = String(target[..<cut]) }
                var url = URL(fileURLWithPath: target, relativeTo: dir).standardizedFileURL.path
                if link.hasSuffix("/") || target.hasSuffix("/") || target == "." || target == "./" { url += "/index.html" }
                let rel = url.replacingOccurrences(of: "//", with: "/").replacingOccurrences(of: "/site/", with: "")
                #expect(paths.contains(rel), "\(file.path) links to missing \(link)")
                checked += 1
            }
        }
        #expect(checked > 5000)
    }
}
