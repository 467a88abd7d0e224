// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "Content", dependencies: [
            .product(name: "Yams", package: "Yams"),
            .product(name: "SwiftCSV", package: "SwiftCSV"),
        ]),
        .target(name: "Site", dependencies: ["Content"]),
        .target(name: "Templates", dependencies: [
            "Site",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "Build", dependencies: ["Templates", "Site", "Content", "Markdown"]),
        .executableTarget(name: "dossier", dependencies: [
            "Build",
            "Content",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ContentTests", dependencies: ["Content"]),
        .testTarget(name: "SiteTests", dependencies: ["Site"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "Content"]),
        .testTarget(name: "BuildTests", dependencies: ["Build"]),
        .testTarget(name: "dossierTests", dependencies: ["dossier"]),
    ],
    swiftLanguageModes: [.v6]
)
