import Diagnostics
import Content
import Foundation
import Site

/// What a build produced.
public struct BuildResult: Sendable {
    /// Every problem found, in the order found (`diagnostics` sorts them).
    private let found: [Diagnostic]
    /// The content the site was made from; nil when it could not be read, or the build was `reused`.
    public let content: ContentSet?
    /// The files of the site, by path below the output folder; empty when the build was `reused`.
    public let files: [String: Data]
    /// The pages rendered by this build rather than taken from the cache.
    public let renderedPages: Set<Route>
    /// The bodies processed by this build rather than taken from the cache.
    public let processedBodies: Set<Route>
    /// Seconds each step took, in order.
    public let timings: [(stage: String, seconds: Double)]
    /// Seconds in all.
    public let seconds: Double
    /// The number of HTML pages produced.
    public let pageCount: Int
    /// Whether the output already held this build's site, as its record showed, so nothing was made or written.
    public let reused: Bool

    /// The result of a build that ran its stages to the end.
    init(_ context: BuildContext, timings: [(stage: String, seconds: Double)], seconds: Double) {
        found = context.diagnostics
        content = context.content
        files = context.files
        renderedPages = context.made(RenderedPages.self)?.rendered ?? []
        processedBodies = context.made(PageBodies.self)?.processed ?? []
        self.timings = timings
        self.seconds = seconds
        pageCount = context.files.keys.filter { $0.hasSuffix(".html") }.count
        reused = false
    }

    /// The result of a build that made no site: its content could not be read, or it was `reused`.
    init(diagnostics: [Diagnostic], timings: [(stage: String, seconds: Double)], seconds: Double, pageCount: Int, reused: Bool) {
        found = diagnostics
        content = nil
        files = [:]
        renderedPages = []
        processedBodies = []
        self.timings = timings
        self.seconds = seconds
        self.pageCount = pageCount
        self.reused = reused
    }

    /// Every diagnostic, sorted by file and line.
    public var diagnostics: [Diagnostic] { found.sorted() }
    /// Whether the build succeeded.
    public var succeeded: Bool { !found.hasErrors }
}
