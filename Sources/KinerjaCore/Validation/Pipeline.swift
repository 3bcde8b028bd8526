/// Load then validate: what `check` and `build` share.
public enum Pipeline {
    public struct Checked: Sendable {
        public let content: Content
        public let diagnostics: [Diagnostic]
        public let files: Int
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// - Parameter cache: files of an earlier load to reuse when unchanged (`kinerja serve`).
    public static func check(root: String, display: String? = nil, today: SimpleDate = BuildDate.today(),
                             cache: LoadCache? = nil) -> Checked {
        let loaded = ContentLoader.load(root: root, display: display, cache: cache)
        var all = loaded.diagnostics
        all += Validator.validate(loaded.content, today: today)
        return Checked(content: loaded.content, diagnostics: all.sorted(), files: loaded.files)
    }
}
