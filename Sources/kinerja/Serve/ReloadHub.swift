import FlyingFox
import Foundation

/// Keeps the open browser tabs' WebSocket connections and tells them to reload after
/// every rebuild.
actor ReloadHub {
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

    func add(_ id: UUID, _ continuation: AsyncStream<WSMessage>.Continuation) { clients[id] = continuation }
    func remove(_ id: UUID) { clients[id] = nil }

    func reloadAll() {
        for c in clients.values { c.yield(.text("reload")) }
    }

    var count: Int { clients.count }

    /// The script injected into served HTML pages (never into `kinerja build` output).
    static let script = """
    <script>(function(){var u=(location.protocol==='https:'?'wss://':'ws://')+location.host+'/__kinerja/live';\
    function c(){var s=new WebSocket(u);s.onmessage=function(e){if(e.data==='reload')location.reload();};\
    s.onclose=function(){setTimeout(c,500);};}c();})();</script>
    """
}

struct ReloadSocket: WSMessageHandler {
    let hub: ReloadHub

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        await hub.add(id, continuation)
        let hub = self.hub
        Task {
            for await _ in client {}
            await hub.remove(id)
            continuation.finish()
        }
        return stream
    }
}
