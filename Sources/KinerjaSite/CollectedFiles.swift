import Foundation

/// Files handed to a sink from several threads (`SiteBuilder.render()`).
final class CollectedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files: [OutputFile] = []

    func append(_ file: OutputFile) {
        lock.lock()
        files.append(file)
        lock.unlock()
    }
}
