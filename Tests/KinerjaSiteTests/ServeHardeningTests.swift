import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kinerja serve` under hostile or unlucky clients (docs/hardening.md): oversize request
/// lines and heads, slow and idle sockets, HEAD, SIGTERM, a killed server's leftover folder
/// and a bounded soak. Every byte goes to 127.0.0.1 only; every loop has a fixed bound.
@Suite(.serialized) struct ServeHardeningTests {
    /// A request line of `length` bytes (a long path) and what came back, with the seconds
    /// from the first byte sent to the first byte of the answer.
    static func longLine(_ length: Int, port: UInt16) throws -> (status: Int?, seconds: Double) {
        let fd = try HTTPGet.connect(port: port, timeoutSeconds: 20)
        defer { close(fd) }
        let start = Date()
        let line = "GET /" + String(repeating: "a", count: max(0, length - 15)) + " HTTP/1.1\r\n"
        RawHTTP.sendAll(fd, Array(line.utf8) + Array("Host: 127.0.0.1\r\n\r\n".utf8))
        var first = [UInt8](repeating: 0, count: 64)
        let n = first.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        let seconds = Date().timeIntervalSince(start)
        let answer = Array(first[0..<max(0, n)]) + RawHTTP.readUntilClose(fd)
        return (RawHTTP.status(answer), seconds)
    }

    @Test func answersLongRequestLinesAndHeads414And431AndKeepsServing() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        defer { #expect(server.interrupt() == 0) }

        // Just under the limit: an ordinary 404; over it: 414 (8 KiB line), whatever follows.
        #expect(try Self.longLine(8 * 1024 - 100, port: server.port).status == 404)
        for length in [8 * 1024 + 1, 64 * 1024, 1024 * 1024] {
            let (status, seconds) = try Self.longLine(length, port: server.port)
            #expect(status == 414, "\(length) bytes")
            // Answered as soon as the limit is passed, not after reading (or parsing) it all.
            #expect(seconds < 5, "\(length) bytes: \(seconds) s")
            #expect(try server.get("/").status == 200, "after \(length) bytes")
        }
        // Two such requests at once, sent slowly, never occupy the server.
        let fds = try (0..<2).map { _ in try HTTPGet.connect(port: server.port, timeoutSeconds: 20) }
        for fd in fds { RawHTTP.sendAll(fd, Array(("GET /" + String(repeating: "b", count: 4000)).utf8)) }
        #expect(try server.get("/2026/packages/52011240/").status == 200)
        for fd in fds { close(fd) }

        // Heads over 32 KiB: 431, one large field or many small ones.
        let big = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "x", count: 40 * 1024) + "\r\n\r\n"
        let many = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + (0..<2000).map { "X-Field-\($0): \(String(repeating: "y", count: 20))\r\n" }.joined() + "\r\n"
        for head in [big, many] {
            let fd = try HTTPGet.connect(port: server.port, timeoutSeconds: 20)
            RawHTTP.sendAll(fd, Array(head.utf8))
            #expect(RawHTTP.status(RawHTTP.readUntilClose(fd)) == 431)
            close(fd)
        }
        // A head just under the limit is an ordinary request.
        let fine = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Big: " + String(repeating: "x", count: 30 * 1024) + "\r\n\r\n"
        let fd = try HTTPGet.connect(port: server.port, timeoutSeconds: 20)
        RawHTTP.sendAll(fd, Array(fine.utf8))
        #expect(RawHTTP.status(RawHTTP.readUntilClose(fd)) == 200)
        close(fd)
        #expect(try server.get("/").status == 200)
    }

    @Test func slowAndIdleSocketsNeitherBlockOthersNorStayOpen() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        defer { #expect(server.interrupt() == 0) }

        // 30 sockets that send nothing, 30 that send half a head and then wait.
        let idle = try (0..<30).map { _ in try HTTPGet.connect(port: server.port, timeoutSeconds: 20) }
        let slow = try (0..<30).map { _ in try HTTPGet.connect(port: server.port, timeoutSeconds: 20) }
        for fd in slow { RawHTTP.sendAll(fd, Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8)) }
        let opened = Date()
        let answer = try server.get("/2026/packages/52011240/")
        #expect(answer.status == 200)
        #expect(answer.body.contains("<h1>Pembangunan Jembatan Sungai Mahakam Ulu</h1>"))

        // The server closes them: idle ones after 5 s, unfinished heads after 10 s
        // (each recv below waits at most 20 s; 0 bytes read = closed by the server).
        var idleClosed = 0.0, slowClosed = 0.0
        for fd in idle {
            #expect(RawHTTP.readUntilClose(fd).isEmpty)
            idleClosed = Date().timeIntervalSince(opened)
        }
        for fd in slow {
            let got = RawHTTP.readUntilClose(fd)
            #expect(got.isEmpty || RawHTTP.status(got) == 408)
            slowClosed = Date().timeIntervalSince(opened)
        }
        #expect(idleClosed >= 4 && idleClosed < 15, "idle closed after \(idleClosed) s")
        #expect(slowClosed >= 9 && slowClosed < 19, "slow closed after \(slowClosed) s")
        for fd in idle + slow { close(fd) }
        #expect(try server.get("/").status == 200)
    }

    @Test func answersHeadLikeGetWithoutABody() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        defer { #expect(server.interrupt() == 0) }

        for path in ["/", "/2026/packages/52011240/", "/assets/site.css", "/2026/indicators/IK-99/"] {
            let get = try RawHTTP.exchange("GET", path, port: server.port)
            let head = try RawHTTP.exchange("HEAD", path, port: server.port)
            #expect(head.status == get.status, "\(path)")
            #expect(head.headers == get.headers, "\(path)")
            #expect(head.headers["content-length"] == String(get.body.count), "\(path)")
            #expect(head.body.isEmpty, "\(path)")
        }
        #expect(try RawHTTP.exchange("HEAD", "/", port: server.port).status == 200)
        #expect(try RawHTTP.exchange("POST", "/", port: server.port).status == 405)
    }

    @Test func stopsWithinASecondOnSigtermWhileSocketsHangAndRemovesItsFolder() throws {
        let site = try ServeSupport.Site()
        // A folder left by a killed earlier server (its process is gone) is removed at start.
        let tmp = site.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let leftover = tmp.appendingPathComponent("kinerja-serve-\(gone.processIdentifier)")
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent("2026"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: leftover.appendingPathComponent("index.html"))

        let server = try ServeProcess(site: site)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: server.output.appendingPathComponent("index.html").path))
        // Two requests stuck in their request line and a live-reload tab.
        let stuck = try (0..<2).map { _ in try HTTPGet.connect(port: server.port, timeoutSeconds: 20) }
        for fd in stuck { RawHTTP.sendAll(fd, Array(("GET /" + String(repeating: "c", count: 6000)).utf8)) }
        let tab = try LiveSocket(port: server.port)
        try tab.sendText("index.html")

        let start = Date()
        kill(server.process.processIdentifier, SIGTERM)
        for _ in 0..<100 where server.process.isRunning { Thread.sleep(forTimeInterval: 0.01) }
        let seconds = Date().timeIntervalSince(start)
        #expect(!server.process.isRunning)
        print("sigterm: stopped after \(String(format: "%.3f", seconds)) s")
        #expect(seconds < 1, "stopped after \(seconds) s")
        #expect(server.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: server.output.path))
        for fd in stuck { close(fd) }
        _ = tab
    }

    /// Memory stays flat: 20 000 requests (at most 60 s: a loaded machine gets fewer, but at
    /// least the 8 000 that give four samples) in keep-alive connections of ten,
    /// pages, assets, 404s and HEADs, with the server's resident size read from
    /// /proc/<pid>/status after every 2 000.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func soakKeepsMemoryFlat() throws {
        let site = try ServeSupport.Site()
        let server = try ServeProcess(site: site)
        defer { #expect(server.interrupt() == 0) }
        let paths = ["/", "/2026/packages/52011240/", "/assets/site.css", "/2026/indicators/IK-99/", "/sitemap.xml"]
        var samples: [Int] = []
        var done = 0, failed = 0
        let start = Date()
        while done < 20_000, done < 8_000 || Date().timeIntervalSince(start) < 60 {
            let fd = try HTTPGet.connect(port: server.port, timeoutSeconds: 10)
            for i in 0..<10 {
                let method = i % 4 == 3 ? "HEAD" : "GET"
                let response = RawHTTP.request(fd, method, paths[(done + i) % paths.count], close: i == 9)
                if response == nil { failed += 1 }
            }
            close(fd)
            done += 10
            if done % 2000 == 0, let rss = RawHTTP.residentKiB(server.process.processIdentifier) { samples.append(rss) }
        }
        let seconds = Date().timeIntervalSince(start)
        print("soak: \(done) requests in \(String(format: "%.1f", seconds)) s; RSS KiB every 2000: \(samples)")
        #expect(failed == 0)
        // Plateau: after the first sample (warm-up), no sample exceeds the first by more than
        // 3 MiB, and the last half grows by less than 1 MiB.
        if let first = samples.first, samples.count >= 4 {
            #expect(samples.allSatisfy { $0 <= first + 3 * 1024 }, "\(samples)")
            let half = samples[(samples.count / 2)...]
            #expect((half.max() ?? 0) - (half.first ?? 0) < 1024, "\(samples)")
        } else {
            Issue.record("too few RSS samples: \(samples)")
        }
    }
}

/// Raw HTTP over a socket of 127.0.0.1, for requests no ordinary client would send.
enum RawHTTP {
    /// Sends what it can of `bytes` (a server that refuses may stop reading).
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(noSignal)) }
            if n <= 0 { return }
            sent += n
        }
    }

    /// Everything until the server closes (or the socket's receive timeout).
    static func readUntilClose(_ fd: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while out.count < 4 << 20 {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }

    static func status(_ bytes: [UInt8]) -> Int? {
        let line = String(decoding: bytes.prefix(64), as: UTF8.self).split(separator: "\r\n").first ?? ""
        let parts = line.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1.") else { return nil }
        return Int(parts[1])
    }

    struct Exchange {
        let status: Int
        /// Lowercased names; `connection` and `date` left out.
        let headers: [String: String]
        let body: [UInt8]
    }

    /// One request on its own connection (`Connection: close`); everything read until close.
    static func exchange(_ method: String, _ path: String, port: UInt16) throws -> Exchange {
        let fd = try HTTPGet.connect(port: port, timeoutSeconds: 10)
        defer { close(fd) }
        sendAll(fd, Array("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8))
        let bytes = readUntilClose(fd)
        guard let split = find([13, 10, 13, 10], in: bytes), let status = status(bytes) else {
            throw ServeSupport.Failure(description: "no response to \(method) \(path)")
        }
        var headers: [String: String] = [:]
        for line in String(decoding: bytes[..<split], as: UTF8.self).components(separatedBy: "\r\n").dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].lowercased()
            if name != "connection" && name != "date" { headers[name] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return Exchange(status: status, headers: headers, body: Array(bytes[(split + 4)...]))
    }

    /// One request on an open keep-alive connection; the status once the whole answer
    /// (head and Content-Length bytes, none for HEAD) has arrived, nil otherwise.
    static func request(_ fd: Int32, _ method: String, _ path: String, close: Bool) -> Int? {
        sendAll(fd, Array("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(close ? "Connection: close\r\n" : "")\r\n".utf8))
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while bytes.count < 4 << 20 {
            if let split = find([13, 10, 13, 10], in: bytes) {
                let head = String(decoding: bytes[..<split], as: UTF8.self).lowercased()
                let length = head.components(separatedBy: "\r\n").compactMap { line -> Int? in
                    line.hasPrefix("content-length:") ? Int(line.dropFirst(15).trimmingCharacters(in: .whitespaces)) : nil
                }.first ?? 0
                let want = split + 4 + (method == "HEAD" ? 0 : length)
                if bytes.count >= want {
                    guard bytes.count == want else { return nil }  // nothing may follow a HEAD's head
                    return status(bytes)
                }
            }
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return nil }
            bytes += buffer[0..<n]
        }
        return nil
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }

    /// VmRSS of `pid` in KiB, from /proc/<pid>/status.
    static func residentKiB(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}

#if canImport(Glibc)
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let noSignal: Int32 = 0
#endif
