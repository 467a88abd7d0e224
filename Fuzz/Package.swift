// swift-tools-version:6.1
// The libFuzzer target, kept out of the main package so `swift build` and `swift test` never build it.
// Run it with scripts/fuzz, which builds it with `-sanitize=fuzzer,address`.
import PackageDescription

let package = Package(
    name: "DossierFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Dossier", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzBuild",
            dependencies: [.product(name: "DossierPipeline", package: "Dossier")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
