import Foundation
import SourceChecks
import Testing

/// The folders of Sources/KinerjaSite are layers (docs/architecture.md): a file may name the
/// types declared in its own folder and in folders of a lower layer, never those of its own
/// layer's other folders or of a higher layer. The check (`FolderLayers`, Tests/SourceChecks)
/// reads the sources: it collects the top-level types each folder declares (not private ones)
/// and the identifiers each file uses outside comments and string literals (but inside their
/// interpolations). It sees type names only (not a function added in an extension elsewhere);
/// that is what keeps the folders from naming each other in circles.
@Suite struct LayoutDirectionTests {
    static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/KinerjaSite")

    /// Lowest first. "" is the files directly in Sources/KinerjaSite (the site build).
    static let layout = FolderLayers(layers: [
        ["Templates", "Output"],
        ["Localization", "OpenData"],
        ["Charts"],
        ["Pages"],
        [""],
        ["Build"],
    ], target: "KinerjaSite")

    @Test func everyFolderHasALayer() throws {
        #expect(try SwiftSource.folders(in: Self.site) == Set(Self.layout.layers.joined()).subtracting([""]))
    }

    @Test func noFolderNamesATypeOfItsOwnOrAHigherLayer() throws {
        let files = try Self.layout.files(in: Self.site)
        #expect(files.count > 100)
        #expect(Self.layout.violations(files) == [])
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
