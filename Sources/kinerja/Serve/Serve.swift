import ArgumentParser
import CAllocator
import FlyingFox
import FlyingSocks
import Foundation
import KinerjaCore

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
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("kinerja-serve-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: output)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }

        let state = ServeState()
        let hub = ReloadHub()
        let files = StaticFiles(root: output)
        let request = BuildRequest(content: options.content, display: options.displayRoot, templates: templates,
                                   output: output.path, baseURL: "/", incremental: true, caches: BuildCaches())
        await state.set(await Self.build(request))
        kinerja_allocator_release()
        log(await state.summary)

        let address: any SocketAddress
        do {
            let ip = host == "localhost" ? "127.0.0.1" : host
            address = ip.contains(":") ? try .inet6(ip6: ip, port: port) : try .inet(ip4: ip, port: port)
        } catch {
            throw Self.fail("cannot listen on \(host): \(error)")
        }
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled)
        await server.appendRoute("GET /__kinerja/live", to: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: ReloadSocket(hub: hub))))
        await server.appendRoute("GET *") { req in
            // The raw target: `req.path` is normalised (dot segments resolved, trailing slash dropped).
            await Responder(files: files, state: state).respond(req.target.path())
        }

        let watcher = Watcher(folders: [options.content, templates], interval: .milliseconds(max(poll, 10)))
        let watch = Task {
            await watcher.watch {
                let before = await state.outcome
                // The pages open in a browser are rendered and written first, and their tabs
                // told at once (unless the site is leaving the error page: all tabs reload).
                var rebuild = request
                let told = Locked<Set<String>>([])  // files the tabs were told about during the rebuild
                if case .built = before {
                    rebuild.first = await hub.openPages
                    rebuild.firstWritten = { paths in
                        told.with { $0.formUnion(paths) }
                        if let message = LiveMessage(changed: paths) { Task { await hub.send(message) } }
                    }
                }
                let after = await Self.build(rebuild)
                await state.set(after)
                // The allocator keeps freed pages (a one-shot build ends anyway); a server
                // that lives on gives them back after each rebuild.
                kinerja_allocator_release()
                log(await state.summary)
                if let message = LiveMessage(before: before, after: after, told: told.current) { await hub.send(message) }
            }
        }

        let signals = SignalWatcher()
        let serverTask = Task { try await server.run() }
        Task {
            try? await server.waitUntilListening()
            switch await server.listeningAddress {
            case let .ip4(ip, p)?: log("serving on http://\(ip):\(p)/ (Ctrl-C stops)")
            case let .ip6(ip, p)?: log("serving on http://[\(ip)]:\(p)/ (Ctrl-C stops)")
            default: break
            }
        }
        await signals.wait()
        log("stopping")
        watch.cancel()
        await server.stop(timeout: 1)
        serverTask.cancel()
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
actor ServeState {
    private(set) var outcome: BuildOutcome = .failed(message: "not built yet", diagnostics: [])

    func set(_ o: BuildOutcome) { outcome = o }

    var summary: String { outcome.summary }
}

/// Waits for SIGINT or SIGTERM.
final class SignalWatcher: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]
    private let stream: AsyncStream<Void>

    init() {
        var cont: AsyncStream<Void>.Continuation?
        stream = AsyncStream { cont = $0 }
        var s: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            src.setEventHandler { cont?.yield() }
            src.resume()
            s.append(src)
        }
        sources = s
    }

    func wait() async {
        for await _ in stream { return }
    }
}
