// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dateline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dateline", targets: ["dateline"]),
        .library(name: "DatelineModel", targets: ["DatelineModel"]),
        .library(name: "DatelineExtraction", targets: ["DatelineExtraction"]),
        .library(name: "DatelineTUI", targets: ["DatelineTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "DatelineModel"),
        .target(
            name: "DatelineExtraction",
            dependencies: ["DatelineModel"],
            resources: [.copy("Resources")]
        ),
        .target(name: "DatelineTUI", dependencies: ["DatelineModel"]),
        .systemLibrary(name: "CNCurses"),
        .executableTarget(
            name: "dateline",
            dependencies: [
                "DatelineModel", "DatelineExtraction", "DatelineTUI", "CNCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dateline-bench",
            dependencies: ["DatelineModel", "DatelineExtraction", "DatelineTUI"]
        ),
        .testTarget(name: "DatelineModelTests", dependencies: ["DatelineModel"]),
        .testTarget(name: "DatelineExtractionTests", dependencies: ["DatelineExtraction", "DatelineModel"]),
        // DatelineExtraction only for the one golden screen of the real seeds.
        .testTarget(name: "DatelineTUITests", dependencies: ["DatelineTUI", "DatelineModel", "DatelineExtraction"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "DatelineCLITests", dependencies: ["dateline"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
