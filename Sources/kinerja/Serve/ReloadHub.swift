import Foundation
import KinerjaCore
import KinerjaSite

/// Keeps the open browser tabs' WebSocket connections and tells them what a rebuild changed.
final class ReloadHub: Sendable {
    private struct Tabs {
        var clients: [UUID: Connection] = [:]
        /// The output file each tab shows, as its script reports it.
        var pages: [UUID: String] = [:]
    }
    private let tabs = Locked(Tabs())

    func add(_ id: UUID, _ connection: Connection) { tabs.with { $0.clients[id] = connection } }
    func remove(_ id: UUID) {
        tabs.with {
            $0.clients[id] = nil
            $0.pages[id] = nil
        }
    }

    /// Notes the page a tab shows (only ever compared with output paths, never opened).
    func show(_ id: UUID, page: String) {
        guard page.utf8.count <= 1024 else { return }
        tabs.with { $0.pages[id] = page }
    }

    /// The pages open in some tab: rendered first on a rebuild.
    var openPages: Set<String> { Set(tabs.current.pages.values) }

    func send(_ message: LiveMessage) {
        let payload = Array(message.text.utf8)
        for c in tabs.current.clients.values { c.sendFrame(opcode: 1, payload: payload) }
    }

    var count: Int { tabs.current.clients.count }

    /// The script injected into served HTML pages (never into `kinerja build` output).
    ///
    /// The tab tells the server which page it shows (rendered first on a rebuild). On
    /// `reload` it reloads. On a list of changed files: a change to a stylesheet,
    /// script or image reloads it; a change to its own page replaces the page's body and
    /// title in place (no new navigation: quicker, and the scroll position stays), running
    /// the page's scripts again; other changes leave it alone.
    static let script = """
    <script data-kinerja-live>(function(){var u=(location.protocol==='https:'?'wss://':'ws://')+location.host+'/__kinerja/live';\
    function own(){var p=decodeURIComponent(location.pathname).replace(/^\\//,'');return p===''||p.slice(-1)==='/'?p+'index.html':p;}\
    function swap(){fetch(location.href,{cache:'no-store'}).then(function(r){if(!r.ok)throw r.status;return r.text();}).then(function(t){\
    var d=new DOMParser().parseFromString(t,'text/html');document.title=d.title;document.body.replaceWith(d.body);\
    document.body.querySelectorAll('script:not([data-kinerja-live])').forEach(function(o){var n=document.createElement('script');\
    for(var i=0;i<o.attributes.length;i++)n.setAttribute(o.attributes[i].name,o.attributes[i].value);n.async=false;n.text=o.text;o.replaceWith(n);});\
    window.kinerjaShownAt=performance.timeOrigin+performance.now();}).catch(function(){location.reload();});}\
    function c(){var s=new WebSocket(u);s.onopen=function(){s.send(own());};s.onmessage=function(e){if(e.data==='reload'){location.reload();return;}\
    var m;try{m=JSON.parse(e.data).changed||[];}catch(x){location.reload();return;}var p=own();\
    if(m.some(function(f){return /\\.(css|js|svg|png|jpe?g|webp|woff2?)$/.test(f);})||(m.indexOf(p)>=0&&!/\\.html$/.test(p)))location.reload();\
    else if(m.indexOf(p)>=0)swap();};s.onclose=function(){setTimeout(c,500);};}c();})();</script>
    """
}

/// What the open tabs are told after a rebuild: the changed files, or to reload when the
/// site went from or to the error page; nothing when no file changed.
struct LiveMessage: Equatable, Sendable {
    let text: String

    /// - Parameter told: files the tabs were already told about during the rebuild.
    init?(before: BuildOutcome, after: BuildOutcome, told: Set<String> = []) {
        switch (before, after) {
        case let (.built, .built(_, _, _, _, _, changed)):
            self.init(changed: changed.filter { !told.contains($0) })
        default:
            self.init(text: "reload")
        }
    }

    /// The files in `changed`; nil when there are none.
    init?(changed: [String]) {
        guard !changed.isEmpty else { return nil }
        self.init(text: #"{"changed":["# + changed.map(JSONWriter.quote).joined(separator: ",") + "]}")
    }

    private init(text: String) { self.text = text }
}
