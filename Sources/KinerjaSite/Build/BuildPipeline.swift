import Foundation
import KinerjaCore

/// What one build is asked to do (`kinerja build` and `kinerja serve` fill it from their
/// options).
public struct BuildRequest: Sendable {
    public var content: String
    public var display: String
    public var templates: String
    public var output: String
    public var baseURL: String?
    public var incremental: Bool
    /// The build time, Unix seconds (`BuildDate.unixTime()`: `SOURCE_DATE_EPOCH` when set).
    public var generated: Int
    /// Stands for the kinerja binary in the input fingerprint: a new kinerja renders anew.
    public var toolStamp: String
    /// What one build keeps for the next in a long-running process (`kinerja serve`): the
    /// parsed content files and theme, reused while unchanged.
    public var caches: BuildCaches?
    /// Output paths to render and write before the rest (`serve`: pages open in a browser),
    /// and whom to tell which of them changed, as soon as they are written.
    public var first: Set<String> = []
    public var firstWritten: (@Sendable ([String]) -> Void)?
    /// The input fingerprint, when the caller took it just before asking for the build
    /// (`kinerja serve`'s watcher takes the same one to notice an edit): not taken again.
    public var inputs: String?
    /// Sync the manifest and the output folder as they change (docs/hardening.md,
    /// "Publishing"); `kinerja serve` writes into a temporary folder of its own and does not.
    public var durable = true
    /// Told about the content once it is checked (a one-shot build keeps it until the
    /// process exits instead of freeing it object by object).
    public var keep: (@Sendable (Pipeline.Checked) -> Void)?

    public init(content: String, display: String? = nil, templates: String, output: String, baseURL: String? = nil,
                incremental: Bool = true, generated: Int = BuildDate.unixTime(), toolStamp: String = "",
                caches: BuildCaches? = nil) {
        self.content = content
        self.display = display ?? content
        self.templates = templates
        self.output = output
        self.baseURL = baseURL
        self.incremental = incremental
        self.generated = generated
        self.toolStamp = toolStamp
        self.caches = caches
    }
}

/// Parsed content files and theme kept between builds (`kinerja serve`).
public final class BuildCaches: Sendable {
    public let content = LoadCache()
    public let theme = ThemeCache()
    /// Content hashes of the files `InputKeys` reads.
    public let hashes = FileHashCache()
    /// The findings of the rules relating entities, and each year's scorers and indexes,
    /// with the site key (`InputKeys.site`) of the content they were made from: reused while
    /// it is the same (only package narratives changed, which neither reads).
    let rules = Locked<(key: UInt64, diagnostics: [Diagnostic])?>(nil)
    let prepared = Locked<(key: UInt64, site: PreparedSite)?>(nil)
    /// The keys of the realization rows naming each package (`InputKeys.Rows`).
    let rows = Locked<InputKeys.Rows?>(nil)
    public init() {}
}

public enum BuildOutcome: Sendable {
    /// `changed`: output paths written or removed (what open browser tabs may need to reload).
    /// `reused`: outputs kept without being rendered, their inputs unchanged (`InputKeys`).
    case built(pages: Int, unchanged: Int, reused: Int, warnings: Int, seconds: Double, changed: [String])
    case failed(message: String, diagnostics: [Diagnostic])

    public var summary: String {
        switch self {
        case let .built(pages, unchanged, reused, warnings, seconds, _):
            return "\(pages) pages written, \(unchanged) unchanged, \(pages + unchanged - reused) rendered, \(reused) reused, "
                + "\(warnings) warnings, \(String(format: "%.2f", seconds)) s"
        case let .failed(message, diagnostics):
            return "\(message) (\(DiagnosticCap.total(diagnostics, .error)) errors)"
        }
    }
}

/// The build as named steps, shared by `kinerja build`, `kinerja serve` and tests (which
/// call them one by one): `load` → `validate` → `score` → `render` → `publish`. `run` is
/// the whole sequence, with the steps overlapped where they can be (docs/performance.md).
public struct BuildPipeline: Sendable {
    public let request: BuildRequest
    /// Told when each stage ends (`KINERJA_TIMINGS`).
    public var timer: StageTimer?

    public init(_ request: BuildRequest, timer: StageTimer? = nil) {
        self.request = request
        self.timer = timer
    }

    public var today: SimpleDate { SimpleDate(unixTime: request.generated) }
    public var output: URL { URL(fileURLWithPath: request.output) }

    /// The input fingerprint kept in the manifest. The build date is an input (it decides
    /// which periods are late), and so is the kinerja binary itself.
    public func fingerprint() -> String {
        BuildManifest.fingerprint(folders: fingerprintFolders, options: options)
    }

    /// What the fingerprint covers, for a caller that takes it itself (`BuildRequest.inputs`).
    public var fingerprintFolders: [String] { [request.content, request.templates] }
    public var options: [String] { ["base=\(request.baseURL ?? "")", "today=\(today)", "tool=\(request.toolStamp)"] }

    /// The keys of the content and template files, taken before loading (`InputKeys.files`).
    public func fileKeys() -> InputKeys.Files {
        InputKeys.files(root: request.content, templates: request.templates, hashes: request.caches?.hashes)
    }

    /// What each output is made from (docs/performance.md, "Incremental builds"), with the
    /// file keys taken before `content` was loaded (now when not given).
    public func keys(_ content: Content, files: InputKeys.Files? = nil) -> InputKeys {
        InputKeys.make(content: content, files: files ?? fileKeys(), options: options + ["links=relative"],
                       generated: request.generated, rows: request.caches?.rows)
    }

    // MARK: The steps

    /// Reads and parses every content file (unchanged ones from the cache, when given).
    public func load() -> ContentLoader.Result {
        ContentLoader.load(root: request.content, display: request.display, cache: request.caches?.content)
    }

