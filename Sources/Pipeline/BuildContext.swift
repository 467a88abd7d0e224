import Diagnostics
import Content
import Foundation
import Site
import Templates

/// The state a build's stages share. The reading steps (`ReportReading`) make it from the report
/// as read; each stage then adds files and diagnostics, and hands its product to the stages
/// after it (`BuildStage.Product`, read as `context[Product.self]`).
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
    /// Fixed but for the one page whose view depends on the bodies: the bibliography stage completes
    /// the `/sources/` plan once they say what is cited.
    var plans: [PagePlan]
    /// The files of the site, by path below the output folder, as the stages add them.
    public var files: [String: Data] = [:]
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

    /// What the stages have made so far, by product type.
    private var products: [ObjectIdentifier: any Sendable] = [:]
    /// The products the running stage lists in its `reads`, the only ones it may read.
    private var readable: Set<ObjectIdentifier> = []

    /// The product of an earlier stage. Reading one the running stage does not list in its
    /// `reads` is a mistake in the pipeline, caught on the first build that makes it.
    public subscript<Product: Sendable>(_ product: Product.Type) -> Product {
        let id = ObjectIdentifier(product)
        precondition(readable.contains(id), "a stage reads \(product) without listing it in its reads")
        guard let made = products[id] as? Product else { preconditionFailure("\(product) is read before a stage made it") }
        return made
    }

    /// A product for the build's result, which reports on whatever stages ran; nil when none made it.
    func made<Product: Sendable>(_ product: Product.Type) -> Product? {
        made(product as any Sendable.Type) as? Product
    }

    /// A product of the given type, as an existential, for passing products on unopened.
    func made(_ product: any Sendable.Type) -> (any Sendable)? {
        products[ObjectIdentifier(product)]
    }

    /// Runs `stage` on the context, letting it read what it lists, and keeps its product.
    mutating func run<Stage: BuildStage>(_ stage: Stage) {
        let outer = readable
        readable = Set(stage.reads.map { ObjectIdentifier($0) })
        let product = stage.run(&self)
        readable = outer
        keep(product)
    }

    /// Keeps a stage's product for the stages after it.
    mutating func keep(_ product: any Sendable) {
        guard type(of: product) != Void.self else { return }
        products[ObjectIdentifier(type(of: product))] = product
    }
}

/// A page's Markdown after the passes: HTML, outline, and what it links to.
public struct RenderedBody: Sendable {
    /// The HTML of the body.
    public var html: String
    /// The headings with their ids, for the table of contents and anchor checks.
    public var headings: [HeadingSummary]
    /// The pages this body links to.
    public var linkedRoutes: Set<Route>
    /// The body's distinct words as search finds them (`SearchIndex.words`): the search index's
    /// share of the body, kept instead of its whole plain text, which was as large as its HTML.
    public var searchWords: String
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
