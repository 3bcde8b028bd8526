/// A SIRUP record turned into a package.
public struct SirupEntry: Sendable {
    public var package: Package
    /// The `packages.csv` columns the record carried. On re-import, columns the export does
    /// not carry keep their value from `packages.csv`.
    public var present: Set<String>
    public var record: SirupRecord
}
