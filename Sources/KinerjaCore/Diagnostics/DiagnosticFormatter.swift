/// Prints diagnostics as DESIGN §4 lays out: text, GitHub annotations, or JSON.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github
}

public enum DiagnosticFormatter {
    public static func format(_ diagnostics: [Diagnostic], as format: DiagnosticFormat) -> String {
        let sorted = diagnostics.sorted()
        switch format {
        case .text:
            return sorted.map(text).joined()
        case .github:
            return sorted.map(github).joined()
        case .json:
            return json(sorted)
        }
    }

    /// `file:line:col: error[KJ301]: message` and an indented `hint:` line.
    /// Control and bidirectional characters in the file, message and hint are written as
    /// `\u{202E}` in every format (docs/validation.md "Control and bidirectional characters").
    public static func text(_ d: Diagnostic) -> String {
        let at = UnsafeCharacters.escaped(d.location.description)
        var s = "\(at): \(d.severity.rawValue)[\(d.code)]: \(UnsafeCharacters.escaped(d.message))\n"
        if let hint = d.hint { s += "    hint: \(UnsafeCharacters.escaped(hint))\n" }
        return s
    }

    /// `::error file=…,line=…,col=…,title=KJ301::message`
    public static func github(_ d: Diagnostic) -> String {
        func prop(_ s: String) -> String {
            s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
                .replacingAll(":", "%3A").replacingAll(",", "%2C")
        }
        func data(_ s: String) -> String {
            s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
        }
        var message = UnsafeCharacters.escaped(d.message)
        if let hint = d.hint { message += "\n" + "hint: " + UnsafeCharacters.escaped(hint) }
        let level = d.severity == .error ? "error" : "warning"
        var props = "file=\(prop(UnsafeCharacters.escaped(d.file)))"
        if d.line > 0 { props += ",line=\(d.line),col=\(max(d.column, 1))" }
        props += ",title=\(d.code)"
        return "::\(level) \(props)::\(data(message))\n"
    }

    public static func json(_ ds: [Diagnostic]) -> String {
        let w = JSONWriter()
        w.object {
            w.key("diagnostics")
            w.array {
                for d in ds {
                    w.object {
                        w.key("code"); w.string(d.code)
                        w.key("severity"); w.string(d.severity.rawValue)
                        w.key("file"); w.string(UnsafeCharacters.escaped(d.file))
                        w.key("line"); w.int(d.line)
                        w.key("column"); w.int(d.column)
                        w.key("message"); w.string(UnsafeCharacters.escaped(d.message))
                        w.key("hint"); if let h = d.hint { w.string(UnsafeCharacters.escaped(h)) } else { w.null() }
                        w.key("sop_step"); if let s = d.sopStep { w.int(s) } else { w.null() }
                    }
                }
            }
            // True totals: a "… N more" diagnostic counts N (docs/validation.md "How many are shown").
            w.key("errors"); w.int(DiagnosticCap.total(ds, .error))
            w.key("warnings"); w.int(DiagnosticCap.total(ds, .warning))
        }
        return w.output + "\n"
    }
}
