import Diagnostics
import Content
import Foundation
import Site
import Templates

/// The state a build's stages share. The reading steps (`ReportReading`) make it from the report
/// as read; each stage then reads what earlier ones left and adds its own.
public struct BuildContext: Sendable {
    /// The options the build was started with.
    public let options: BuildOptions
    /// Every problem found so far.
    public var diagnostics: [Diagnostic]
    /// The content, indexed: every document, and the links between them.
    public let graph: ReportGraph
    /// The loaded content.
    public var content: ContentSet { graph.content }
    /// The theme; nil when it has errors, so that the checks that need no templates still run.
    public let theme: Theme?
    /// The theme folder's files as read, its assets among them.
    let themeFiles: ThemeFiles
    /// The theme's words; the report's language with none when the theme could not be read
    /// (section titles then fall back to folder names).
    let strings: Strings
    /// What the build's inputs hash to.
    let inputs: InputFingerprints
    /// The earlier editions and what changed between them; nil when `site.yaml` lists none or none can be read.
    public let editions: EditionRecord?
    /// Every page of the site, `/changes/` with them when there are editions, listed once for the stages that need them.
    var plans: [PagePlan]
    /// Each page's Markdown rendered (after `markdown`), by route.
    public var bodies: [Route: RenderedBody] = [:]
    /// Per page, the pages linking to it (after `markdown`).
    public var backlinks: [Route: Set<Route>] = [:]
    /// The files under `assets/` with the names they are published under (after `assets`; none before).
    var assets = AssetNames([:], generated: [])
    /// The files of the site, by path below the output folder (after `render`).
    public var files: [String: Data] = [:]
    /// The pages rendered by this build rather than taken from the cache (after `render`).
    public var renderedPages: Set<Route> = []
    /// What each page's inputs hash to, by output file (after `render`): equal keys, equal bytes.
    var pageKeys: [String: Int] = [:]
    /// The bodies processed by this build rather than taken from the cache (after `markdown`).
    public var processedBodies: Set<Route> = []
    /// What earlier builds made; fresh for a full build.
    let cache: BuildCache
    /// What the inputs hashed to when the build began, for the record it leaves beside its output
    /// (`BuildRecord`); nil to leave none.
    let recordKey: String?
    /// Hears what the build is doing, for a progress line.
    let progress: BuildProgress?

    /// The context for the stages, from what the reading steps made.
    init(options: BuildOptions, read report: ReportReading.Report, cache: BuildCache, recordKey: String?, progress: BuildProgress?) {
        self.options = options
        diagnostics = report.diagnostics
        graph = report.graph
        theme = report.theme
        strings = report.strings
        themeFiles = report.themeFiles
        inputs = report.inputs
        editions = report.editions
        plans = report.plans
        self.cache = cache
        self.recordKey = recordKey
        self.progress = progress
    }

    /// Whether an error has been found.
    public var failed: Bool { diagnostics.hasErrors }
}

/// A page's Markdown after the passes: HTML, outline, and what it links to.
public struct RenderedBody: Sendable {
    /// The HTML of the body.
    public var html: String
    /// The headings with their ids, for the table of contents and anchor checks.
    public var headings: [HeadingSummary]
    /// The pages this body links to.
    public var linkedRoutes: Set<Route>
    /// The body as plain text, for search and word counts.
    public var plainText: String
    /// What the HTML and headings hash to, so the pages showing the body know when it changed.
    public var fingerprint: Int
    /// Every link and image as the author wrote it, for the link checks.
    public var links: [WrittenLink] = []
    /// The sources the body cites, in note order.
    public var notes: [CitedSource] = []
}

extension RenderedBody {
    /// What a body's HTML and headings hash to, for `fingerprint`.
    static func fingerprint(html: String, headings: [HeadingSummary]) -> Int {
        var hasher = Hasher()
        hasher.combine(SourceFingerprint.hash(html))
        for heading in headings {
            hasher.combine(heading.level)
            hasher.combine(heading.text)
            hasher.combine(heading.id)
        }
        return hasher.finalize()
    }
}

/// A heading of a rendered body.
public struct HeadingSummary: Sendable, Equatable {
    /// 1–6.
    public var level: Int
    /// The heading's text.
    public var text: String
    /// Its id in the page.
    public var id: String
}
