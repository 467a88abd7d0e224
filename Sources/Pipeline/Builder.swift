import Diagnostics
import Content
import Foundation

/// Runs the pipeline: load → index → editions → markdown → one-page report (with search and discovery beside it) → render →
/// assets → links → fingerprint → write.
public struct Builder: Sendable {
    /// The stages in order.
    public var stages: [any BuildStage]

    /// The standard pipeline; `write: false` stops before writing (for `check` and previews).
    public init(write: Bool = true) {
        stages = [LoadStage(), IndexStage(), EditionsStage(), EstimativeLanguageStage(), MarkdownStage(), BibliographyStage(),
                  StagesSideBySide(main: OnePageReportStage(), beside: [SearchStage(), DiscoveryStage()]),
                  RenderStage(), AssetStage(), LinkCheckStage(), FingerprintStage()]
        if write { stages.append(WriteStage()) }
    }

    /// Runs every stage over a fresh context; with a `cache` from earlier builds, redoes only what changed.
    public func run(_ options: BuildOptions, cache: BuildCache = BuildCache()) -> BuildResult {
        var context = BuildContext(options: options, cache: cache)
        var timings: [(String, Double)] = []
        let start = DispatchTime.now().uptimeNanoseconds
        for stage in stages {
            let stageStart = DispatchTime.now().uptimeNanoseconds
            stage.run(&context)
            timings.append((stage.name, Double(DispatchTime.now().uptimeNanoseconds - stageStart) / 1e9))
        }
        cache.forgetUnusedMemos()
        return BuildResult(context: context, timings: timings, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}

/// What a build produced.
public struct BuildResult: Sendable {
    /// The final context: diagnostics, files, graph.
    public var context: BuildContext
    /// Seconds each stage took, in order.
    public var timings: [(stage: String, seconds: Double)]
    /// Seconds in all.
    public var seconds: Double
    /// The number of HTML pages produced.
    public var pageCount: Int { context.files.keys.filter { $0.hasSuffix(".html") }.count }
    /// Every diagnostic, sorted by file and line.
    public var diagnostics: [Diagnostic] { context.diagnostics.sorted() }
    /// Whether the build succeeded.
    public var succeeded: Bool { !context.failed }
}
