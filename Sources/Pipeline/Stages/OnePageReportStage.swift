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

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard let theme = context.theme, !context.failed else { return }
        let graph = context.graph
        let snapshot = context
        let key = context.publishingKey ^ context.inputs.key([.template(Self.template)])
        context.bodies[.report] = context.cache.memo("report", key: key) {
            Self.body(graph: graph, theme: theme, context: snapshot)
        }
    }

    /// The report page's body: every part's facts and text, with links and ids rewritten.
    static func body(graph: ReportGraph, theme: Theme, context: BuildContext) -> RenderedBody {
        let linker = Linker(page: .report, strings: theme.strings, explicitIndex: context.options.explicitIndex)
        var anchors = ReportAnchors()
        anchors.sitePath = context.sitePath
        let sections = ReportPart.all(of: graph, linker: linker, parallel: context.options.parallel)
        for section in sections {
            if let index = section.index { anchors.place(index, at: section.id) }
            for entry in section.entries { anchors.place(entry.route, at: entry.id) }
        }
        let bodies = context.bodies
        let placed = anchors
        let placement = anchors.key
        let view = ReportView(sections: sections.map { section in
            var notes = LinkNotes(part: section.id)
            let entries = section.entries.concurrentMap(inParallel: context.options.parallel) { entry in
                ReportEntryView(id: entry.id, title: entry.title, summary: entry.summary, facts: entry.facts,
                                content: bodies[entry.route].map { body in
                                    context.cache.memo("report:" + entry.route.path, key: body.fingerprint ^ placement) {
                                        placed.rewrite(body.html, from: entry.route)
                                    }
                                })
            }.map { entry in
                // Numbered in reading order, so they run through the part.
                var marked = entry
                marked.content = entry.content.map { notes.mark($0) }
                return marked
            }
            return ReportSectionView(id: section.id, title: section.title, entries: entries, notes: notes.views)
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
        let html = theme.render(view, template: Self.template)
        // The report repeats every page, so search leaves it out and it needs no text of its own.
        return RenderedBody(html: html, headings: headings, linkedRoutes: [], plainText: "",
                            fingerprint: RenderedBody.fingerprint(html: html, headings: headings))
    }
}
