import Diagnostics
import Content
import Foundation
import Site
import Templates

/// The state a build's stages share, each stage reading what earlier ones left and adding its own.
public struct BuildContext: Sendable {
    /// The options the build was started with.
    public let options: BuildOptions
    /// Every problem found so far.
    public var diagnostics: [Diagnostic] = []
    /// The loaded content (after `load`).
    public var content: ContentSet?
    /// Drafts left out of the build, so links to them can say so.
    public var skippedDrafts: [ContentKind: Set<String>] = [:]
    /// The theme (after `load`).
    public var theme: Theme?
    /// The theme's words; none when the theme could not be read, so that the checks after `load`
    /// still run (section titles then fall back to folder names).
    var strings: Strings { theme?.strings ?? Strings(language: content?.site.language ?? Strings.reference, entries: [:]) }
    /// The report graph (after `index`).
    public var graph: ReportGraph?
    /// Every page of the site (after `index`, with `/changes/` after `editions`), listed once for the stages that need them.
    var plans: [PagePlan] = []
    /// The earlier editions and what changed between them (after `editions`); nil when `site.yaml` lists none or none can be read.
    public var editions: EditionRecord?
    /// Each page's Markdown rendered (after `markdown`), by route.
    public var bodies: [Route: RenderedBody] = [:]
    /// Per page, the pages linking to it (after `markdown`).
    public var backlinks: [Route: Set<Route>] = [:]
    /// The files under `assets/` with the names they are published under (after `assets`).
    var assets: AssetNames?
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
    /// What the build's inputs hash to (after `load`).
    var inputs = InputFingerprints()
    /// The key of the record the build leaves beside its output (`BuildRecord`); nil to leave none.
    var recordKey: String?
    /// Hears what the build is doing, for a progress line.
    var progress: BuildProgress?

    /// A fresh context, for a build that reuses what `cache` holds.
    public init(options: BuildOptions, cache: BuildCache = BuildCache()) {
        self.options = options
        self.cache = cache
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
