import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Running the built `kinerja` binary on a copy of a small valid site, and talking HTTP to
/// it over a plain socket (so that request paths such as `/../` reach the server as written).
enum ServeSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binary = repository.appendingPathComponent(".build/debug/kinerja")
    static let templates = repository.appendingPathComponent("site-templates")
    /// The validation suite's valid base site: one year, three indicators, packages in CSV and
    /// one package with its own page (52011240), three monthly realizations, one report.
    static let fixture = repository.appendingPathComponent("Tests/Fixtures/valid")
    /// 2026-04-20T00:00:00Z, the fixture's build date.
    static let epoch = "1776643200"

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A temporary folder holding `content/` (a copy of the fixture); removed at deinit.
    final class Site {
        let root: URL
        var content: URL { root.appendingPathComponent("content") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-serve-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixture, to: content)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func file(_ path: String) -> URL { content.appendingPathComponent(path) }

        func read(_ path: String) throws -> String { try String(contentsOf: file(path), encoding: .utf8) }

        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: file(path))
        }

        /// Replaces `old` by `new` in the content file `path`.
        func edit(_ path: String, replacing old: String, with new: String) throws {
            let text = try read(path)
            guard text.contains(old) else { throw Failure(description: "\(path) does not contain \(old)") }
            try write(path, text.replacingOccurrences(of: old, with: new))
        }
    }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `kinerja arguments…` in `directory` to completion.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Output {
        let process = try makeProcess(arguments, in: directory, environment: environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func makeProcess(_ arguments: [String], in directory: URL, environment: [String: String]) throws -> Process {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw Failure(description: "\(binary.path) is not built (swift build)")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = epoch
        env["CI"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        return process
    }

    /// Every file below `root` with its bytes, by relative path.
    static func snapshot(_ root: URL, excluding excluded: Set<String> = []) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let rel = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            let path = root.appendingPathComponent(rel).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue, !excluded.contains(rel) {
                out[rel] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }

    /// Every folder below `root`, by relative path.
    static func folders(_ root: URL) -> Set<String> {
        var out = Set<String>()
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let rel = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(rel).path, isDirectory: &isDir), isDir.boolValue {
                out.insert(rel)
            }
        }
        return out
    }
}

/// A running `kinerja serve --port 0`: its port (read from the log on standard error), its
/// output folder, and plain HTTP requests to it. Stopped with SIGINT.
final class ServeProcess: @unchecked Sendable {
    let process: Process
    let port: UInt16
    /// The folder the server publishes (inside the `TMPDIR` given to it).
    let output: URL
    private let log = Log()

    private final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) {
            lock.lock()
            text += String(decoding: data, as: UTF8.self)
            lock.unlock()
        }
        var value: String {
            lock.lock()
            defer { lock.unlock() }
            return text
        }
    }

    /// - Parameter templates: the theme folder (default: the repository's `site-templates`).
    init(site: ServeSupport.Site, templates: URL = ServeSupport.templates) throws {
        let tmp = site.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        process = try ServeSupport.makeProcess(
            ["serve", "--content", "content", "--templates", templates.path, "--port", "0"],
            in: site.root, environment: ["TMPDIR": tmp.path])
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        let log = self.log
        err.fileHandleForReading.readabilityHandler = { handle in log.append(handle.availableData) }
        try process.run()
        // The port, from `serving on http://127.0.0.1:PORT/`, within 60 s (a debug build).
        var found: UInt16?
        for _ in 0..<600 {
            if let range = log.value.range(of: "serving on http://127.0.0.1:") {
                let digits = log.value[range.upperBound...].prefix { $0.isNumber }
                found = UInt16(digits)
                if found != nil { break }
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        guard let port = found else {
            process.terminate()
            throw ServeSupport.Failure(description: "kinerja serve did not start; its log:\n\(log.value)")
        }
        self.port = port
        output = tmp.appendingPathComponent("kinerja-serve-\(process.processIdentifier)")
    }

    var logText: String { log.value }

    struct Response {
        let status: Int
        let body: String
    }

    /// `GET path` with the path sent exactly as given.
    func get(_ path: String) throws -> Response {
        try HTTPGet.request(path: path, port: port)
    }

    /// Polls `path` every 100 ms until `accept` holds, for at most `seconds`; the last response.
    func poll(_ path: String, seconds: Double = 30, until accept: (Response) -> Bool) throws -> Response {
        var last = try get(path)
        var waited = 0.0
        while !accept(last), waited < seconds {
            Thread.sleep(forTimeInterval: 0.1)
            waited += 0.1
            last = try get(path)
        }
        return last
    }

    /// Sends SIGINT and waits (at most 10 s) for the process to end; its exit status.
    func interrupt() -> Int32? {
        kill(process.processIdentifier, SIGINT)
        for _ in 0..<100 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// A minimal HTTP/1.1 GET over a TCP socket to 127.0.0.1, with a receive timeout.
enum HTTPGet {
    static func request(path: String, port: UInt16, timeoutSeconds: Int = 10) throws -> ServeProcess.Response {
        let fd = try connect(port: port, timeoutSeconds: timeoutSeconds)
        defer { close(fd) }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        let sent = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        guard sent == request.count else { throw ServeSupport.Failure(description: "send: \(errno)") }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            bytes += buffer[0..<n]
            if let response = parse(bytes) { return response }
        }
        guard let response = parse(bytes, complete: true) else {
            throw ServeSupport.Failure(description: "no HTTP response for \(path)")
        }
        return response
    }

    /// A TCP socket connected to 127.0.0.1:`port`, whose reads time out after `timeoutSeconds`.
    static func connect(port: UInt16, timeoutSeconds: Int) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServeSupport.Failure(description: "socket: \(errno)") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketConnect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw ServeSupport.Failure(description: "connect to 127.0.0.1:\(port): \(errno)")
        }
        return fd
    }

    /// The response once its head and `Content-Length` bytes of body have arrived (or, when
    /// `complete`, whatever arrived before the connection closed).
    static func parse(_ bytes: [UInt8], complete: Bool = false) -> ServeProcess.Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<($0 + 4)]) == separator }) else { return nil }
        let head = String(decoding: bytes[..<end], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { return nil }
        let body = Array(bytes[(end + 4)...])
        let length = lines.dropFirst().compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
        }.first
        if let length {
            guard body.count >= length else { return complete ? ServeProcess.Response(status: status, body: String(decoding: body, as: UTF8.self)) : nil }
            return ServeProcess.Response(status: status, body: String(decoding: body[..<length], as: UTF8.self))
        }
        return complete ? ServeProcess.Response(status: status, body: String(decoding: body, as: UTF8.self)) : nil
    }
}

#if canImport(Glibc)
private let socketConnect = Glibc.connect
#else
private let socketConnect = Darwin.connect
#endif
