/// Load then validate: what `check` and `build` share.
public enum Pipeline {
    public struct Checked: Sendable {
        public let content: Content
        public let diagnostics: [Diagnostic]
        public let files: Int
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public static func check(root: String, display: String? = nil, today: SimpleDate = BuildDate.today()) -> Checked {
        let loaded = ContentLoader.load(root: root, display: display)
        var all = loaded.diagnostics
        all += Validator.validate(loaded.content, today: today)
        return Checked(content: loaded.content, diagnostics: all.sorted(), files: loaded.files)
    }
}
