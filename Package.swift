// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The kinerja binary uses jemalloc on Linux (docs/performance.md). Sanitizers bring their
// own allocator, which must not meet jemalloc's: scripts/sanitize sets KINERJA_SYSTEM_MALLOC=1.
let allocator: [LinkerSetting] = ProcessInfo.processInfo.environment["KINERJA_SYSTEM_MALLOC"] == nil
    ? [.linkedLibrary("jemalloc", .when(platforms: [.linux]))] : []

let package = Package(
    name: "kinerja",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kinerja", targets: ["kinerja"]),
        .library(name: "KinerjaCore", targets: ["KinerjaCore"]),
        .library(name: "KinerjaSite", targets: ["KinerjaSite"]),
        .library(name: "KinerjaInit", targets: ["KinerjaInit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        // The allocator's options for the kinerja binary (jemalloc on Linux).
        .target(name: "CAllocator"),
        // Threads, locks, timers, the output guard and running a program: no dependencies
        // (docs/architecture.md). KinerjaCore re-exports it, so its importers see these types too.
        .target(name: "KinerjaSupport"),
        .target(
            name: "KinerjaCore",
            dependencies: ["KinerjaSupport", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "KinerjaSite",
            dependencies: [
                "KinerjaCore", "CommonMark",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `kinerja init`: the starter repository and the embedded default templates.
        .target(name: "KinerjaInit", dependencies: ["KinerjaCore"]),
        .executableTarget(
            name: "kinerja",
            dependencies: [
                "KinerjaCore", "KinerjaSite", "KinerjaInit", "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc replaces glibc's malloc in the kinerja binary: a build allocates
            // millions of small objects on all cores, and it cut CPU time by about a sixth.
            linkerSettings: allocator
        ),
        // For the tests only: reading the sources, for the folder layers of KinerjaCore and
        // KinerjaSite and for the rule registry (LayoutDirectionTests, RuleRegistryTests).
        .target(name: "SourceChecks", path: "Tests/SourceChecks"),
        .testTarget(name: "KinerjaCoreTests", dependencies: ["KinerjaCore", "SourceChecks"]),
        .testTarget(
            name: "KinerjaInitTests",
            dependencies: ["KinerjaInit", "KinerjaCore", .product(name: "Yams", package: "Yams")]
        ),
        // swift-mustache is the reference the site's own renderer is tested against
        // (MustacheConformanceTests): every page of the sample must render the same bytes.
        .testTarget(
            name: "KinerjaSiteTests",
            dependencies: [
                "KinerjaSite", "KinerjaCore", "SourceChecks",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
