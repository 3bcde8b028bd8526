import Foundation

/// Stage lines on a terminal; nothing in CI (`CI` set) or when standard error is not a TTY.
enum Progress {
    static func terminal(environment: [String: String] = ProcessInfo.processInfo.environment) -> (String) -> Void {
        guard isatty(2) == 1, environment["CI"] == nil else { return { _ in } }
        return { stage in
            FileHandle.standardError.write(Data("\r\u{1B}[2Kkinerja: \(stage)…".utf8))
        }
    }

    /// Clears the stage line before the summary.
    static func finish(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard isatty(2) == 1, environment["CI"] == nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
