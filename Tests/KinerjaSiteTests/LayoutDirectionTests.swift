import Foundation
import Testing

/// The folders of Sources/KinerjaSite are layers (docs/architecture.md): a file may name the
/// types declared in its own folder and in folders of a lower layer, never those of its own
/// layer's other folders or of a higher layer. The check reads the sources: it collects the
/// top-level types each folder declares (not private ones) and the identifiers each file uses
/// outside comments and string literals. It sees type names only (not a function added in
/// an extension elsewhere); that is what keeps the folders from naming each other in circles.
@Suite struct LayoutDirectionTests {
    static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/KinerjaSite")

    /// Lowest first. "" is the files directly in Sources/KinerjaSite (the site build).
    static let layers: [[String]] = [
        ["Templates", "Output"],
        ["Localization", "OpenData"],
        ["Charts"],
        ["Pages"],
        [""],
        ["Build"],
    ]

    @Test func everyFolderHasALayer() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.site.path).filter { name in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: Self.site.appendingPathComponent(name).path, isDirectory: &isDir)
                && isDir.boolValue
        }
        #expect(Set(folders) == Set(Self.layers.joined()).subtracting([""]))
    }

    @Test func noFolderNamesATypeOfItsOwnOrAHigherLayer() throws {
        var files: [(folder: String, name: String, text: String)] = []
        for folder in Self.layers.joined() {
            let url = folder.isEmpty ? Self.site : Self.site.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".swift") {
                files.append((folder, name, try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        #expect(files.count > 100)
        #expect(FolderLayers(layers: Self.layers).violations(files) == [])
    }

    /// The check itself finds a reference upwards, one across a layer, and none in a comment,
    /// a string, or to a type of the file's own folder.
    @Test func theCheckFindsAReferenceUpwards() {
        let files = [
            (folder: "Templates", name: "A.swift", text: "public struct TemplateValue {}\n// names Localizer\nlet s = \"Localizer\"\nlet x: Localizer? = nil\n"),
            (folder: "Output", name: "B.swift", text: "struct OutputFile { let v: TemplateValue; let o: OutputFile }\n"),
            (folder: "Localization", name: "C.swift", text: "public final class Localizer { let tree: TemplateValue }\nprivate struct Hidden {}\n"),
            (folder: "Charts", name: "D.swift", text: "enum Chart { struct Hidden {} }\nlet h = Hidden()\n"),
        ]
        let layout = FolderLayers(layers: [["Templates", "Output"], ["Localization"], ["Charts"]])
        #expect(layout.violations(files) == [
            "Output/B.swift names TemplateValue (Templates)",
            "Templates/A.swift names Localizer (Localization)",
        ])
    }
}

/// Which files name types of a folder they may not depend on.
struct FolderLayers {
    let layers: [[String]]

    func rank(_ folder: String) -> Int? { layers.firstIndex { $0.contains(folder) } }

    /// "folder/file names Type (its folder)", sorted.
    func violations(_ files: [(folder: String, name: String, text: String)]) -> [String] {
        let code = files.map { (folder: $0.folder, name: $0.name, text: Self.code($0.text)) }
        var owner: [String: String] = [:]  // top-level type → the folder declaring it
        var local: [String: Set<String>] = [:]  // folder → every type it declares, nested ones too
        for file in code {
            for type in Self.matches(#"^(?:@\w+(?:\([^)\n]*\))?\s+)*(?:(?:public|package|internal|final|indirect|nonisolated)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)"#, file.text) {
                owner[type] = file.folder
            }
            local[file.folder, default: []].formUnion(Self.matches(#"\b(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)"#, file.text))
        }
        var out: [String] = []
        for file in code {
            guard let mine = rank(file.folder) else { continue }
            let names = Set(Self.matches(#"\b([A-Z]\w*)\b"#, file.text)).subtracting(local[file.folder] ?? [])
            for name in names.sorted() {
                guard let folder = owner[name], folder != file.folder, let theirs = rank(folder), theirs >= mine else { continue }
                out.append("\(file.folder.isEmpty ? "" : file.folder + "/")\(file.name) names \(name) (\(folder.isEmpty ? "KinerjaSite" : folder))")
            }
        }
        return out.sorted()
    }

    /// The first capture group of every match of `pattern` (lines anchored) in `text`.
    static func matches(_ pattern: String, _ text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    /// `text` with comments and string literals blanked (line breaks kept).
    static func code(_ text: String) -> String {
        let c = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func at(_ k: Int, _ s: String) -> Bool {
            let p = Array(s.unicodeScalars)
            return k + p.count <= c.count && c[k] == p[0] && Array(c[k..<k + p.count]) == p
        }
        while i < c.count {
            if at(i, "//") {
                while i < c.count, c[i] != "\n" { i += 1 }
            } else if at(i, "/*") {
                var depth = 0
                repeat {
                    if at(i, "/*") { depth += 1; i += 2 } else if at(i, "*/") { depth -= 1; i += 2 } else {
                        if c[i] == "\n" { out.append("\n") }
                        i += 1
                    }
                } while depth > 0 && i < c.count
            } else if at(i, "\"\"\"") {
                i += 3
                while i < c.count, !at(i, "\"\"\"") {
                    if c[i] == "\\" { i += 1 } else if c[i] == "\n" { out.append("\n") }
                    i += 1
                }
                i += 3
                out.append(" ")
            } else if c[i] == "\"" {
                i += 1
                while i < c.count, c[i] != "\"", c[i] != "\n" {
                    if c[i] == "\\" { i += 1 }
                    i += 1
                }
                i += 1
                out.append(" ")
            } else {
                out.append(c[i])
                i += 1
            }
        }
        return String(out)
    }
}
