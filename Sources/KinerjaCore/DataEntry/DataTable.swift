/// A table to hand to people: a header and rows of typed cells. The CSV writer renders it
/// today; another writer (a spreadsheet format) can render the same table.
public struct DataTable: Sendable, Hashable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        case empty
    }

    public var header: [String]
    public var rows: [[Cell]]

    public init(header: [String], rows: [[Cell]] = []) {
        self.header = header
        self.rows = rows
    }

    /// The index of a column by name.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
