import Foundation

/// Runs an external program (found on `PATH`) and captures its output.
public enum Subprocess {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: Data
        public let stderr: String

        public var succeeded: Bool { status == 0 }
        /// Standard output as text, trailing newlines removed.
        public var text: String {
            var s = String(decoding: stdout, as: UTF8.self)
            while s.hasSuffix("\n") || s.hasSuffix("\r") { s.removeLast() }
            return s
        }
    }

    public enum Failure: Error { case notStarted(String) }

    /// Runs `program arguments…` in `directory`. Throws only when the program cannot be
    /// started; a non-zero exit status is returned in `Output`.
    public static func run(_ program: String, _ arguments: [String], in directory: String,
                    environment extra: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure.notStarted("\(program): \(error.localizedDescription)")
        }
        // Both pipes are drained concurrently so that neither can fill up and stall the child.
        let errorData = ErrorCollector(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = errorData.wait()
        process.waitUntilExit()
        // `env` exits 127 when the program is not on PATH.
        if process.terminationStatus == 127, stdout.isEmpty, stderr.contains("No such file") {
            throw Failure.notStarted("\(program) is not installed or not on PATH")
        }
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorCollector: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// The collected text; `data` is written once before `signal` and read after `wait`.
    func wait() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