    /// Checks the loaded content against every rule.
    public func validate(_ loaded: ContentLoader.Result) -> Pipeline.Checked {
        Pipeline.validate(loaded, today: today)
    }

    /// Scores and indexes every year for its pages.
    public func score(_ content: Content) -> PreparedSite {
        SiteBuilder.prepare(content)
    }

    /// Opens the publishing session into the output (a second build into the same output
    /// waits for the first: docs/hardening.md).
    public func session(inputs: String, waiting: (String) -> Void = { _ in }) throws -> PublishSession {
        try PublishSession(output: output, inputs: inputs, clean: !request.incremental, durable: request.durable, waiting: waiting)
    }

    /// Renders every file whose inputs changed since the session's previous build (all of
    /// them on a first build) and hands it to `session`, which writes it (first build) or
    /// compares it with the manifest, so the whole site is never held in memory; the others
    /// are kept as they are (`InputKeys`, `ReusePlan`).
    public func render(_ content: Content, prepared: PreparedSite?, into session: PublishSession,
                       keys given: InputKeys? = nil) throws {
        var builder = SiteBuilder(content: content, templates: URL(fileURLWithPath: request.templates),
                                  baseURL: request.baseURL, generated: request.generated, relativeLinks: true,
                                  themes: request.caches?.theme)
        builder.timer = timer
        builder.prepared = prepared
        let keys = given ?? self.keys(content)
        builder.keys = keys
        session.record(site: keys.site)
        if request.incremental, let previous = session.previousManifest {
            builder.reuse = ReusePlan(previous: previous, keys: keys, output: request.output)
            builder.keep = { kept in try session.keep(kept) }
        }
        if !request.first.isEmpty {
            let first = request.first
            let told = request.firstWritten
            builder.first = first
            builder.afterFirst = {
                let written = try session.writeNow(first)
                if !written.isEmpty { told?(written) }
            }
        }
        do {
            try builder.render { try session.add($0) }
        } catch {
            session.abandon()
            throw error
        }
    }

    /// Makes the rendered files the output.
    public func publish(_ session: PublishSession) throws -> SitePublisher.Result {
        try session.commit()
    }

    // MARK: The whole build

    /// - Parameters:
    ///   - progress: told each stage as it starts (shown on a terminal only).
    ///   - waiting: told when another build holds the output's lock.
    public func run(progress: (String) -> Void = { _ in }, waiting: (String) -> Void = { _ in }) -> BuildOutcome {
        let start = Date()
        // Checked against a sample of the outputs: a page changed or lost since the last build
        // makes this a full build (docs/hardening.md, "Publishing").
        let previous = request.incremental ? BuildManifest.verified(output: output) : nil
        let inputs: String
        let checked: Pipeline.Checked
        let prepared: PreparedSite?
        let keys: InputKeys?
        let me = self
        // The year indexes for the pages are made while the content is validated; `serve`
        // keeps them, and the findings of the rules, while the site key is the same.
        func check() -> (Pipeline.Checked, PreparedSite?, InputKeys?) {
            let files = fileKeys()
            let loaded = load()
            let content = loaded.content
            if loaded.diagnostics.contains(where: { $0.severity == .error }) {
                return (validate(loaded), nil, nil)
            }
            guard let caches = request.caches else {
                // One build: scores, indexes and keys are made while the content is validated.
                let side = BackgroundWork { me.score(content) }
                let keying = BackgroundWork { me.keys(content, files: files) }
                return (validate(loaded), side.value, keying.value)
            }
            let keys = me.keys(content, files: files)
            let kept = caches.prepared.with { $0?.key == keys.site ? $0?.site : nil }
            let side = kept == nil ? BackgroundWork { me.score(content) } : nil
            let rules = caches.rules.with { $0?.key == keys.site ? $0?.diagnostics : nil }
            let found = rules ?? Validator.validate(content, today: today)
            let prepared = kept ?? side?.value
            if let prepared {
                caches.rules.with { $0 = (keys.site, found) }
                caches.prepared.with { $0 = (keys.site, prepared) }
            }
            return (Pipeline.validate(loaded, rules: found), prepared, keys)
        }
        if let previous {
            inputs = request.inputs ?? fingerprint()
            if previous.inputs == inputs {
                return .built(pages: 0, unchanged: previous.outputs.count, reused: previous.outputs.count, warnings: 0,
                              seconds: Date().timeIntervalSince(start), changed: [])
            }
            progress("loading and checking \(request.display)")
            (checked, prepared, keys) = check()
        } else {
            // Nothing to compare with: the fingerprint (for the next build) is taken while loading.
            let given = request.inputs
            let taking = BackgroundWork { given ?? me.fingerprint() }
            progress("loading and checking \(request.display)")
            (checked, prepared, keys) = check()
            inputs = taking.value
        }
        timer?.end("fingerprint, load, validate, index")
        request.keep?(checked)
        if checked.hasErrors {
            return .failed(message: "content has errors; nothing was written", diagnostics: checked.diagnostics.filter { $0.severity == .error })
        }
        let warnings = DiagnosticCap.total(checked.diagnostics)
        do {
            progress("rendering and writing (\(checked.files) content files)")
            let session = try session(inputs: inputs, waiting: waiting)
            try render(checked.content, prepared: prepared, into: session, keys: keys)
            let result = try publish(session)
            timer?.end("commit")
            return .built(pages: result.written, unchanged: result.unchanged, reused: result.reused, warnings: warnings,
                          seconds: Date().timeIntervalSince(start), changed: session.changedPaths)
        } catch {
            return .failed(message: "\(error); nothing was written", diagnostics: [])
        }
    }
}
