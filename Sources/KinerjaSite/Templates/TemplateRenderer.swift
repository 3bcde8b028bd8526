/// Renders compiled templates with a view-model, checking every data access as it goes: a
/// key the view-model lacks, or a value used the wrong way (text in a triple tag, HTML in a
/// double tag, a list as text), is an error naming the template and line, never an empty
/// spot in the page. Sections are walked once per item, so keys inside lists are checked
/// against every item.
///
/// Output goes into one byte buffer: no intermediate strings per tag or partial. The walk
/// copies no values: the context stack holds pointers into the view-model, which is
/// immutable and kept alive for the whole render.
struct TemplateRenderer: Sendable {
    let program: TemplateProgram

    /// How deeply partials may nest (a partial including itself would never end).
    static let maxDepth = 32

    func has(_ name: String) -> Bool { program.entry(name) != nil }

    func render(_ name: String, _ value: TemplateValue) throws -> [UInt8] {
        guard let entry = program.entry(name) else {
            throw TemplateError.missingTemplate(name: name, folder: "site-templates")
        }
        return try withUnsafePointer(to: value) { root in
            try program.ops.withUnsafeBufferPointer { ops in
                try program.text.withUnsafeBufferPointer { text in
                    try program.keys.withUnsafeBufferPointer { keys in
                        try program.entries.withUnsafeBufferPointer { entries in
                            var walker = Walker(ops: ops, text: text, keys: keys, entries: entries, names: program.names, root: root)
                            try walker.run(entries[entry].start..<entries[entry].end, template: entry, depth: 0)
                            return walker.out
                        }
                    }
                }
            }
        }
    }

    private struct Walker {
        typealias Op = TemplateProgram.Op
        typealias Value = UnsafePointer<TemplateValue>

        let ops: UnsafeBufferPointer<Op>
        let text: UnsafeBufferPointer<UInt8>
        let keys: UnsafeBufferPointer<String>
        let entries: UnsafeBufferPointer<TemplateProgram.Entry>
        let names: [String]
        /// The section contexts, innermost last; the view-model itself at the bottom.
        var stack: [Value]
        /// The indentation of the standalone partials being rendered, outermost first.
        var indentation: [UInt8] = []
        /// Whether the output stands at the start of a line of a template's own text: only
        /// those lines of a partial are indented, not the lines of a value it inserts.
        var atTemplateLineStart = true
        var out: [UInt8] = []

        init(ops: UnsafeBufferPointer<Op>, text: UnsafeBufferPointer<UInt8>, keys: UnsafeBufferPointer<String>,
             entries: UnsafeBufferPointer<TemplateProgram.Entry>, names: [String], root: Value) {
            self.ops = ops
            self.text = text
            self.keys = keys
            self.entries = entries
            self.names = names
            stack = [root]
            stack.reserveCapacity(16)
            out.reserveCapacity(32 * 1024)
        }

