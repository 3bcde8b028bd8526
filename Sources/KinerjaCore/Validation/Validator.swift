/// Runs every rule of DESIGN §5 (except KJ904, which belongs to `diff`) over a loaded tree.
public enum Validator {
    /// - Parameter today: the build date (for KJ709 and lateness).
    public static func validate(_ content: Content, today: SimpleDate) -> [Diagnostic] {
        []
    }
}
