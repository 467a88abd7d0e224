import Diagnostics
import Content
import Foundation

/// Runs the pipeline: the reading steps (load → index → editions, `ReportReading`), then the stages
/// over the context they make: estimative language → markdown → bibliography → one-page report (with
/// search and discovery beside it) → assets → render → links → fingerprint → write.
public struct Builder: Sendable {
    /// The stages in order, after the reading steps.
    public var stages: [any BuildStage]
    /// Whether a build may be answered from the record of the last build into its output
    /// (`BuildRecord`, the persistent build cache) and leaves one for the next.
    public let keepsRecord: Bool
    /// The folder the site is written into; nil when it is only made (checked, previewed).
    public let output: URL?

    /// A builder that makes the site without writing it: `check`, and the preview, which serves it from memory.
    public init() {
        self.init(output: nil, keepingRecord: false)
    }

    /// A builder that writes the site into `output`, replacing it only when the build succeeds.
    /// `keepingRecord` lets a build of unchanged inputs into an untouched output stop at once (`dossier build`).
    public init(writingInto output: URL, keepingRecord: Bool = false) {
        self.init(output: output, keepingRecord: keepingRecord)
    }

    private init(output: URL?, keepingRecord: Bool) {
        stages = [EstimativeLanguageStage(), MarkdownStage(), BibliographyStage(),
                  StagesSideBySide(main: OnePageReportStage(), beside: [SearchStage(), DiscoveryStage()]),
                  AssetStage(), RenderStage(), LinkCheckStage(), FingerprintStage()]
        if let output { stages.append(WriteStage(into: output)) }
        self.output = output
        keepsRecord = output != nil && keepingRecord
    }

    /// Reads the report and runs every stage over it; with a `cache` from earlier builds, redoes only
    /// what changed. `progress` hears which step runs and how many pages it has done.
    public func run(_ options: BuildOptions, cache: BuildCache = .forOneBuild(), progress: BuildProgress? = nil) -> BuildResult {
        let disorder = StageOrder.problems(in: stages)
        precondition(disorder.isEmpty, "the stages are out of order: " + disorder.joined(separator: "; "))
        let start = DispatchTime.now().uptimeNanoseconds
        func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var timings: [(String, Double)] = []
        func timed<Value>(_ step: String, _ work: () -> Value) -> Value {
            let stepStart = DispatchTime.now().uptimeNanoseconds
            progress?.begin(step)
            defer { timings.append((step, seconds(since: stepStart))) }
            return work()
        }
        let key = keepsRecord ? output.flatMap { BuildRecord.key(of: options, output: $0) } : nil
        if let key, let output, let record = BuildRecord.reusable(for: options, output: output, key: key) {
            return BuildResult(diagnostics: record.diagnostics, timings: [("cached", seconds(since: start))], seconds: seconds(since: start),
                               pageCount: record.pages, reused: true)
        }
        let loaded = timed("load") { ReportReading.load(options, cache: cache) }
        guard var report = timed("index", { ReportReading.index(loaded) }) else {
            return BuildResult(diagnostics: loaded.diagnostics, timings: timings, seconds: seconds(since: start), pageCount: 0, reused: false)
        }
        timed("editions") { ReportReading.editions(of: &report, options: options, cache: cache) }
        var context = BuildContext(options: options, read: report, cache: cache, recordKey: key, progress: progress)
        for stage in stages {
            timed(stage.name) { context.run(stage) }
        }
        cache.forgetUnusedMemos()
        return BuildResult(context, timings: timings, seconds: seconds(since: start))
    }
}
