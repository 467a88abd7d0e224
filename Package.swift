// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        // For the fuzzing package in Fuzz/, which builds the pipeline with libFuzzer.
        .library(name: "DossierPipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The preview server; swift-configuration support is not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        // The atomic exchange of two folders (renameat2), which Swift's Glibc module does not declare.
        .target(name: "CFileSwap"),
        // memmem, which Swift's Glibc module does not declare either.
        .target(name: "CByteSearch"),
        // Problems at file:line:col, shared by every layer that reports one.
        .target(name: "Diagnostics"),
        .target(name: "Content", dependencies: [
            "Diagnostics",
            .product(name: "Yams", package: "Yams"),
            .product(name: "SwiftCSV", package: "SwiftCSV"),
        ]),
        .target(name: "Site", dependencies: ["Content"]),
        // Earlier editions read from the report's git history, and what changed between editions.
        .target(name: "Editions", dependencies: ["Site", "Content", "Markdown", "Diagnostics"]),
        // Charts, timelines, networks and maps as SVG text, from plain values (no dependencies).
        .target(name: "Visuals"),
        .target(name: "Templates", dependencies: [
            "Site", "Diagnostics", "Visuals", "Editions",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "Pipeline", dependencies: [
            "Templates", "Site", "Content", "Markdown", "Diagnostics", "CFileSwap", "CByteSearch", "Visuals", "Editions",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Publish", dependencies: [
            "Pipeline", "Content", "Diagnostics",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The preview server, watcher and live reload: only the command line depends on it.
        .target(name: "Preview", dependencies: [
            "Pipeline",
            "Diagnostics",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        .executableTarget(name: "dossier", dependencies: [
            "Pipeline",
            "Preview",
            "Content",
            "Publish",
            "Editions",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // What every test target shares: the repository, temporary reports, waits, tool requirements, processes.
        .target(name: "TestSupport", dependencies: ["Publish"], path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["TestSupport", "Diagnostics"]),
        .testTarget(name: "MarkdownTests", dependencies: ["TestSupport", "Markdown"]),
        .testTarget(name: "ContentTests", dependencies: ["TestSupport", "Content", "Diagnostics"]),
        .testTarget(name: "VisualsTests", dependencies: ["Visuals"]),
        .testTarget(name: "SiteTests", dependencies: ["TestSupport", "Site"]),
        .testTarget(name: "EditionsTests", dependencies: ["TestSupport", "Editions", "Content", "Site"]),
        .testTarget(name: "TemplatesTests", dependencies: ["TestSupport", "Templates", "Content"]),
        .testTarget(name: "PipelineTests", dependencies: ["TestSupport", "Pipeline", "Publish"]),
        .testTarget(name: "dossierTests", dependencies: ["TestSupport", "dossier"]),
        .testTarget(name: "PreviewTests", dependencies: ["TestSupport", "Preview", "Pipeline"]),
        .testTarget(name: "PublishTests", dependencies: ["TestSupport", "Publish", "Content"]),
    ],
    swiftLanguageModes: [.v6]
)
