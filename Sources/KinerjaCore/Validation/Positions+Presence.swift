extension Positions {
    /// Whether `path` was written with a value. The loader records no value position for an
    /// absent key nor for a null one (`unit:`), so a rule reports "missing" exactly when
    /// this is false: a present but malformed value already has its loader diagnostic.
    func isWritten(_ path: String) -> Bool { values[path] != nil }
}

extension String {
    /// Empty or only spaces, tabs and newlines.
    var isBlank: Bool { allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" } }
}
