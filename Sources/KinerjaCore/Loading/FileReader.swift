#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads a content file's bytes without following a symbolic link, without blocking on a
/// FIFO or device, and without reading more than a limit (the size is checked on the open
/// file, so a file that grows meanwhile is still cut off).
enum FileReader {
    enum Failure: Error, Equatable {
        case symlink
        case notRegularFile
        case tooLarge(size: Int)
        case unreadable(String)
    }

    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return .failure(code == ELOOP ? .symlink : .unreadable(describe(code)))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.unreadable(describe(errno))) }
        guard st.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegularFile) }
        let size = Int(st.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size)) }
        // Read straight into the result: one byte more than the size tells a file that grew.
        let capacity = size + 1
        var failure: Int32? = nil
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while count < capacity {
                let n = systemRead(fd, buffer.baseAddress.map { $0 + count }, capacity - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if let failure { return .failure(.unreadable(describe(failure))) }
        if bytes.count == capacity {
            // The file grew since `fstat`: read on in chunks, up to the limit.
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while bytes.count <= limit {
                let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    return .failure(.unreadable(describe(errno)))
                }
                if n == 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
            }
        }
        guard bytes.count <= limit else { return .failure(.tooLarge(size: max(size, bytes.count))) }
        return .success(bytes)
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
