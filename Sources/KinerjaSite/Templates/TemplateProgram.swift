/// The templates of a set compiled into one flat list of plain-data instructions.
///
/// Every page renders these same instructions on several threads at once; as plain data
/// (numbers into shared tables, no strings or arrays per instruction) walking them copies
/// nothing and touches no reference count. A section's children follow it directly, so a
/// section is a jump over `childCount` instructions, not a nested array.
struct TemplateProgram: Sendable {
    struct Op: Sendable {
        enum Code: UInt8, Sendable {
            /// `text[start..<start + length]`, copied as it is.
            case text
            /// `{{name}}` (`escaped`) or `{{{name}}}` / `{{&name}}`.
            case variable
            /// `{{#name}}` or `{{^name}}` (`inverted`); its children are the next `childCount` ops.
            case section
            /// `{{>name}}`: the template `target` (-1: no such template), with `indentation`.
            case partial
        }

        var code: Code
        /// Variable: escaped. Section: inverted.
        var flag: Bool
        /// Line of the tag in its template (for errors).
        var line: Int32
        /// Text, indentation: first byte in `text`. Variable, section: first part in `keys`.
        var start: Int32
        /// Text, indentation: byte count. Variable, section: number of parts (0 for `.`).
        var length: Int32
        /// Variable, section, partial: the tag's name in `names` (for errors).
        var name: Int32
        /// Section: number of child ops. Partial: the template's index (-1 if missing).
        var extra: Int32
    }

    /// A template: its name and its instructions `ops[start..<end]`.
    struct Entry: Sendable {
        let name: String
        let start: Int
        let end: Int
    }

    private(set) var ops: [Op] = []
    /// Literal text and partial indentations, one after the other.
    private(set) var text: [UInt8] = []
    /// The parts of dotted names (`layout`, `title` of `layout.title`).
    private(set) var keys: [String] = []
    /// Tag names as written (`layout.title`) and partial names, for error messages.
    private(set) var names: [String] = []
    private(set) var entries: [Entry] = []
    private var entryIndex: [String: Int] = [:]

    init(_ templates: [String: [TemplateNode]]) {
        let sorted = templates.keys.sorted()
        for (i, name) in sorted.enumerated() { entryIndex[name] = i }
        var nameIndex: [String: Int32] = [:]
        for name in sorted {
            let start = ops.count
            compile(templates[name] ?? [], nameIndex: &nameIndex)
            entries.append(Entry(name: name, start: start, end: ops.count))
        }
    }

    /// The index of the template `name` in `entries`.
    func entry(_ name: String) -> Int? { entryIndex[name] }

    private mutating func compile(_ nodes: [TemplateNode], nameIndex: inout [String: Int32]) {
        func intern(_ name: String) -> Int32 {
            if let i = nameIndex[name] { return i }
            let i = Int32(names.count)
            names.append(name)
            nameIndex[name] = i
            return i
        }
        func bytes(_ b: [UInt8]) -> (Int32, Int32) {
            let start = Int32(text.count)
            text.append(contentsOf: b)
            return (start, Int32(b.count))
        }
        func path(_ parts: [String]) -> (Int32, Int32) {
            // Parts of one name sit next to each other in `keys`.
            let start = Int32(keys.count)
            keys.append(contentsOf: parts)
            return (start, Int32(parts.count))
        }
        for node in nodes {
            switch node {
            case .text(let b):
                let (start, length) = bytes(b)
                ops.append(Op(code: .text, flag: false, line: 0, start: start, length: length, name: -1, extra: 0))
            case let .variable(name, parts, escaped, line):
                let (start, length) = path(parts)
                ops.append(Op(code: .variable, flag: escaped, line: Int32(line), start: start, length: length,
                              name: intern(name), extra: 0))
            case let .section(name, parts, inverted, line, children):
                let (start, length) = path(parts)
                let at = ops.count
                ops.append(Op(code: .section, flag: inverted, line: Int32(line), start: start, length: length,
                              name: intern(name), extra: 0))
                compile(children, nameIndex: &nameIndex)
                ops[at].extra = Int32(ops.count - at - 1)
            case let .partial(name, indentation, line):
                let (start, length) = bytes(indentation)
                ops.append(Op(code: .partial, flag: false, line: Int32(line), start: start, length: length,
                              name: intern(name), extra: Int32(entryIndex[name] ?? -1)))
            }
        }
    }
}
