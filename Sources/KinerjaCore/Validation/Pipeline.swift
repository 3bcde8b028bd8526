/// Load then validate: what `check` and `build` share.
public enum Pipeline {
    public struct Checked: Sendable {
        public let content: Content
        /// Sorted, at most `DiagnosticCap.perFileAndRule` of one rule per file and a
        /// "… N more" diagnostic for the rest (`DiagnosticCap.total` counts them all).
        public let diagnostics: [Diagnostic]
        public let files: Int
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// - Parameter cache: files of an earlier load to reuse when unchanged (`kinerja serve`).
    public static func check(root: String, display: String? = nil, today: SimpleDate = BuildDate.today(),
                             cache: LoadCache? = nil) -> Checked {
        validate(ContentLoader.load(root: root, display: display, cache: cache), today: today)
    }

    /// `check`, running `alongside` on the loaded content (on a thread of its own) while it
    /// is validated: `kinerja build` indexes the year for its pages meanwhile. `alongside`
    /// runs only when every file loaded without an error; its result is nil otherwise.
    public static func check<T: Sendable>(root: String, display: String? = nil, today: SimpleDate = BuildDate.today(),
                                          cache: LoadCache? = nil,
                                          alongside: @escaping @Sendable (Content) -> T) -> (Checked, T?) {
        let loaded = ContentLoader.load(root: root, display: display, cache: cache)
        let content = loaded.content
        let side = loaded.diagnostics.contains { $0.severity == .error } ? nil : BackgroundWork { alongside(content) }
        return (validate(loaded, today: today), side?.value)
    }

    /// Validates loaded content (the `validate` step of `BuildPipeline`).
    public static func validate(_ loaded: ContentLoader.Result, today: SimpleDate) -> Checked {
        validate(loaded, rules: Validator.validate(loaded.content, today: today))
    }

    /// The loaded content with the findings of the rules that relate its entities (each
    /// file's own rules ran while loading): `kinerja serve` keeps those findings while
    /// nothing they read changed (docs/performance.md, "Incremental builds").
    public static func validate(_ loaded: ContentLoader.Result, rules: [Diagnostic]) -> Checked {
        Checked(content: loaded.content, diagnostics: DiagnosticCap.apply(loaded.diagnostics + rules), files: loaded.files)
    }
}
