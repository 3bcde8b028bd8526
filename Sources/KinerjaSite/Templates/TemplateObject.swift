/// The members of a view-model object, in the order they were set.
///
/// Most objects are small (a link, a table row, a band): their names are searched in
/// order, which is cheaper than hashing them, both when a page is encoded and when a
/// template looks a name up. Objects with many members (the UI strings) also keep a hash
/// index.
public struct TemplateObject: Sendable {
    private struct Member: Sendable {
        let name: String
        var value: TemplateValue
    }

    private var members: [Member] = []
    private var index: [String: Int]?

    /// Above this many members, lookups go through a hash index.
    static let indexedAbove = 24

    public init() {}

    public init(_ members: [String: TemplateValue]) {
        self.members.reserveCapacity(members.count)
        for (name, value) in members { set(name, value) }
    }

    public subscript(name: String) -> TemplateValue? {
        position(name).map { members[$0].value }
    }

    /// Sets `name`: a later value of a name hides an earlier one.
    public mutating func set(_ name: String, _ value: TemplateValue) {
        if members.isEmpty { members.reserveCapacity(8) }
        members.append(Member(name: name, value: value))
        if index != nil {
            index?[name] = members.count - 1
        } else if members.count > Self.indexedAbove {
            var built: [String: Int] = [:]
            built.reserveCapacity(members.count * 2)
            for (i, m) in members.enumerated() { built[m.name] = i }
            index = built
        }
    }

    /// The last member named `name`.
    private func position(_ name: String) -> Int? {
        if let index { return index[name] }
        // Most names differ in length: compared first, it spares the string comparison.
        let length = name.utf8.count
        var i = members.count - 1
        while i >= 0 {
            if members[i].name.utf8.count == length && members[i].name == name { return i }
            i -= 1
        }
        return nil
    }
}
