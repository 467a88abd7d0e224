import Foundation
import Pipeline

/// One small report in a temporary folder, with the bundled theme, whose one brief each fuzzing
/// input replaces; the rest of the report stays, so links, directives and indexes have something
/// to reach.
enum FuzzReport {
    /// Where the brief of each kind goes, chosen by the input's first byte.
    static let briefs = ["Content/pages/fuzz.md", "Content/countries/fuzzland.md", "Content/organizations/fuzzorg.md",
                         "Content/relations/russia--fuzzland.md", "Content/scenarios/fuzz.md", "Content/data/fuzz.yaml"]

    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-fuzz-\(getpid())")
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        try? FileManager.default.removeItem(at: root)
        try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try! FileManager.default.copyItem(at: repository.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
        let fixture = repository.appendingPathComponent("Tests/Fixtures/hostile/base/Content")
        try! FileManager.default.copyItem(at: fixture, to: root.appendingPathComponent("Content"))
        for folder in ["pages", "countries", "organizations", "relations", "scenarios", "data"] {
            try? FileManager.default.createDirectory(at: root.appendingPathComponent("Content/\(folder)"), withIntermediateDirectories: true)
        }
        return root
    }()

    /// Incremental state shared by the runs, as the preview server keeps it between edits.
    static let cache = BuildCache()
}

/// libFuzzer's entry point: the input is one brief (front matter, Markdown, directives) of the kind
/// its first byte picks, checked and rendered by the whole pipeline short of writing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let brief = FuzzReport.briefs[Int(bytes[0]) % FuzzReport.briefs.count]
    let url = FuzzReport.root.appendingPathComponent(brief)
    try! bytes.dropFirst().write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let options = BuildOptions(source: FuzzReport.root, output: FuzzReport.root.appendingPathComponent("Public"), includeDrafts: true)
    _ = Builder(write: false).run(options, cache: FuzzReport.cache)
    return 0
}

/// libFuzzer's driver, which parses its options and runs the loop over `fuzz`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// The executable's entry point under SwiftPM, which names it after the module: hands over to libFuzzer.
@_cdecl("FuzzBuild_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
