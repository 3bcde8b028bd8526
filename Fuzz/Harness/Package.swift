// swift-tools-version: 6.0
// The fuzz harness: a separate package so the main one needs no unsafe flags.
// Build and run it with `scripts/fuzz` (it adds `-sanitize=fuzzer,address`).
import Foundation
import PackageDescription

/// A path dependency is identified by its folder's name: the checkout's, whatever it is.
let rootFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let rootIdentity = rootFolder.lastPathComponent.lowercased()

let package = Package(
    name: "KinerjaFuzz",
    dependencies: [.package(path: "../..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "KinerjaFuzz",
            dependencies: ["CFuzzDriver", .product(name: "KinerjaCore", package: rootIdentity)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
