import Foundation
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

    /// Each descriptor names the type that reports the rule: that type's file uses the code.
    @Test func theCheckingTypeReportsTheRule() throws {
        let sources = ValidationFixture.packageRoot.appendingPathComponent("Sources/KinerjaCore")
        guard let walker = FileManager.default.enumerator(atPath: sources.path) else { Issue.record("no sources"); return }
        var files: [String: String] = [:]
        for case let rel as String in walker where rel.hasSuffix(".swift") {
            let name = String(rel.split(separator: "/").last?.dropLast(6) ?? "")
            files[name] = try String(contentsOf: sources.appendingPathComponent(rel), encoding: .utf8)
        }
        for d in Rule.descriptors {
            guard let text = files[d.check] else {
                Issue.record("\(d.rule.code): no file \(d.check).swift in Sources/KinerjaCore")
                continue
            }
            #expect(text.contains(".\(d.rule.code)"), "\(d.rule.code): \(d.check).swift does not report it")
        }
    }
}
