import Foundation
import Testing

/// `kinerja serve` end to end: the built binary on a copy of a small valid site, on a free
/// port of 127.0.0.1, with requests sent over a plain socket.
@Suite(.serialized) struct ServeTests {
    @Test func servesPagesTheSites404AndNothingOutsideItsFolder() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        defer { #expect(server.interrupt() == 0) }

        let package = try server.get("/2026/packages/52011240/")
        #expect(package.status == 200)
        #expect(package.body.contains("<h1>Pembangunan Jembatan Sungai Mahakam Ulu</h1>"))
        // Served HTML carries the live-reload script; the built files do not.
        #expect(package.body.contains("/__kinerja/live"))
        let built = try String(contentsOf: server.output.appendingPathComponent("2026/packages/52011240/index.html"), encoding: .utf8)
        #expect(!built.contains("/__kinerja/live"))
        // Links work at `/`.
        #expect(try server.get("/assets/site.css").status == 200)
        #expect(try server.get("/2026/packages/52011240").status == 301)

        let missing = try server.get("/2026/indicators/IK-99/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Halaman tidak ditemukan"))
        // A missing page under /en/ gets the English 404.
        let missingEnglish = try server.get("/en/2026/indicators/IK-99/")
        #expect(missingEnglish.status == 404)
        #expect(missingEnglish.body.contains("<h1>Page not found</h1>"))
        #expect(!missingEnglish.body.contains("Halaman tidak ditemukan"))

