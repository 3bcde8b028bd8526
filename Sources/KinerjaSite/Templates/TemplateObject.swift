/// The members of a view-model object, in the order they were set.
///
/// Most objects are small (a link, a table row, a band): their names are searched in
/// order, which is cheaper than hashing them, both when a page is encoded and when a
/// template looks a name up (lengths first, then the few names of the same length). Only
/// objects with very many members also keep a hash
/// index.
public struct TemplateObject: Sendable {
    private struct Member: Sendable {
        // First, so that a pointer to a member is one to its value.
        var value: TemplateValue
        let name: String
    }

    private var members: [Member] = []
    private var index: [String: Int]?

    /// Above this many members, lookups go through a hash index.
    static let indexedAbove = 64

    public init() {}

    /// An empty object with room for `capacity` members.
    public init(capacity: Int) {
        members.reserveCapacity(capacity)
    }

    public init(_ members: [String: TemplateValue]) {
        self.members.reserveCapacity(members.count)
        for (name, value) in members { set(name, value) }
    }

    public subscript(name: String) -> TemplateValue? {
        position(name).map { members[$0].value }
    }

    /// Sets `name`: a later value of a name hides an earlier one.
    public mutating func set(_ name: String, _ value: TemplateValue) {
        if members.capacity == 0 { members.reserveCapacity(8) }
        members.append(Member(value: value, name: name))
        if index != nil {
            index?[name] = members.count - 1
        } else if members.count > Self.indexedAbove {
            var built: [String: Int] = [:]
            built.reserveCapacity(members.count * 2)
            for (i, m) in members.enumerated() { built[m.name] = i }
            index = built
        }
    }

    /// The first place (dotted path) where the members of `self` and `other` (names and
    /// values, in order) differ.
    func difference(from other: TemplateObject, at path: String) -> (path: String, problem: String)? {
        guard members.map(\.name) == other.members.map(\.name) else {
            return (path, "members \(members.map(\.name)) ≠ \(other.members.map(\.name))")
        }
        for (a, b) in zip(members, other.members) {
            if let d = a.value.difference(from: b.value, at: path.isEmpty ? a.name : "\(path).\(a.name)") { return d }
        }
        return nil
    }

    /// The member `name` of the object `value` (nil if it is no object or has no such
    /// member), in place: the renderer reads it without copying it. Valid for as long as
    /// `value` is alive and unchanged (a render keeps its whole view-model alive and
    /// changes nothing).
    // Inlined into the renderer so that the object is read where it lies, never copied.
    @inline(__always)
    static func member(of value: UnsafePointer<TemplateValue>, _ name: String) -> UnsafePointer<TemplateValue>? {
        guard case .object(let object) = value.pointee else { return nil }
        return object.members.withUnsafeBufferPointer { members in
            guard let base = members.baseAddress else { return nil }
            let found: Int?
            if let index = object.index {
                found = index[name]
            } else {
                found = position(name, in: members)
            }
            guard let i = found else { return nil }
            return (UnsafeRawPointer(base + i) + valueOffset).assumingMemoryBound(to: TemplateValue.self)
        }
    }

    private static let valueOffset = MemoryLayout<Member>.offset(of: \Member.value) ?? 0

    /// The last member named `name`.
    private func position(_ name: String) -> Int? {
        if let index { return index[name] }
        return members.withUnsafeBufferPointer { Self.position(name, in: $0) }
    }

    /// The last of `members` named `name`, searched from the end.
    @inline(__always)
    private static func position(_ name: String, in members: UnsafeBufferPointer<Member>) -> Int? {
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
