import Diagnostics
import Content
import Site
import Templates

/// A kind of page of the report: where its files and pages live (`DocumentKind`), how its pages
/// are made, and what it adds to the section indexes, the one-page report, the feed and the
/// incremental build. Every kind is one type conforming to this protocol, registered once in
/// `PageKinds.all`; the loader, entity links, routes, the template checker, `dossier new`, the
/// navigation, the report and the feed are all derived from that list.
protocol PageKind: DocumentKind {
    /// The view models a page of the kind renders with besides `PageView`, for the template checker.
    static var viewModels: [any ViewModel.Type] { get }
    /// The section index (`countries/`) and any other pages the section has (`memberships/`), in
    /// navigation order; none for a kind without an index.
    static var sectionPages: [SectionPage] { get }
    /// Whether the section's pages exist when the report has no page of the kind (default: yes).
    static var sectionShownWhenEmpty: Bool { get }
    /// The kind's view of one page (nil for a page that shows only its text).
    static func view(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> (any ViewModel)?
    /// The title readers see (default: the front matter's `title`, else the slug).
    static func title(of document: Document<Meta>, graph: ReportGraph) -> String
    /// What a page of the kind shows beyond its own file, the site and the navigation, so a change
    /// reaches exactly the pages showing it.
    static func reads(_ document: Document<Meta>, graph: ReportGraph) -> [BuildInput]
    /// In lists of the pages that name an entity ("Events" on a country's page): the note beside
    /// the link, and the key the list is sorted by.
    static func mention(_ document: Document<Meta>, graph: ReportGraph, strings: Strings) -> (note: String?, sortKey: String)
    /// The kind's part of the one-page report: its pages in reading order; empty leaves it out.
    static func reportOrder(of graph: ReportGraph) -> [Document<Meta>]
    /// The kind's pages in the order the section's index lists them, which their previous and next
    /// links follow (default: `reportOrder`).
    static func sectionOrder(of graph: ReportGraph) -> [Document<Meta>]
    /// The facts a page shows at the head of its part in the one-page report.
    static func reportFacts(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> [(label: String, value: String?)]
    /// The name of the report's part for the kind in `site.yaml`'s `sections` (default: the folder).
    static var reportSection: String { get }
    /// Whether the Atom feed carries the kind's pages.
    static var inFeed: Bool { get }
    /// Whether a page of the kind that nothing links to is worth a warning.
    static var reportsOrphans: Bool { get }
    /// Whether the kind's front matter names other entities, whose pages then list it.
    static var namesOtherEntities: Bool { get }
    /// Whether a slug joins two parties' slugs with `--` (`russia--ukraine`), as a relation's does.
    static var slugJoinsParties: Bool { get }
}

/// A page of a section beyond the entity pages: the index, the membership matrix.
struct SectionPage {
    /// Its address.
    var route: Route
    /// Its template, which is also its CSS kind and its name in `site.yaml`'s `sections`.
    var template: String
    /// The view models its template renders with besides `PageView`.
    var viewModels: [any ViewModel.Type]
    /// Its view.
    var details: @Sendable (ReportGraph, Linker) -> (any ViewModel)?
}

extension PageKind {
    static func title(of document: Document<Meta>, graph: ReportGraph) -> String { document.meta.common.title ?? document.slug }
    static func mention(_ document: Document<Meta>, graph: ReportGraph, strings: Strings) -> (note: String?, sortKey: String) {
        (nil, title(of: document, graph: graph))
    }
    static func reportOrder(of graph: ReportGraph) -> [Document<Meta>] {
        // Each title made once, not in every comparison: a relation's is made from its parties'.
        documents(in: graph).map { (title: title(of: $0, graph: graph), document: $0) }.sorted { $0.title < $1.title }.map(\.document)
    }
    static func sectionOrder(of graph: ReportGraph) -> [Document<Meta>] { reportOrder(of: graph) }
    static func reportFacts(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> [(label: String, value: String?)] { [] }
    static var reportSection: String { kind.folder }
    static var inFeed: Bool { false }
    static var reportsOrphans: Bool { false }
    static var namesOtherEntities: Bool { false }
    static var slugJoinsParties: Bool { false }
    static var sectionShownWhenEmpty: Bool { true }

    /// The section's pages this build has.
    static func sectionPages(of graph: ReportGraph) -> [SectionPage] {
        sectionShownWhenEmpty || !documents(in: graph).isEmpty ? sectionPages : []
    }

    /// The templates of the kind's pages and of its section's, each with the view models in scope at
    /// its top, for the template checker.
    static var templates: [String: [any ViewModel.Type]] {
        var templates = [kind.id: [PageView.self] + viewModels]
        for page in sectionPages { templates[page.template] = [PageView.self] + page.viewModels }
        return templates
    }

    /// Every field its front matter takes, the common ones included.
    static var fieldNames: [String] { CommonFields.fieldNames + Meta.fieldNames }

    /// The text of a new file of the kind (`dossier new`).
    static func archetype(slug: String) -> String { Meta.archetype(slug: slug) }

    /// The kind's documents in this build.
    static func documents(in graph: ReportGraph) -> [Document<Meta>] {
        graph.content.documents(kind)
    }

    /// A page per document.
    static func plans(of graph: ReportGraph) -> [PagePlan] {
        documents(in: graph).map { document in
            let common = document.meta.common
            return PagePlan(route: .entity(kind, document.slug), template: kind.id, title: title(of: document, graph: graph),
                            summary: common.summary, kind: kind.id, entity: EntityRef(kind, document.slug), sources: common.sources, updated: common.updated, corrections: common.corrections,
                            reads: [.entity(EntityRef(kind, document.slug))] + reads(document, graph: graph)
                                + PageKinds.mentioning.map(BuildInput.every),
                            details: { graph, linker in view(document, graph: graph, linker: linker) })
        }
    }

    /// Each document's Markdown, with the page that shows it.
    static func bodies(of graph: ReportGraph) -> [BodyJob] {
        documents(in: graph).map {
            BodyJob(route: .entity(kind, $0.slug), template: kind.id, file: $0.file, markdown: $0.body, bodyLine: $0.bodyLine,
                    sources: $0.meta.common.sources, judgments: $0.meta.common.judgments)
        }
    }

    /// The link to each document that names `ref`, with its note and sort key.
    static func mentions(of ref: EntityRef, graph: ReportGraph, linker: Linker) -> [(link: LinkView, sortKey: String)] {
        (graph.referencedBy[ref] ?? []).filter { $0.kind == kind }.compactMap { source in
            guard let document = graph.document(source) as? Document<Meta> else { return nil }
            let mention = mention(document, graph: graph, strings: linker.strings)
            return (LinkView(title: title(of: document, graph: graph), url: linker.url(source), note: mention.note), mention.sortKey)
        }
    }

    /// The kind's pages with their judgments, in the one-page report's order.
    static func judgedPages(of graph: ReportGraph) -> [JudgedPage] {
        reportOrder(of: graph).map { JudgedPage(route: .entity(kind, $0.slug), title: title(of: $0, graph: graph), judgments: $0.meta.common.judgments) }
    }

    /// Whether the kind has a part in the one-page report.
    static func hasReportEntries(in graph: ReportGraph) -> Bool {
        !reportOrder(of: graph).isEmpty
    }

    /// The kind's part of the one-page report.
    static func reportEntries(of graph: ReportGraph, linker: Linker, parallel: Bool = true, reuse: ReportEntryReuse? = nil) -> [ReportEntry] {
        reportOrder(of: graph).concurrentMap(inParallel: parallel) { document in
            let route = Route.entity(kind, document.slug)
            func make() -> ReportEntry {
                ReportEntry(route: route, id: ReportAnchors.anchor(kind, document.slug),
                            title: title(of: document, graph: graph), summary: document.meta.common.summary,
                            facts: reportFacts(document, graph: graph, linker: linker))
            }
            return reuse?.entry(route, make: make) ?? make()
        }
    }

    /// Warnings for pages of the kind that nothing leads to.
    static func orphans(referenced: Set<Route>, graph: ReportGraph) -> [Diagnostic] {
        guard reportsOrphans else { return [] }
        return documents(in: graph).compactMap { document in
            guard !referenced.contains(.entity(kind, document.slug)) else { return nil }
            return Diagnostic(.warning, at: document.start, code: .orphanPage,
                              "nothing in the report links to \(kind.noun) '\(document.slug)'",
                              hint: "link it from a related page with [\(document.meta.common.title ?? document.slug)](\(kind.scheme ?? kind.id):\(document.slug))")
        }
    }
}