        // A symbolic link inside the output that points outside it is never followed.
        try FileManager.default.createSymbolicLink(atPath: server.output.appendingPathComponent("etc").path,
                                                   withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: server.output.appendingPathComponent("hosts.txt").path,
                                                   withDestinationPath: "/etc/hosts")
        for path in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/2026/..%2f..%2f..%2fetc/passwd",
                     "/etc/passwd", "/etc/", "/hosts.txt", "/2026/%00/index.html"] {
            let response = try server.get(path)
            #expect(response.status == 404, "\(path)")
            #expect(!response.body.contains("root:"), "\(path)")
        }
    }

    @Test func rebuildsAfterAnEditAndShowsContentErrorsUntilFixed() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        defer { #expect(server.interrupt() == 0) }

        try site.edit("2026/packages/52011240.md", replacing: "Pembangunan Jembatan Sungai Mahakam Ulu",
                      with: "Jembatan Mahakam Ulu Tahap II")
        let edited = try server.poll("/2026/packages/52011240/") { $0.body.contains("Tahap II") }
        #expect(edited.body.contains("<h1>Jembatan Mahakam Ulu Tahap II</h1>"))
        #expect(try server.get("/2026/packages/").body.contains("Jembatan Mahakam Ulu Tahap II"))

        // A YAML error: every page shows the error page, with file:line:column and code.
        try site.write("2026/areas/biaya.md", "---\ntitle: [Penghematan Biaya\n---\n")
        let broken = try server.poll("/2026/") { $0.status == 500 }
        #expect(broken.status == 500)
        #expect(broken.body.contains("content/2026/areas/biaya.md:3:1"))
        #expect(broken.body.contains("error[KJ003]"))
        #expect(try server.get("/2026/packages/52011240/").status == 500)
        #expect(server.process.isRunning)

        // Fixed: the site is back, with the edit.
        try FileManager.default.removeItem(at: site.file("2026/areas/biaya.md"))
        try FileManager.default.copyItem(at: ServeSupport.fixture.appendingPathComponent("2026/areas/biaya.md"),
                                         to: site.file("2026/areas/biaya.md"))
        let fixed = try server.poll("/2026/packages/52011240/") { $0.status == 200 }
        #expect(fixed.status == 200)
        #expect(fixed.body.contains("Tahap II"))
        #expect(server.logText.contains("content has errors; nothing was written"))
    }

    @Test func tellsOpenTabsWhichFilesChangedAndToReloadOnErrors() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        defer { #expect(server.interrupt() == 0) }
        let tab = try LiveSocket(port: server.port)
        Thread.sleep(forTimeInterval: 0.3)  // the server registers the socket after the handshake

        // An edit of one package: the message lists the files written, its page among them
        // (a tab showing that page swaps its body in place; other tabs stay as they are).
        try site.edit("2026/packages/52011240.md", replacing: "Pembangunan Jembatan Sungai Mahakam Ulu",
                      with: "Jembatan Mahakam Ulu Tahap II")
        let changed = try #require(try tab.nextText())
        #expect(changed.hasPrefix(#"{"changed":["#))
        #expect(changed.contains(#""2026/packages/52011240/index.html""#))
        #expect(!changed.contains("assets/site.css"))

        // Broken content: every tab reloads (to the error page), and again once it is fixed.
        try site.write("2026/areas/biaya.md", "---\ntitle: [Penghematan Biaya\n---\n")
        #expect(try tab.nextText() == "reload")
        try FileManager.default.removeItem(at: site.file("2026/areas/biaya.md"))
        try FileManager.default.copyItem(at: ServeSupport.fixture.appendingPathComponent("2026/areas/biaya.md"),
                                         to: site.file("2026/areas/biaya.md"))
        #expect(try tab.nextText() == "reload")
    }

    @Test func rendersAndAnnouncesTheOpenPageFirst() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        defer { #expect(server.interrupt() == 0) }
        let tab = try LiveSocket(port: server.port)
        try tab.sendText("2026/packages/52011240/index.html")  // what the page's script reports
        Thread.sleep(forTimeInterval: 0.3)

        try site.edit("2026/packages/52011240.md", replacing: "Pembangunan Jembatan Sungai Mahakam Ulu",
                      with: "Jembatan Mahakam Ulu Tahap II")
        // Its page is written and announced on its own, before the rest of the site is done…
        #expect(try tab.nextText() == #"{"changed":["2026/packages/52011240/index.html"]}"#)
        #expect(try server.get("/2026/packages/52011240/").body.contains("<h1>Jembatan Mahakam Ulu Tahap II</h1>"))
        // …then the other files that changed, without it.
        let rest = try #require(try tab.nextText())
        #expect(rest.contains(#""2026/packages/index.html""#))
        #expect(!rest.contains(#""2026/packages/52011240/index.html""#))
        #expect(rest.contains(#""en/2026/packages/52011240/index.html""#))
    }

    @Test func rebuildsAfterATemplateChange() throws {
        let site = try ServeSupport.Site()
        let templates = site.root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: ServeSupport.templates, to: templates)
        let server = try ServeProcess(site: site, templates: templates)
        defer { #expect(server.interrupt() == 0) }
        #expect(!(try server.get("/2026/packages/52011240/").body.contains("Tema uji")))

        let template = templates.appendingPathComponent("package.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "<h1>{{{layout.heading}}}</h1>", with: "<h1>{{{layout.heading}}}</h1><p>Tema uji</p>").utf8)
            .write(to: template)
        let changed = try server.poll("/2026/packages/52011240/") { $0.body.contains("Tema uji") }
        #expect(changed.body.contains("<h1>Pembangunan Jembatan Sungai Mahakam Ulu</h1><p>Tema uji</p>"))
    }

    @Test func stopsOnInterruptAndRemovesItsFolder() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        #expect(FileManager.default.fileExists(atPath: server.output.appendingPathComponent("index.html").path))
        #expect(server.interrupt() == 0)
        #expect(!FileManager.default.fileExists(atPath: server.output.path))
        #expect(server.logText.contains("stopping"))
    }

    @Test func refusesAMissingContentFolder() throws {
        let site = try ServeSupport.Site()
        let result = try ServeSupport.run(["serve", "--content", "nowhere", "--port", "0"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("content folder `nowhere` does not exist"))
    }
}
