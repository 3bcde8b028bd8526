import Foundation
import KinerjaCore

/// Answers one GET (a HEAD gets the same answer without its body): a file of the output
/// folder (HTML with the reload script injected), the site's 404 page, or an error page
/// while the content has errors.
struct Responder: Sendable {
    let files: StaticFiles
    let state: ServeState

    func respond(_ path: String) -> Reply {
        let outcome = state.outcome
        let lookup = files.lookup(path)
        if case let .failed(message, diagnostics) = outcome {
            if case let .file(url) = lookup, url.pathExtension != "html" {
                return serve(url, status: 200)
            }
            return html(ErrorPage.render(message: message, diagnostics: diagnostics), status: 500)
        }
        switch lookup {
        case let .file(url):
            return serve(url, status: 200)
        case let .redirect(to):
            return Reply(status: 301, headers: [("Location", to)])
        case .notFound:
            return notFound(path)
        }
    }

    /// The answer for a path with no file: the site's 404 page, in the language of the path
    /// (`/en/…` gets `/en/404.html` when the site has it, README "Languages").
    func notFound(_ path: String) -> Reply {
        if let lang = Self.languagePrefix(path), case let .file(url) = files.lookup("/\(lang)/404.html") {
            return serve(url, status: 404)
        }
        if case let .file(url) = files.lookup("/404.html") { return serve(url, status: 404) }
        return html("<!doctype html><title>404</title><h1>404</h1>", status: 404)
    }

    /// `en` of `/en/…`: a first segment of two to three lowercase letters (a language code).
    static func languagePrefix(_ path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].isEmpty else { return nil }
        let rest = parts[1]
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let first = rest[..<slash]
        guard (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        return String(first)
    }

    private func serve(_ url: URL, status: Int) -> Reply {
        guard let data = try? Data(contentsOf: url) else {
            return html("<!doctype html><title>404</title><h1>404</h1>", status: 404)
        }
        let type = StaticFiles.contentType(url)
        if type.hasPrefix("text/html") {
            return html(String(decoding: data, as: UTF8.self), status: status)
        }
        return Reply(status: status, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: data)
    }

    private func html(_ page: String, status: Int) -> Reply {
        let injected: String
        if let r = page.range(of: "</body>", options: .backwards) {
            injected = page.replacingCharacters(in: r, with: ReloadHub.script + "</body>")
        } else {
            injected = page + ReloadHub.script
        }
        return Reply(status: status, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                     body: Data(injected.utf8))
    }
}

/// The page shown while the content has errors: every diagnostic with file:line, code, message.
enum ErrorPage {
    static func render(message: String, diagnostics: [Diagnostic]) -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var rows = ""
        for d in diagnostics {
            rows += "<li><code>\(esc(d.location.description))</code> <strong>\(d.severity.rawValue)[\(d.code)]</strong> \(esc(d.message))"
            if let h = d.hint { rows += "<br><small>hint: \(esc(h))</small>" }
            rows += "</li>\n"
        }
        return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>kinerja: build failed</title>
        <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1a1a1a}h1{color:#a40000}
        li{margin:.5rem 0}code{background:#f3f3f3;padding:.1rem .3rem}</style></head>
        <body><main><h1>Build failed</h1><p>\(esc(message))</p><ol>
        \(rows)</ol><p>Fix the files; this page reloads by itself.</p></main></body></html>
        """
    }
}
