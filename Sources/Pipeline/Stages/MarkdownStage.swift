import Diagnostics
import Content
import Markdown
import Site
import Templates

/// Runs the cmark passes over every page's Markdown: heading ids, entity links resolved to relative
/// URLs, directive blocks rendered; then renders the HTML. Pages are processed in parallel.
public struct MarkdownStage: BuildStage {
    public let name = "markdown"

    public init() {}

    public func run(_ context: inout BuildContext) -> PageBodies {
        guard let theme = context.theme else { return PageBodies() }
        let graph = context.graph
        let jobs = PageCatalog.bodies(of: graph)
        let options = context.options
        let drafts = graph.drafts
        let inputs = context.inputs
        // Each body is looked up once: at 10,000 pages the lookups (each hashing what the body read) were most of a preview edit's markdown stage.
        let cache = context.cache
        let cached = jobs.concurrentMap(inParallel: options.parallel) { cache.body($0.route, file: $0.file, inputs: inputs) }
        let stale = zip(jobs, cached).filter { $0.1 == nil }.map(\.0)
        let progress = context.progress
        progress?.expect(stale.count)
        let processed = Dictionary(stale.concurrentMap(inParallel: context.options.parallel) { job in
            defer { progress?.advance() }
            return Self.process(job, graph: graph, theme: theme, options: options, drafts: drafts, inputs: inputs)
        }, uniquingKeysWith: { first, _ in first })
        context.cache.keep(bodies: processed, of: Set(jobs.map(\.route)))
        var made = PageBodies(processed: Set(stale.map(\.route)))
        for (job, cached) in zip(jobs, cached) {
            // Two files claiming one route: only the body of the file processed is the route's.
            guard let entry = cached ?? processed[job.route], entry.file == job.file else { continue }
            made.bodies[job.route] = entry.body
            context.diagnostics += entry.diagnostics
            for target in entry.body.linkedRoutes where target != job.route {
                made.backlinks[target, default: []].insert(job.route)
            }
        }
        return made
    }

    /// Processes one body, noting every input it reads so a later build knows when to process it again.
    static func process(_ job: BodyJob, graph: ReportGraph, theme: Theme, options: BuildOptions,
                        drafts: [ContentKind: Set<String>], inputs: InputFingerprints) -> (route: Route, entry: BuildCache.BodyEntry) {
        let document = MarkdownDocument(parsing: job.markdown)
        let linker = Linker(page: job.route, strings: theme.strings, explicitIndex: options.explicitIndex)
        var problems: [Diagnostic] = []
        var linked: Set<Route> = []
        // Heading ids keep clear of the ids the page's template writes, so the template is an input too.
        var reads: [BuildInput] = [.site, .frontMatter(job.file), .body(job.file), .template(job.template)]
        func location(_ position: SourcePosition) -> SourceLocation {
            SourceLocation(file: job.file, line: job.bodyLine + position.line - 1, column: position.column)
        }

        // The judgments come before the text and the notes after it, so their ids are kept clear of too.
        reads += [.template(CitationPass.template), .template(JudgmentsSection.template)]
        let headings = document.assignHeadingIDs(reserving: theme.sectionIDs(of: job.template).union(theme.sectionIDs(of: CitationPass.template))
            .union(theme.sectionIDs(of: JudgmentsSection.template)).union(JudgmentsSection.ids(count: job.judgments.count)))
        let citations = CitationPass(page: job.sources, shared: graph.content.sharedSources, judgments: job.judgments.map(\.cites))
            .run(on: document, location: location)
        problems += citations.problems
        if citations.cites { reads.append(.sharedSources) }
        var written: [WrittenLink] = []
        document.rewriteLinks { link in
            written.append(WrittenLink(link, at: location(link.position)))
            guard let entityLink = EntityLink(link.destination, kinds: graph.kinds) else { return nil }
            reads.append(entityLink.input)
            switch LinkResolver(graph: graph, linker: linker, drafts: drafts).resolve(entityLink) {
            case .success(let resolved):
                if let route = resolved.route { linked.insert(route) }
                return resolved.url
            case .failure(let problem):
                problems.append(Diagnostic(.error, at: location(link.position), code: problem.code, problem.message, hint: problem.hint))
                return nil
            }
        }
        let directives = DirectiveRenderer(graph: graph, theme: theme, linker: linker)
        document.replaceDirectives(named: Directives.names) { block in
            reads += Directives.inputs(named: block.name)
            let rendered = directives.render(block, file: job.file, bodyLine: job.bodyLine)
            problems += rendered.problems
            return rendered.html
        }
        if !graph.content.site.rawHTML {
            for position in document.rawHTMLPositions {
                problems.append(Diagnostic(.warning, at: location(position), code: .rawHTMLOmitted,
                    "raw HTML is left out of the page", hint: "use Markdown, or set 'raw_html: true' in site.yaml"))
            }
        }
        let html = JudgmentsSection.html(job.judgments, notes: citations.judgmentNotes, theme: theme)
            + document.renderHTML(allowRawHTML: graph.content.site.rawHTML)
            + CitationPass.notesHTML(citations.notes, theme: theme, asOf: graph.content.site.asOf)
        let summaries = headings.map { HeadingSummary(level: $0.level, text: $0.text, id: $0.id) }
        // Search finds a page by its judgments too.
        let plainText = ([document.plainText] + job.judgments.map(\.text.value)).joined(separator: "\n")
        let body = RenderedBody(html: html, headings: summaries, linkedRoutes: linked, searchWords: SearchIndex.words(in: plainText),
                                fingerprint: RenderedBody.fingerprint(html: html, headings: summaries), links: written,
                                notes: citations.notes)
        return (job.route, BuildCache.BodyEntry(file: job.file, reads: reads, key: inputs.key(reads), body: body, diagnostics: problems))
    }
}

/// One page's Markdown to process.
struct BodyJob: Sendable {
    var route: Route
    /// The template of the page that shows the body.
    var template: String
    var file: String
    var markdown: String
    var bodyLine: Int
    /// The page's own sources, which its text may cite.
    var sources: [SourceReference]
    /// The page's judgments, shown before its text.
    var judgments: [Judgment] = []
}
