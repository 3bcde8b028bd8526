import Foundation

/// A request's head as `kinerja serve` reads it (README, "kinerja serve"; docs/hardening.md).
struct HTTPHead: Sendable {
    let method: String
    /// The raw request target, exactly as sent (percent-encoding and query kept).
    let target: String
    let version: String
    /// Header fields in order; names lowercased.
    let fields: [(name: String, value: String)]

    func field(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Whether the connection stays open after the response (HTTP/1.1 unless `close`).
    var keepAlive: Bool {
        let connection = field("connection")?.lowercased() ?? ""
        if version == "HTTP/1.0" { return connection.contains("keep-alive") }
        return !connection.contains("close")
    }
}

/// The limits of a request head: longer request lines are answered 414, larger heads 431,
/// as soon as the limit is passed (the rest is never read as a request).
enum HeadLimits {
    static let requestLine = 8 * 1024
    static let head = 32 * 1024
}

/// Why no head could be read.
enum HeadFailure: Error {
    case requestLineTooLong  // 414
    case headTooLarge  // 431
    case malformed  // 400
    case timedOut, closed  // the connection is just closed
}

/// Finds the request head in bytes as they arrive, in time linear in their length: each
/// byte is looked at once, and the limits are checked on every arrival.
struct HeadScanner {
    private(set) var bytes: [UInt8] = []
    private var scanned = 0
    private var lineStart = 0
    private var lines: [Range<Int>] = []

    /// Adds bytes; the head once its blank line has arrived (bytes after it stay in
    /// `bytes` from `consumed` on), nil while more is needed.
    mutating func feed(_ chunk: ArraySlice<UInt8>) throws(HeadFailure) -> (HTTPHead, consumed: Int)? {
        bytes.append(contentsOf: chunk)
        while scanned < bytes.count {
            if bytes[scanned] == 10 {  // LF; a CR before it is dropped
                var end = scanned
                if end > lineStart, bytes[end - 1] == 13 { end -= 1 }
                let line = lineStart..<end
                scanned += 1
                lineStart = scanned
                if lines.isEmpty, line.isEmpty { continue }  // RFC 9112 §2.2: empty lines before a request
                if line.isEmpty { return (try parse(), scanned) }
                lines.append(line)
            } else {
                scanned += 1
            }
            if lines.isEmpty, scanned - lineStart > HeadLimits.requestLine { throw .requestLineTooLong }
            if scanned > HeadLimits.head + (lines.first.map { $0.count } ?? 0) { throw .headTooLarge }
        }
        return nil
    }

    private func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    private func parse() throws(HeadFailure) -> HTTPHead {
        guard let first = lines.first else { throw .malformed }
        let parts = text(first).split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { throw .malformed }
        var fields: [(name: String, value: String)] = []
        for r in lines.dropFirst() {
            let line = text(r)
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                  line.first?.isWhitespace == false else { throw .malformed }
            fields.append((line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return HTTPHead(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), fields: fields)
    }
}
