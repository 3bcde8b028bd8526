import Foundation
import KinerjaCore
import KinerjaSite

/// What a one-shot command keeps until the process ends.
let keptUntilExit = Locked<[any Sendable]>([])

/// Runs the library's `BuildPipeline` for `build` and `serve`; the executable only fills the
/// request and prints.
enum BuildRunner {
    /// The running binary's size and modification time: a new kinerja renders anew.
    static let toolStamp: String = {
        guard let path = Bundle.main.executablePath,
              let a = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let mtime = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\((a[.size] as? Int) ?? 0)-\(mtime)"
    }()

    /// A request for the current binary and build date.
    static func request(content: String, display: String, templates: String, output: String, baseURL: String?,
                        incremental: Bool, caches: BuildCaches? = nil) -> BuildRequest {
        BuildRequest(content: content, display: display, templates: templates, output: output, baseURL: baseURL,
                     incremental: incremental, generated: BuildDate.unixTime(), toolStamp: toolStamp, caches: caches)
    }

    /// - Parameter progress: told each stage as it starts (shown on a terminal only).
    static func run(_ r: BuildRequest, progress: (String) -> Void = { _ in }) -> BuildOutcome {
        let timer = StageTimer.fromEnvironment()
        defer { if let timer { FileHandle.standardError.write(Data("kinerja build: timings\n\(timer.report)\n".utf8)) } }
        return BuildPipeline(r, timer: timer).run(progress: progress) { message in
            FileHandle.standardError.write(Data("kinerja build: \(message)\n".utf8))
        }
    }
}
