/// KJ013: a hidden `.md` or `.csv` (`..waktu.md`, `.2026-03.csv`) looks like content but is
/// not read; it is reported instead of skipped silently (docs/validation.md). Other hidden
/// names (`.git`, `.gitkeep`, `.DS_Store`) stay silent.
enum HiddenFiles {
    static func report(_ names: [String], display: String, into diags: inout DiagnosticBag) {
        for name in names where name.utf8.first == UInt8(ascii: ".") && name.utf8.count > 1
            && (name.hasSuffix(".md") || name.hasSuffix(".csv")) {
            diags.add(.KJ013, at: SourceLocation(file: display + "/" + name),
                      "hidden file is not read: names starting with `.` are skipped",
                      hint: "rename it without the leading `.` if it is content, or delete it")
        }
    }
}
