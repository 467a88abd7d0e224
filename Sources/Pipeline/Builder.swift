import Diagnostics
import Content
import Foundation

/// Runs the pipeline: load → index → editions → estimative language → markdown → bibliography → one-page report
/// (with search and discovery beside it) → assets → render → links → fingerprint → write.
public struct Builder: Sendable {
    /// The stages in order.
    public var stages: [any BuildStage]
    /// Whether a build may be answered from the record of the last build into its output
    /// (`BuildRecord`, the persistent build cache) and leaves one for the next.
    public var keepsRecord: Bool

    /// The standard pipeline; `write: false` stops before writing (for `check` and previews).
    /// `keepingRecord` lets a build of unchanged inputs into an untouched output stop at once (`dossier build`).
    public init(write: Bool = true, keepingRecord: Bool = false) {
        stages = [LoadStage(), IndexStage(), EditionsStage(), EstimativeLanguageStage(), MarkdownStage(), BibliographyStage(),
                  StagesSideBySide(main: OnePageReportStage(), beside: [SearchStage(), DiscoveryStage()]),
                  AssetStage(), RenderStage(), LinkCheckStage(), FingerprintStage()]
        if write { stages.append(WriteStage()) }
        keepsRecord = write && keepingRecord
    }

    /// Runs every stage over a fresh context; with a `cache` from earlier builds, redoes only what changed.
    /// `progress` hears which stage runs and how many pages it has done.
    public func run(_ options: BuildOptions, cache: BuildCache = BuildCache(), progress: BuildProgress? = nil) -> BuildResult {
        let start = DispatchTime.now().uptimeNanoseconds
        func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let key = keepsRecord ? BuildRecord.key(of: options) : nil
        if let key, let record = BuildRecord.reusable(for: options, key: key) {
            var context = BuildContext(options: options, cache: cache)
            context.diagnostics = record.diagnostics
            return BuildResult(context: context, timings: [("cached", seconds(since: start))], seconds: seconds(since: start),
                               pageCount: record.pages, reused: true)
        }
        var context = BuildContext(options: options, cache: cache)
        context.recordKey = key
        context.progress = progress
        var timings: [(String, Double)] = []
        for stage in stages {
            let stageStart = DispatchTime.now().uptimeNanoseconds
            progress?.begin(stage.name)
            stage.run(&context)
            timings.append((stage.name, seconds(since: stageStart)))
        }
        cache.forgetUnusedMemos()
        return BuildResult(context: context, timings: timings, seconds: seconds(since: start),
                           pageCount: context.files.keys.filter { $0.hasSuffix(".html") }.count, reused: false)
    }
}

/// What a build produced.
public struct BuildResult: Sendable {
    /// The final context: diagnostics, files, graph (only the diagnostics when the build was `reused`).
    public var context: BuildContext
    /// Seconds each stage took, in order.
    public var timings: [(stage: String, seconds: Double)]
    /// Seconds in all.
    public var seconds: Double
    /// The number of HTML pages produced.
    public var pageCount: Int
    /// Whether the output already held this build's site, as its record showed, so nothing was made or written.
    public var reused: Bool
    /// Every diagnostic, sorted by file and line.
    public var diagnostics: [Diagnostic] { context.diagnostics.sorted() }
    /// Whether the build succeeded.
    public var succeeded: Bool { !context.failed }
}
