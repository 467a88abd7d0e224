import Content
import Site
import Templates

/// Composes `/report/`: every page's prose and facts on one page in reading order (the overview,
/// then each page kind's part in the registry's order), with links between them turned
/// into anchors, so printing the page gives the whole report as one document.
public struct OnePageReportStage: BuildStage {
    public let name = "one-page report"

    /// The theme partial that lays out the report's sections.
    static let template = "partials/report-body"
    /// The theme partial of one page's entry, rendered on its own.
    static let entryTemplate = "partials/report-entry"

    public let reads: [any Sendable.Type] = [PageBodies.self]

    public init() {}

    public func run(_ context: inout BuildContext) -> OnePageReportBody {
        guard let theme = context.theme, !context.failed else { return OnePageReportBody() }
        let graph = context.graph
        let snapshot = context
        let key = context.publishingKey ^ context.inputs.key([.template(Self.template), .template(Self.entryTemplate)])
        return OnePageReportBody(body: context.cache.memo("report", key: key) {
            Self.body(graph: graph, theme: theme, context: snapshot)
        })
    }

    /// The report page's body: every part's facts and text, with links and ids rewritten.
    ///
    /// Each entry is made from what its own page reads, and rendered on its own, so a preview
    /// rebuild after an edit makes and renders again only the entries the edit reaches.
    static func body(graph: ReportGraph, theme: Theme, context: BuildContext) -> RenderedBody {
        let linker = Linker(page: .report, strings: theme.strings, explicitIndex: context.options.explicitIndex)
        var anchors = ReportAnchors()
        anchors.sitePath = context.sitePath
        let sections = ReportPart.all(of: graph, linker: linker, parallel: context.options.parallel, reuse: entryReuse(context))
        for section in sections {
            if let index = section.index { anchors.place(index, at: section.id) }
            for entry in section.entries { anchors.place(entry.route, at: entry.id) }
        }
        let bodies = context[PageBodies.self].bodies
        let placed = anchors
        let placement = anchors.key
        let cache = context.cache
        let parallel = context.options.parallel
        let templateKey = context.inputs.key([.template(Self.entryTemplate)])
        // The entries go into the page after it is rendered (see `HTMLSplice`).
        var splice = HTMLSplice()
        let view = ReportView(sections: sections.map { section in
            var notes = LinkNotes(part: section.id)
            // Each entry is rendered where its view is made, so its text is let go at once (holding
            // every entry's text until all were rendered cost a tenth of the peak memory).
            let rendered = section.entries.concurrentMap(inParallel: parallel) { entry in
                let view = ReportEntryView(id: entry.id, title: entry.title, summary: entry.summary, facts: entry.facts,
                                           content: bodies[entry.route].map { body in
                                               cache.memo("report:" + entry.route.path, key: body.fingerprint ^ placement) {
                                                   placed.rewrite(body.html, from: entry.route)
                                               }
                                           })
                return RenderedReportEntry(view, html: cache.memo("report-entry-html:" + entry.route.path, key: Self.key(of: view, template: templateKey)) {
                    theme.render(view, template: Self.entryTemplate)
                })
            }.map { entry in
                // Numbered in reading order, so they run through the part. Only the entry's text
                // holds links (its title, summary and facts are escaped text).
                var marked = entry
                marked.html = splice.placeholder(for: notes.mark(entry.html))
                return marked
            }
            return ReportSectionView(id: section.id, title: section.title, entries: rendered, notes: notes.views)
        }, keyJudgments: KeyJudgments.views(of: graph, strings: theme.strings) { route, id in
            "#" + (placed.anchor(of: route).map { "\($0)--\(id)" } ?? id)
        })
        var headings: [HeadingSummary] = []
        for section in sections {
            headings.append(HeadingSummary(level: 2, text: section.title, id: section.id))
            if section.entries.count > 1 {
                headings += section.entries.map { HeadingSummary(level: 3, text: $0.title, id: $0.id) }
            }
        }
        let html = splice.assembled(theme.render(view, template: Self.template))
        // The report repeats every page, so search leaves it out and it needs no text of its own.
        return RenderedBody(html: html, headings: headings, linkedRoutes: [], searchWords: "",
                            fingerprint: RenderedBody.fingerprint(html: html, headings: headings))
    }
}

extension OnePageReportStage {
    /// What an entry's HTML is made from: its view's texts, as bytes (a `String`'s own hash
    /// normalizes the text first, which took more time than rendering), and the entry template.
    static func key(of view: ReportEntryView, template: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(template)
        for text in [view.id, view.title, view.summary ?? "", view.content ?? ""] + view.facts.flatMap({ [$0.label, $0.value] }) {
            hasher.combine(SourceFingerprint.hash(text))
        }
        hasher.combine(view.summary == nil)
        hasher.combine(view.content == nil)
        hasher.combine(view.facts.count)
        return hasher.finalize()
    }

    /// How the report's entries are kept between builds: under the inputs of each entry's own
    /// page (its facts show what the page shows), with the entry template's, so an entry is made
    /// again when what its page reads changes.
    static func entryReuse(_ context: BuildContext) -> ReportEntryReuse {
        let reads = Dictionary(context.plans.map { ($0.route, $0.reads) }, uniquingKeysWith: { first, _ in first })
        let inputs = context.inputs
        let common = PageInputs.common(template: Self.entryTemplate)
        return ReportEntryReuse(cache: context.cache) { route in
            reads[route].map { inputs.key(common + $0) }
        }
    }
}
