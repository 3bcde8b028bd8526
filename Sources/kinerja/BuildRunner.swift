import Foundation
import KinerjaCore
import KinerjaSite

struct BuildRequest: Sendable {
    let content: String
    let display: String
    let templates: String
    let output: String
    let baseURL: String?
    let incremental: Bool
    /// What one build keeps for the next in a long-running process (`kinerja serve`): the
    /// parsed content files and theme, reused while unchanged.
    var caches: BuildCaches? = nil
    /// Leave the loaded content to the process exit instead of freeing it object by object
    /// (a one-shot `kinerja build` ends right after; freeing a large unit's tree took tens of
    /// milliseconds). `serve` frees it.
    var keepsContentUntilExit = false
    /// Output paths to render and write before the rest (`serve`: pages open in a browser),
    /// and whom to tell which of them changed, as soon as they are written.
    var first: Set<String> = []
    var firstWritten: (@Sendable ([String]) -> Void)? = nil
}

/// What a one-shot command keeps until the process ends.
let keptUntilExit = Locked<[any Sendable]>([])

/// Parsed content files and theme kept between builds.
final class BuildCaches: Sendable {
    let content = LoadCache()
    let theme = ThemeCache()
}

enum BuildOutcome: Sendable {
    /// `changed`: output paths written or removed (what open browser tabs may need to reload).
    case built(pages: Int, unchanged: Int, warnings: Int, seconds: Double, changed: [String])
    case failed(message: String, diagnostics: [Diagnostic])

    var summary: String {
        switch self {
        case let .built(pages, unchanged, warnings, seconds, _):
            return "\(pages) pages written, \(unchanged) unchanged, \(warnings) warnings, \(String(format: "%.2f", seconds)) s"
        case let .failed(message, diagnostics):
            return "\(message) (\(DiagnosticCap.total(diagnostics, .error)) errors)"
        }
    }
}

/// Load → validate → render → write, shared by `build` and `serve`.
enum BuildRunner {
    /// The running binary's size and modification time: a new kinerja renders anew.
    static let toolStamp: String = {
        guard let path = Bundle.main.executablePath,
              let a = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let mtime = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\((a[.size] as? Int) ?? 0)-\(mtime)"
    }()

    /// - Parameter progress: told each stage as it starts (shown on a terminal only).
    static func run(_ r: BuildRequest, progress: (String) -> Void = { _ in }) -> BuildOutcome {
        let start = Date()
        let timer = StageTimer.fromEnvironment()
        defer { if let timer { FileHandle.standardError.write(Data("kinerja build: timings\n\(timer.report)\n".utf8)) } }
        let generated = BuildDate.unixTime()
        let today = SimpleDate(unixTime: generated)
        let output = URL(fileURLWithPath: r.output)
        // The build date is an input (it decides which periods are late), and so is the
        // kinerja binary itself: a new version must not skip a build.
        let fingerprint: @Sendable () -> String = {
            BuildManifest.fingerprint(folders: [r.content, r.templates],
                                      options: ["base=\(r.baseURL ?? "")", "today=\(today)", "tool=\(toolStamp)"])
        }
        let previous = r.incremental ? BuildManifest.read(output: output) : nil
        let inputs: String
        let checked: Pipeline.Checked
        let prepared: PreparedSite?
        // The year indexes for the pages are made while the content is validated.
        let check = { Pipeline.check(root: r.content, display: r.display, today: today, cache: r.caches?.content,
                                     alongside: SiteBuilder.prepare) }
        if let previous {
            inputs = fingerprint()
            if previous.inputs == inputs {
                return .built(pages: 0, unchanged: previous.outputs.count, warnings: 0, seconds: Date().timeIntervalSince(start),
                              changed: [])
            }
            progress("loading and checking \(r.display)")
            (checked, prepared) = check()
        } else {
            // Nothing to compare with: the fingerprint (for the next build) is taken while loading.
            let taking = BackgroundWork(fingerprint)
            progress("loading and checking \(r.display)")
            (checked, prepared) = check()
            inputs = taking.value
        }
        timer?.end("fingerprint, load, validate, index")
        if r.keepsContentUntilExit { keptUntilExit.with { $0.append(checked) } }
        if checked.hasErrors {
            return .failed(message: "content has errors; nothing was written", diagnostics: checked.diagnostics.filter { $0.severity == .error })
        }
        let warnings = DiagnosticCap.total(checked.diagnostics)
        do {
            progress("rendering and writing (\(checked.files) content files)")
            let session = try PublishSession(output: output, inputs: inputs, clean: !r.incremental)
            do {
                // Pages are written (first build) or compared with the manifest as they are
                // rendered, so the whole site is never held in memory.
                var builder = SiteBuilder(content: checked.content, templates: URL(fileURLWithPath: r.templates),
                                          baseURL: r.baseURL, generated: generated, relativeLinks: true,
                                          themes: r.caches?.theme)
                builder.timer = timer
                builder.prepared = prepared
                if !r.first.isEmpty {
                    builder.first = r.first
                    let told = r.firstWritten
                    builder.afterFirst = {
                        let written = try session.writeNow(r.first)
                        if !written.isEmpty { told?(written) }
                    }
                }
                try builder.render { try session.add($0) }
            } catch {
                session.abandon()
                throw error
            }
            let result = try session.commit()
            timer?.end("commit")
            return .built(pages: result.written, unchanged: result.unchanged, warnings: warnings,
                          seconds: Date().timeIntervalSince(start), changed: session.changedPaths)
        } catch {
            return .failed(message: "\(error); nothing was written", diagnostics: [])
        }
    }
}
