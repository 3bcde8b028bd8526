import Foundation
import SourceChecks
import Testing
@testable import KinerjaCore

/// A rule in one place: `Rule.descriptors` holds each rule's severity, SOP steps, summary
/// and checking type; the README's rule table must say the same, row for row.
@Suite struct RuleRegistryTests {
    struct Row: Equatable, CustomStringConvertible {
        let code: String
        let severity: String
        let sop: String
        let summary: String
        var description: String { "| \(code) | \(severity) | \(sop) | \(summary) |" }
    }

    /// The rows of the README's rule table (`| KJnnn | severity | step | summary |`).
    static func readmeRows() throws -> [Row] {
        let readme = try String(contentsOf: ValidationFixture.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| KJ") else { return nil }
            let cells = line.dropFirst().dropLast().split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4 else { return nil }
            return Row(code: cells[0], severity: cells[1], sop: cells[2], summary: cells[3])
        }
    }

    static func row(_ d: RuleDescriptor) -> Row {
        let sop: String
        if let range = d.sop {
            sop = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
        } else {
            sop = "–"
        }
        return Row(code: d.rule.code, severity: d.severity.rawValue, sop: sop, summary: d.summary)
    }

    @Test func everyRuleHasOneDescriptorInCodeOrder() {
        #expect(Rule.descriptors.map(\.rule) == Rule.allCases, "one descriptor per rule, in the order of the cases")
        #expect(Rule.registry.count == Rule.allCases.count)
        for rule in Rule.allCases { #expect(rule.descriptor.rule == rule) }
    }

    @Test func theReadmeRuleTableMatchesTheRegistry() throws {
        let rows = try Self.readmeRows()
        let registry = Rule.descriptors.map(Self.row)
        #expect(rows.count == Rule.allCases.count)
        for (readme, code) in zip(rows, registry) where readme != code {
            Issue.record("README: \(readme)\nregistry: \(code)")
        }
        #expect(rows.map(\.code) == registry.map(\.code))
    }

    @Test func severitiesAndStepsComeFromTheDescriptor() {
        #expect(Rule.KJ005.severity == .warning)
        #expect(Rule.KJ001.severity == .error)
        #expect(Rule.KJ001.sopStep == nil)
        #expect(Rule.KJ501.sopStep == 5)
        #expect(Rule.KJ701.sopStep == 11)
        #expect(Rule.KJ702.sopStep == 12)
        #expect(Rule.KJ905.sopStep == 5)
        #expect(Rule.KJ504.descriptor.sop == 8...9)
    }

    /// Each descriptor names the type that reports the rule: the type is declared in
    /// Sources/KinerjaCore or Sources/KinerjaSite, and a file that declares or extends it uses
    /// the code in its code (not in a comment or a string), so the registry cannot name a
    /// type that does not report its rule.
    @Test func theCheckingTypeReportsTheRule() throws {
        var files: [SwiftSource.File] = []
        for target in ["Sources/KinerjaCore", "Sources/KinerjaSite"] {
            let root = ValidationFixture.packageRoot.appendingPathComponent(target)
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { Issue.record("no \(target)"); continue }
            for case let rel as String in walker where rel.hasSuffix(".swift") {
                files.append((target, rel, try String(contentsOf: root.appendingPathComponent(rel), encoding: .utf8)))
            }
        }
        #expect(files.count > 200)
        #expect(Self.unreported(Rule.descriptors.map { ($0.rule.code, $0.check) }, in: files) == [])
    }

    /// The registry check itself: it finds a type that does not exist, one named only in a
    /// comment, and a type whose files mention the code only in a comment or a string; a rule
    /// reported in an extension of the type, in another file, passes.
    @Test func theRegistryCheckFindsATypeThatDoesNotReport() {
        let files: [SwiftSource.File] = [
            ("Sources/KinerjaCore", "Loading/Fields.swift", "public struct Fields {\n  // .KJ005\n  let m = \".KJ005\"\n  func f() { bag.add(.KJ004) }\n}\n"),
            ("Sources/KinerjaCore", "Loading/Fields+Unknown.swift", "extension Fields {\n  func g() { bag.add(.KJ007) }\n}\n"),
            ("Sources/KinerjaCore", "Model/Rupiah.swift", "// enum PlanRules\npublic enum Rupiah { static let r: Rule = .KJ605 }\n"),
        ]
        let checks = [("KJ004", "Fields"), ("KJ005", "Fields"), ("KJ007", "Fields"), ("KJ605", "Rupiah"), ("KJ606", "Rupiah"),
                      ("KJ101", "PlanRules")]
        #expect(Self.unreported(checks, in: files) == [
            "KJ005: Fields (Sources/KinerjaCore/Loading/Fields+Unknown.swift, Sources/KinerjaCore/Loading/Fields.swift) does not report it",
            "KJ606: Rupiah (Sources/KinerjaCore/Model/Rupiah.swift) does not report it",
            "KJ101: no type PlanRules is declared",
        ])
    }

    /// "code: problem" for each (code, type) whose type is not declared in `files`, or whose
    /// declaring and extending files do not use `.code` outside comments and strings.
    static func unreported(_ checks: [(code: String, type: String)], in files: [SwiftSource.File]) -> [String] {
        let code = files.map { (path: $0.folder + "/" + $0.name, text: SwiftSource.code($0.text)) }
        var declared: Set<String> = []
        var places: [String: [(path: String, text: String)]] = [:]  // type → files declaring or extending it
        for file in code {
            let types = Set(SwiftSource.declaredTypes(file.text))
            declared.formUnion(types)
            for type in types.union(SwiftSource.extendedTypes(file.text)) { places[type, default: []].append(file) }
        }
        return checks.compactMap { check in
            guard declared.contains(check.type), let files = places[check.type] else {
                return "\(check.code): no type \(check.type) is declared"
            }
            let pattern = "\\.\(check.code)\\b"
            if files.contains(where: { !SwiftSource.matches("(" + pattern + ")", $0.text).isEmpty }) { return nil }
            return "\(check.code): \(check.type) (\(files.map(\.path).sorted().joined(separator: ", "))) does not report it"
        }
    }
}
