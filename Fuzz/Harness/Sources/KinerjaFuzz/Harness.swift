import CFuzzDriver
import KinerjaCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One libFuzzer binary for every target; `KINERJA_FUZZ_TARGET` picks the target.
enum Target: String, CaseIterable {
    case markdown, csv, period, date, number, tree, yaml

    func run(_ bytes: [UInt8]) -> String? {
        switch self {
        case .markdown: return FuzzEntry.markdown(bytes)
        case .csv: return FuzzEntry.csv(bytes)
        case .period: return FuzzEntry.period(bytes)
        case .date: return FuzzEntry.date(bytes)
        case .number: return FuzzEntry.number(bytes)
        case .tree: return FuzzEntry.loadTree(bytes)
        case .yaml: return FuzzEntry.yaml(bytes)
        }
    }

    static let selected: Target = {
        guard let name = getenv("KINERJA_FUZZ_TARGET").map({ String(cString: $0) }) else { return .markdown }
        guard let target = Target(rawValue: name) else {
            printError("unknown KINERJA_FUZZ_TARGET \(name); one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
            exit(2)
        }
        return target
    }()
}

/// libFuzzer's loop, started from Swift's entry point (SwiftPM renames an executable's `main`,
/// so libFuzzer's own `main` cannot be used).
@main
enum FuzzMain {
    static func main() {
        _ = Target.selected
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
    }
}

/// One input: runs the selected target; a broken invariant aborts (libFuzzer saves the input).
/// Also exported under libFuzzer's conventional name, which its (unused) `main` references.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let broken = Target.selected.run(bytes) {
        printError("invariant broken (\(Target.selected.rawValue)): \(broken)")
        abort()
    }
    return 0
}

private func printError(_ message: String) {
    let line = Array((message + "\n").utf8)
    line.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
}
