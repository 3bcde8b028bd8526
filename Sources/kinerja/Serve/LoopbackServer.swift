import Foundation
import KinerjaCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An answer to one request.
struct Reply: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: Data

    init(status: Int, headers: [(String, String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 101: return "Switching Protocols"
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 400: return "Bad Request"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 414: return "URI Too Long"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

/// `kinerja serve`'s HTTP/1.1 server (README, "kinerja serve"; docs/hardening.md): one
/// thread per connection, blocking sockets with deadlines, a bounded request head read in
/// linear time, a bounded number of connections, and the live-reload WebSocket.
final class LoopbackServer: @unchecked Sendable {
    /// How long a connection may wait for the first byte of its next request.
    static let idleTimeout = 5.0
    /// How long a request head may take to arrive once it has begun.
    static let headTimeout = 10.0
    /// Connections open at once; more are answered 503 and closed.
    static let maxConnections = 256

    typealias Handler = @Sendable (_ method: String, _ target: String) -> Reply

    private let listener: Int32
    let port: UInt16
    private let handler: Handler
    private let hub: ReloadHub
    private let open = Locked(0)

    /// Binds `host:port` (port 0: a free one) and listens; nil with a message when it cannot.
    init(host: String, port: UInt16, hub: ReloadHub, handler: @escaping Handler) throws {
        self.handler = handler
        self.hub = hub
        signal(SIGPIPE, SIG_IGN)
        let v6 = host.contains(":")
        #if canImport(Glibc)
        let fd = socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServeError("socket: \(String(cString: strerror(errno)))") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var bound: Int32 = -1
        var actual: UInt16 = 0
        if v6 {
            var a = sockaddr_in6()
            a.sin6_family = sa_family_t(AF_INET6)
            a.sin6_port = port.bigEndian
            guard inet_pton(AF_INET6, host, &a.sin6_addr) == 1 else { close(fd); throw ServeError("not an address: \(host)") }
            bound = withUnsafePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
            if bound == 0, listen(fd, 128) == 0 {
                var len = socklen_t(MemoryLayout<sockaddr_in6>.size)
                _ = withUnsafeMutablePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
                actual = UInt16(bigEndian: a.sin6_port)
            } else { bound = -1 }
        } else {
            var a = sockaddr_in()
            a.sin_family = sa_family_t(AF_INET)
            a.sin_port = port.bigEndian
            guard inet_pton(AF_INET, host, &a.sin_addr) == 1 else { close(fd); throw ServeError("not an address: \(host)") }
            bound = withUnsafePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            if bound == 0, listen(fd, 128) == 0 {
                var len = socklen_t(MemoryLayout<sockaddr_in>.size)
                _ = withUnsafeMutablePointer(to: &a) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
                actual = UInt16(bigEndian: a.sin_port)
            } else { bound = -1 }
        }
        guard bound == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw ServeError(message)
        }
        listener = fd
        self.port = actual
    }

    /// Accepts connections on a thread of its own until the process ends.
    func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func acceptLoop() {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE {
                    if errno != EINTR { usleep(10_000) }
                    continue
                }
                return
            }
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            #if canImport(Darwin)
            setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
            #endif
            let admitted = open.with { n -> Bool in
                guard n < Self.maxConnections else { return false }
                n += 1
                return true
            }
            let connection = Connection(fd: fd)
            guard admitted else {
                connection.reply(Reply(status: 503, headers: [("Retry-After", "1")]), head: false, keepAlive: false)
                connection.close()
                continue
            }
            let thread = Thread { [self] in
                serve(connection)
                connection.close()
                open.with { $0 -= 1 }
            }
            thread.stackSize = 512 << 10
            thread.start()
        }
    }

    private func serve(_ c: Connection) {
        while true {
            let head: HTTPHead
            switch c.readHead() {
            case let .success(h): head = h
            case let .failure(failure):
                switch failure {
                case .requestLineTooLong: c.refuse(414)
                case .headTooLarge: c.refuse(431)
                case .malformed: c.refuse(400)
                case .timedOut, .closed: break
                }
                return
            }
            // Requests carry no body here: one that announces a body ends its connection.
            let hasBody = head.field("transfer-encoding") != nil || (head.field("content-length").flatMap { Int($0) } ?? 0) != 0
            let keepAlive = head.keepAlive && !hasBody
            let path = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            switch head.method {
            case "GET" where path == "/__kinerja/live":
                if let key = head.field("sec-websocket-key"), head.field("upgrade")?.lowercased() == "websocket" {
                    webSocket(c, key: key)
                } else {
                    c.reply(Reply(status: 400), head: false, keepAlive: false)
                }
                return
            case "GET", "HEAD":
                c.reply(handler(head.method, head.target), head: head.method == "HEAD", keepAlive: keepAlive)
            default:
                c.reply(Reply(status: 405, headers: [("Allow", "GET, HEAD")]), head: false, keepAlive: false)
                return
            }
            if !keepAlive { return }
        }
    }

    // MARK: the live-reload WebSocket (RFC 6455)

    private func webSocket(_ c: Connection, key: String) {
        let accept = Data(SHA1.digest(Array((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8))).base64EncodedString()
        let head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: \(accept)\r\n\r\n"
        guard c.write(Array(head.utf8)) else { return }
        let id = UUID()
        hub.add(id, c)
        defer { hub.remove(id) }
        while let frame = c.readFrame() {
            switch frame.opcode {
            case 1: hub.show(id, page: String(decoding: frame.payload, as: UTF8.self))
            case 8:
                _ = c.sendFrame(opcode: 8, payload: Array(frame.payload.prefix(2)))
                return
            case 9: _ = c.sendFrame(opcode: 10, payload: frame.payload)
            default: continue
            }
        }
    }
}

struct ServeError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// One accepted socket: buffered reads with deadlines, whole writes.
final class Connection: @unchecked Sendable {
    let fd: Int32
    private var buffer: [UInt8] = []
    /// Writes and the close happen under this lock, which holds whether the descriptor is
    /// closed: a tab's socket may still be in a list the reload hub is sending to, and its
    /// number may already be reused.
    private let closed = Locked(false)
    private var chunk = [UInt8](repeating: 0, count: 16 * 1024)

    init(fd: Int32) { self.fd = fd }

    func close() {
        closed.with { closed in
            guard !closed else { return }
            closed = true
            shutdown(fd, Int32(SHUT_RDWR))
            _ = systemClose(fd)
        }
    }

    private enum Read { case bytes(Int), timedOut, closed }

    /// Reads once, waiting until `deadline` at most (nil: no deadline).
    private func receive(until deadline: Date?) -> Read {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            let wait = deadline.map { max(0, Int32($0.timeIntervalSinceNow * 1000)) } ?? -1
            let r = poll(&p, 1, wait)
            if r < 0 { if errno == EINTR { continue }; return .closed }
            if r == 0 { return .timedOut }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            return n > 0 ? .bytes(n) : .closed
        }
    }

    /// The next request head: idle timeout until its first byte, head timeout for the rest.
    func readHead() -> Result<HTTPHead, HeadFailure> {
        var scanner = HeadScanner()
        var pending = buffer
        buffer = []
        var deadline = Date(timeIntervalSinceNow: pending.isEmpty ? LoopbackServer.idleTimeout : LoopbackServer.headTimeout)
        var started = !pending.isEmpty
        while true {
            if !pending.isEmpty {
                do {
                    if let (head, consumed) = try scanner.feed(pending[...]) {
                        buffer = Array(scanner.bytes[consumed...])
                        return .success(head)
                    }
                } catch { return .failure(error) }
                pending = []
            }
            switch receive(until: deadline) {
            case let .bytes(n):
                pending = Array(chunk[0..<n])
                if !started {
                    started = true
                    deadline = Date(timeIntervalSinceNow: LoopbackServer.headTimeout)
                }
            case .timedOut: return .failure(.timedOut)
            case .closed: return .failure(.closed)
            }
        }
    }

    /// Answers a head that is refused, then reads and drops what the client still sends
    /// (at most 1 s): closing with unread bytes would reset the connection before the
    /// client reads the answer.
    func refuse(_ status: Int) {
        reply(Reply(status: status, body: Data("\(status) \(Reply.reason(status))\n".utf8)), head: false, keepAlive: false)
        shutdown(fd, Int32(SHUT_WR))
        let until = Date(timeIntervalSinceNow: 1)
        var dropped = 0
        while dropped < 16 << 20, case let .bytes(n) = receive(until: until) { dropped += n }
    }

    func reply(_ r: Reply, head: Bool, keepAlive: Bool) {
        var text = "HTTP/1.1 \(r.status) \(Reply.reason(r.status))\r\n"
        for (name, value) in r.headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(r.body.count)\r\n"
        text += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n"
        var bytes = Array(text.utf8)
        if !head { bytes.append(contentsOf: r.body) }
        _ = write(bytes)
    }

    /// Writes all of `bytes`; false when the peer is gone or takes more than 10 s.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        closed.with { closed in
            guard !closed else { return false }
            var sent = 0
            let until = Date(timeIntervalSinceNow: 10)
            while sent < bytes.count {
                var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                let r = poll(&p, 1, max(0, Int32(until.timeIntervalSinceNow * 1000)))
                if r < 0 && errno == EINTR { continue }
                guard r > 0 else { return false }
                let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(sendFlags)) }
                if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                guard n > 0 else { return false }
                sent += n
            }
            return true
        }
    }

    // MARK: WebSocket frames

    struct Frame {
        let opcode: UInt8
        let payload: [UInt8]
    }

    private func take(_ count: Int) -> [UInt8]? {
        while buffer.count < count {
            guard case let .bytes(n) = receive(until: nil) else { return nil }
            buffer.append(contentsOf: chunk[0..<n])
        }
        let out = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return out
    }

    /// The next frame from the client; nil when it closes, breaks the protocol or sends
    /// more than 64 KiB at once.
    func readFrame() -> Frame? {
        guard let h = take(2) else { return nil }
        var length = Int(h[1] & 0x7f)
        if length == 126 {
            guard let b = take(2) else { return nil }
            length = Int(b[0]) << 8 | Int(b[1])
        } else if length == 127 {
            return nil
        }
        guard length <= 64 << 10 else { return nil }
        let mask = h[1] & 0x80 != 0 ? take(4) : []
        guard let mask, var payload = take(length) else { return nil }
        if !mask.isEmpty { for i in payload.indices { payload[i] ^= mask[i % 4] } }
        return Frame(opcode: h[0] & 0x0f, payload: payload)
    }

    /// Sends one unmasked frame (servers never mask, RFC 6455 §5.1).
    @discardableResult
    func sendFrame(opcode: UInt8, payload: [UInt8]) -> Bool {
        var out: [UInt8] = [0x80 | opcode]
        if payload.count < 126 {
            out.append(UInt8(payload.count))
        } else if payload.count <= 0xffff {
            out += [126, UInt8(payload.count >> 8), UInt8(payload.count & 0xff)]
        } else {
            out.append(127)
            for i in (0..<8).reversed() { out.append(UInt8(truncatingIfNeeded: payload.count >> (i * 8))) }
        }
        return write(out + payload)
    }
}

#if canImport(Glibc)
private let systemClose = Glibc.close
private let sendFlags = Int32(MSG_NOSIGNAL)
#else
private let systemClose = Darwin.close
private let sendFlags: Int32 = 0
#endif
