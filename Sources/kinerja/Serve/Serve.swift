import ArgumentParser
import CAllocator
import Foundation
import KinerjaCore
import KinerjaSite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve on 127.0.0.1, rebuild on every change and reload open browser tabs."
    )

    @OptionGroup var options: ContentOptions

    @Option(help: "The templates folder.")
    var templates: String = "site-templates"

    @Option(help: "Address to listen on. Only loopback by default.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free port).")
    var port: UInt16 = 8000

    @Option(help: "How often to look for changes, in milliseconds (at least; large trees are scanned less often).")
    var poll: Int = 25

    func run() async throws {
        guard FileManager.default.fileExists(atPath: options.content) else {
            throw Self.fail("content folder `\(options.content)` does not exist")
        }
        guard FileManager.default.fileExists(atPath: templates) else {
            throw Self.fail("templates folder `\(templates)` does not exist")
        }
        let temp = FileManager.default.temporaryDirectory
        Self.removeLeftovers(in: temp)
        let output = temp.appendingPathComponent("kinerja-serve-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: output)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        // SIGINT and SIGTERM are watched from here on: the folder is removed on either.
        let signals = SignalWatcher(removing: output)

        let state = ServeState()
        let hub = ReloadHub()
        let files = StaticFiles(root: output)
        var made = BuildRunner.request(content: options.content, display: options.displayRoot, templates: templates,
                                       output: output.path, baseURL: "/", incremental: true, caches: BuildCaches())
        // The output is this server's own temporary folder, removed when it stops: not synced.
        made.durable = false
        let request = made
        state.set(await Self.build(request))
        kinerja_allocator_release()
        log(state.summary)

        let server: LoopbackServer
        do {
            let ip = host == "localhost" ? "127.0.0.1" : host
            let responder = Responder(files: files, state: state)
            // The raw target, exactly as sent: StaticFiles decides what it names.
            server = try LoopbackServer(host: ip, port: port, hub: hub) { _, target in responder.respond(target) }
        } catch {
            throw Self.fail("cannot listen on \(host): \(error)")
        }

        // The watcher takes the build's own input fingerprint, and hands it to the rebuild.
        let pipeline = BuildPipeline(request)
        let watcher = Watcher(folders: pipeline.fingerprintFolders, options: pipeline.options,
                              interval: .milliseconds(max(poll, 10)))
        let watch = Task {
            await watcher.watch { inputs in
                let before = state.outcome
                // The pages open in a browser are rendered and written first, and their tabs
                // told at once (unless the site is leaving the error page: all tabs reload).
                var rebuild = request
                rebuild.inputs = inputs
                let told = Locked<Set<String>>([])  // files the tabs were told about during the rebuild
                if case .built = before {
                    rebuild.first = hub.openPages
                    rebuild.firstWritten = { paths in
                        told.with { $0.formUnion(paths) }
                        if let message = LiveMessage(changed: paths) { hub.send(message) }
                    }
                }
                let after = await Self.build(rebuild)
                state.set(after)
                // The allocator keeps freed pages (a one-shot build ends anyway); a server
                // that lives on gives them back after each rebuild.
                kinerja_allocator_release()
                log(state.summary)
                if let message = LiveMessage(before: before, after: after, told: told.current) { hub.send(message) }
            }
        }

        server.start()
        let shown = host.contains(":") ? "[\(host)]" : (host == "localhost" ? "127.0.0.1" : host)
        log("serving on http://\(shown):\(server.port)/ (Ctrl-C stops)")
        await signals.wait()
        watch.cancel()
    }
}

extension Serve {
    /// Runs a build off the concurrency pool (it uses every core itself), so that the
    /// server keeps answering meanwhile.
    static func build(_ request: BuildRequest) async -> BuildOutcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: BuildRunner.run(request)) }
        }
    }
}

func log(_ s: String) {
    FileHandle.standardError.write(Data("kinerja serve: \(s)\n".utf8))
}

/// Holds the outcome of the latest build.
final class ServeState: Sendable {
    private let latest = Locked<BuildOutcome>(.failed(message: "not built yet", diagnostics: []))

    var outcome: BuildOutcome { latest.current }
    func set(_ o: BuildOutcome) { latest.with { $0 = o } }
    var summary: String { outcome.summary }
}

extension Serve {
    /// Removes the folders of earlier servers that were killed (their process is gone):
    /// `kinerja-serve-<pid>` in the temporary folder, whose pid no longer runs.
    static func removeLeftovers(in temp: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temp.path) else { return }
        for name in names where name.hasPrefix("kinerja-serve-") {
            guard let pid = Int32(name.dropFirst("kinerja-serve-".count)), pid > 0,
                  pid != ProcessInfo.processInfo.processIdentifier else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: temp.appendingPathComponent(name))
            }
        }
    }
}

/// Waits for SIGINT or SIGTERM; on either, removes the server's folder and ends the process
/// at once (connections and a build in progress end with it).
final class SignalWatcher: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]

    init(removing folder: URL) {
        var s: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            src.setEventHandler {
                log("stopping")
                try? FileManager.default.removeItem(at: folder)
                // A build still running may have written after the removal.
                try? FileManager.default.removeItem(at: folder)
                exit(0)
            }
            src.resume()
            s.append(src)
        }
        sources = s
    }

    func wait() async {
        while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
    }
}