        /// Renders the instructions `range` of the template `template`.
        mutating func run(_ range: Range<Int>, template: Int, depth: Int) throws {
            var i = range.lowerBound
            while i < range.upperBound {
                let op = ops[i]
                i += 1
                switch op.code {
                case .text:
                    indent(beforeEmpty: op.length == 0)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[Int(op.start)..<Int(op.start + op.length)]))
                    if op.length > 0 { atTemplateLineStart = text[Int(op.start + op.length) - 1] == UInt8(ascii: "\n") }
                case .variable:
                    try variable(op, template: template)
                case .section:
                    let children = i..<i + Int(op.extra)
                    i = children.upperBound
                    try section(op, children, template: template, depth: depth)
                case .partial:
                    try partial(op, template: template, depth: depth)
                }
            }
        }

        private mutating func variable(_ op: Op, template: Int) throws {
            let value = try resolve(op, template: template)
            switch value.pointee {
            case .null:
                return
            case .text(let s):
                guard op.flag else {
                    throw misuse(op, template, "is text and must be escaped: write {{\(names[Int(op.name)])}}")
                }
                indent(beforeEmpty: s.isEmpty)
                if s.utf8.withContiguousStorageIfAvailable({ HTMLEscape.append($0, to: &out) }) == nil {
                    HTMLEscape.append(s, to: &out)
                }
            case .html(let s):
                guard !op.flag else {
                    throw misuse(op, template, "is HTML: write {{{\(names[Int(op.name)])}}} to insert it")
                }
                indent(beforeEmpty: s.isEmpty)
                if s.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil {
                    out.append(contentsOf: s.utf8)
                }
            default:
                throw misuse(op, template, "is a \(value.pointee.kindName), not text: use it as a section")
            }
        }

        private mutating func section(_ op: Op, _ children: Range<Int>, template: Int, depth: Int) throws {
            let value = try resolve(op, template: template)
            if op.flag {
                guard !value.pointee.isTruthy else { return }
                try within(value, children, template: template, depth: depth)
                return
            }
            // Mustache's section semantics: a list's items, nothing for false or null,
            // anything else once.
            switch value.pointee {
            case .list(let items):
                // The items in place (the list is part of the view-model, like the stack).
                let (first, count) = items.withUnsafeBufferPointer { ($0.baseAddress, $0.count) }
                guard let first else { return }
                for k in 0..<count {
                    try within(first + k, children, template: template, depth: depth)
                }
            case .bool(false), .null:
                return
            default:
                try within(value, children, template: template, depth: depth)
            }
        }

        private mutating func within(_ context: Value, _ children: Range<Int>, template: Int, depth: Int) throws {
            stack.append(context)
            try run(children, template: template, depth: depth)
            stack.removeLast()
        }

        private mutating func partial(_ op: Op, template: Int, depth: Int) throws {
            guard op.extra >= 0 else {
                throw TemplateError.missingPartial(name: names[Int(op.name)], template: entries[template].name, line: Int(op.line))
            }
            guard depth < TemplateRenderer.maxDepth else {
                throw TemplateError.syntax(template: entries[template].name, line: Int(op.line),
                                           problem: "partials nest too deeply (recursion?)")
            }
            let added = Int(op.length)
            if added > 0 {
                indentation.append(contentsOf: UnsafeBufferPointer(rebasing: text[Int(op.start)..<Int(op.start) + added]))
            }
            let entry = entries[Int(op.extra)]
            try run(entry.start..<entry.end, template: Int(op.extra), depth: depth + 1)
            if added > 0 { indentation.removeLast(added) }
        }

        /// Inside an indented standalone partial, a chunk that starts a new line is indented
        /// first.
        @inline(__always)
        private mutating func indent(beforeEmpty: Bool) {
            guard !beforeEmpty else { return }
            if !indentation.isEmpty, atTemplateLineStart, out.last == UInt8(ascii: "\n") {
                out.append(contentsOf: indentation)
            }
            atTemplateLineStart = false
        }

        /// Mustache name resolution: `.` is the top of the stack; otherwise the first part of a
        /// dotted name is looked up from the innermost context outwards, the rest inside it.
        private func resolve(_ op: Op, template: Int) throws -> Value {
            let count = Int(op.length)
            guard count > 0 else { return stack[stack.count - 1] }
            let start = Int(op.start)
            var found: Value?
            var i = stack.count - 1
            while i >= 0 {
                if let v = TemplateObject.member(of: stack[i], keys[start]) {
                    found = v
                    break
                }
                i -= 1
            }
            guard var value = found else { throw missingKey(op, template) }
            for k in start + 1..<start + count {
                guard let next = TemplateObject.member(of: value, keys[k]) else { throw missingKey(op, template) }
                value = next
            }
            return value
        }

        private func missingKey(_ op: Op, _ template: Int) -> TemplateError {
            .missingKey(key: names[Int(op.name)], template: entries[template].name, line: Int(op.line))
        }

        private func misuse(_ op: Op, _ template: Int, _ problem: String) -> TemplateError {
            .misuse(key: names[Int(op.name)], template: entries[template].name, line: Int(op.line), problem: problem)
        }
    }
}
