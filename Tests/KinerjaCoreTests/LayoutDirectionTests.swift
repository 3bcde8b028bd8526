import Foundation
import SourceChecks
import Testing

/// The folders of Sources/KinerjaCore are layers (docs/architecture.md), checked as the site's
/// are (`FolderLayers`, Tests/SourceChecks): a file may name the types of its own folder and of
/// folders of a lower layer, never those of another folder of its layer or of a higher one.
@Suite struct CoreLayoutDirectionTests {
    static let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/KinerjaCore")

    /// Lowest first. "" is the files directly in Sources/KinerjaCore (the re-export of
    /// KinerjaSupport).
    static let layout = FolderLayers(layers: [
        [""],
        ["Numbers"],
        ["Diagnostics"],
        ["Model"],
        ["Loading", "Scoring"],
        ["Validation"],
        ["Diff", "DataEntry", "Fuzzing"],
    ], target: "KinerjaCore")

    @Test func everyFolderHasALayer() throws {
        #expect(try SwiftSource.folders(in: Self.core) == Set(Self.layout.layers.joined()).subtracting([""]))
    }

    @Test func noFolderNamesATypeOfItsOwnOrAHigherLayer() throws {
        let files = try Self.layout.files(in: Self.core)
        #expect(files.count > 120)
        #expect(Self.layout.violations(files) == [])
    }

    /// The check sees a type named inside a string's interpolation (also nested, and in a
    /// multi-line string), but not in a raw string's `\(` (text there), a nested comment or
    /// the string's text.
    @Test func theCheckReadsInterpolations() {
        let files = [
            (folder: "Numbers", name: "DecimalText.swift", text: "public struct DecimalText {}\nlet raw = #\"Fields \\(Fields.self)\"#\n"),
            (folder: "Diagnostics", name: "Rule.swift", text: "public enum Rule {}\nlet check = \"Validator\"\nlet m = \"\\(Scorer.self) is \\(\"nested \\(Fields.self)\")\"\n"),
            (folder: "Loading", name: "Fields.swift", text: "public struct Fields { let m = #\"\\#(DecimalText()) \\#(Scorer.self)\"# }\n"),
            (folder: "Scoring", name: "Scorer.swift", text: "public enum Scorer {}\n/* a /* nested */ Fields */\nlet t = \"\"\"\n  Fields \\(Rule.self) \"\n  \"\"\"\n"),
            (folder: "Validation", name: "Validator.swift", text: "enum Validator { let s = Scorer.self; let f: Fields }\n"),
        ]
        let layout = FolderLayers(layers: [["Numbers"], ["Diagnostics"], ["Loading", "Scoring"], ["Validation"]])
        #expect(layout.violations(files) == [
            "Diagnostics/Rule.swift names Fields (Loading)",
            "Diagnostics/Rule.swift names Scorer (Scoring)",
            "Loading/Fields.swift names Scorer (Scoring)",
        ])
    }
}
