import Foundation
import Testing
@testable import KinerjaCore

/// `build` publishes by swapping a whole folder: the output folder may be neither the content
/// folder, nor inside it, nor around it — however the paths are written.
@Suite struct HostileOutputGuardTests {
    @Test func theContentFolderItselfIsRefused() throws {
        let box = try HostileSandbox()
        #expect(OutputGuard.validate(output: box.content, content: box.content)
            == "the output folder `\(box.content)` is the content folder")
        #expect(OutputGuard.validate(output: box.content + "/2026/..//", content: box.content + "/.")
            == "the output folder `\(box.content)/2026/..//` is the content folder")
    }

    @Test func aFolderInsideTheContentIsRefusedEvenBeforeItExists() throws {
        let box = try HostileSandbox()
        #expect(OutputGuard.validate(output: box.content + "/_site", content: box.content)
            == "the output folder `\(box.content)/_site` lies inside the content folder `\(box.content)`")
        #expect(OutputGuard.validate(output: box.content + "/a/b/../c", content: box.content) != nil)
        #expect(OutputGuard.validate(output: box.content + "/2026/areas", content: box.content) != nil)
    }

    @Test func aFolderAroundTheContentIsRefused() throws {
        let box = try HostileSandbox()
        #expect(OutputGuard.validate(output: box.root, content: box.content)
            == "the output folder `\(box.root)` contains the content folder `\(box.content)`; building would replace it")
        #expect(OutputGuard.validate(output: "/", content: box.content) != nil)
    }

    @Test func linksAreResolvedBeforeComparing() throws {
        let box = try HostileSandbox()
        try box.symlink("public", to: "content/2026")
        try box.symlink("source", to: "content")
        #expect(OutputGuard.validate(output: box.root + "/public/site", content: box.content) != nil)
        #expect(OutputGuard.validate(output: box.root + "/source", content: box.content) != nil)
        #expect(OutputGuard.validate(output: box.content + "/x", content: box.root + "/source") != nil)
        // `public/..` is `content`, not the sandbox root: `..` is applied after the link.
        #expect(OutputGuard.validate(output: box.root + "/public/../_site", content: box.content) != nil)
    }

    @Test func relativePathsAreResolvedFromTheCurrentFolder() throws {
        let box = try HostileSandbox()
        #expect(OutputGuard.validate(output: "content/_site", content: "content", cwd: box.root) != nil)
        #expect(OutputGuard.validate(output: "./content", content: "content/", cwd: box.root) != nil)
        #expect(OutputGuard.validate(output: ".", content: "content", cwd: box.root) != nil)
        #expect(OutputGuard.validate(output: "_site", content: "content", cwd: box.root) == nil)
        #expect(OutputGuard.validate(output: "../_site", content: ".", cwd: box.content) == nil)
        #expect(OutputGuard.validate(output: "../content/x", content: "../content", cwd: box.outside) != nil)
    }

    @Test func siblingsAndLookAlikesAreAllowed() throws {
        let box = try HostileSandbox()
        #expect(OutputGuard.validate(output: box.root + "/_site", content: box.content) == nil)
        #expect(OutputGuard.validate(output: box.root + "/content2", content: box.content) == nil)
        #expect(OutputGuard.validate(output: box.root + "/cont", content: box.content) == nil)
        #expect(OutputGuard.validate(output: box.outside + "/deep/new/site", content: box.content) == nil)
    }

    @Test func theTemplatesFolderIsProtectedByName() throws {
        let box = try HostileSandbox()
        #expect(OutputGuard.validate(output: ".", protecting: "site-templates", named: "templates folder", cwd: box.root)
            == "the output folder `.` contains the templates folder `site-templates`; building would replace it")
        #expect(OutputGuard.validate(output: "_site", protecting: "site-templates", named: "templates folder", cwd: box.root) == nil)
    }
}
