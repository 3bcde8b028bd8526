import Foundation

/// Small, fast file operations for publishing (POSIX calls; no string round-trips).
enum FileIO {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw PublishError.write(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw PublishError.write(path: path, reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
    }

    /// Whether a regular file exists at `path` with exactly these bytes.
    static func sameBytes(atPath path: String, as bytes: [UInt8]) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.elementsEqual(bytes)
    }

    /// Relative paths of all regular files below `root`, sorted.
    static func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        var isDir: ObjCBool = false
        for case let relative as String in walker {
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                out.append(relative)
            }
        }
        return out.sorted()
    }
}
