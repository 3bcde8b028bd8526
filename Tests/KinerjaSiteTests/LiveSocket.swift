import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal WebSocket client of `kinerja serve`'s `/__kinerja/live`, as the live-reload
/// script in a browser tab uses it: the opening handshake, then the server's text messages.
final class LiveSocket {
    private let fd: Int32
    private var pending: [UInt8] = []

    init(port: UInt16) throws {
        fd = try HTTPGet.connect(port: port, timeoutSeconds: 15)
        let request = "GET /__kinerja/live HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        try send(Array(request.utf8))
        var head: [UInt8] = []
        while !head.ends(with: [13, 10, 13, 10]) { head.append(try byte()) }
        let status = String(decoding: head, as: UTF8.self).split(separator: "\r\n").first ?? ""
        guard status.contains(" 101 ") else {
            close(fd)
            throw ServeSupport.Failure(description: "no WebSocket upgrade: \(status)")
        }
    }

    deinit { close(fd) }

    /// Sends a text message (masked, as clients must), e.g. the page the tab shows.
    func sendText(_ text: String) throws {
        let payload = Array(text.utf8)
        precondition(payload.count < 126, "short messages only")
        let mask: [UInt8] = [0x12, 0x34, 0x56, 0x78]
        try send([0x81, 0x80 | UInt8(payload.count)] + mask + payload.enumerated().map { $0.element ^ mask[$0.offset % 4] })
    }

    /// The next text message (pings and other control frames skipped); nil when the server
    /// closes the connection. Throws when nothing arrives within 15 s.
    func nextText() throws -> String? {
        while true {
            let first = try byte(), second = try byte()
            var length = Int(second & 0x7f)
            if length == 126 {
                length = try (0..<2).reduce(0) { n, _ in n << 8 | Int(try byte()) }
            } else if length == 127 {
                length = try (0..<8).reduce(0) { n, _ in n << 8 | Int(try byte()) }
            }
            let mask = second & 0x80 != 0 ? try (0..<4).map { _ in try byte() } : []
            var payload = try (0..<length).map { _ in try byte() }
            if !mask.isEmpty { payload = payload.enumerated().map { $0.element ^ mask[$0.offset % 4] } }
            switch first & 0x0f {
            case 1: return String(decoding: payload, as: UTF8.self)
            case 8: return nil
            default: continue
            }
        }
    }

    private func send(_ bytes: [UInt8]) throws {
        #if canImport(Glibc)
        let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
        #else
        let sent = bytes.withUnsafeBytes { Darwin.send(fd, $0.baseAddress, $0.count, 0) }
        #endif
        guard sent == bytes.count else { throw ServeSupport.Failure(description: "send: \(errno)") }
    }

    private func byte() throws -> UInt8 {
        if pending.isEmpty {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw ServeSupport.Failure(description: "the live socket closed or timed out") }
            pending = Array(buffer[0..<n].reversed())
        }
        return pending.removeLast()
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
