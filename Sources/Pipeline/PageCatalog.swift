import Content
import Site
import Templates

/// Every page the site has: where it goes, which template renders it, and how to make its view.
struct PagePlan: Sendable {
    var route: Route
    var template: String
    var title: String
    var summary: String?
    var kind: String
    /// The entity whose page this is; nil for the site's own pages and the section pages.
    var entity: EntityRef?
    /// Whether the page is one entity's (Open Graph's `article`) rather than a page of the site's own.
    var isArticle: Bool { entity != nil }
    var sources: [SourceReference] = []
    var updated: ReportDate?
    /// What the page got wrong and since put right.
    var corrections: [Correction] = []
    /// The "Changed since" note, on a page that changed since the previous edition (after `editions`).
    var changeNote: ChangeNote?
    /// What the page shows beyond the site, the navigation and its template.
    var reads: [BuildInput] = PageInputs.everyEntity
    /// The page kind's view model, made for the page's own linker.
    var details: @Sendable (ReportGraph, Linker) -> (any ViewModel)?
    /// For a page made from what other pages' bodies say (the bibliography lists the pages citing
    /// each source), what that hashes to, set by the stage that makes it.
    var shownKey: Int?
}

/// The list of pages and Markdown bodies of a report, from the registry of page kinds and the
/// site's own pages (overview, not-found page, one-page report, search).
enum PageCatalog {
    /// Every Markdown body, with the route of the page that shows it.
    static func bodies(of graph: ReportGraph) -> [BodyJob] {
        var all = PageKinds.all.flatMap { $0.bodies(of: graph) }
        if let overview = graph.content.overview {
            all.append(BodyJob(route: .home, template: "home", file: overview.file, markdown: overview.body, bodyLine: overview.bodyLine,
                               sources: overview.meta.common.sources, judgments: overview.meta.common.judgments))
        }
        return all
    }

    /// The templates of the site's own pages, with the view models their plans below give as details.
    static let ownTemplates: [String: [any ViewModel.Type]] = [
        "home": [PageView.self, HomeView.self],
        "not-found": [PageView.self],
        "report": [PageView.self, ReportPageView.self],
        "search": [PageView.self, SearchView.self],
        ChangesPage.template: [PageView.self] + ChangesPage.viewModels,
        "sources": [PageView.self, BibliographyView.self],
    ]

    /// Every page of the site: the overview, the sections' pages, the site's own pages, then every
    /// entity's page, each group in the registry's order.
    static func pages(of graph: ReportGraph, strings: Strings) -> [PagePlan] {
        let content = graph.content
        let site = content.site
        let home = PagePlan(route: .home, template: "home", title: content.overview?.meta.common.title ?? site.title,
                            summary: content.overview?.meta.common.summary ?? site.description, kind: "home",
                            sources: content.overview?.meta.common.sources ?? [], updated: content.overview?.meta.common.updated,
                            corrections: content.overview?.meta.common.corrections ?? [],
                            reads: PageInputs.everyEntity + [.frontMatter("Content/index.md")], details: { graph, linker in
                                var view = HomeView(graph: graph, linker: linker)
                                view.keyJudgments = KeyJudgments.views(of: graph, strings: linker.strings) { linker.url($0) + "#" + $1 }
                                return view
                            })
        let sections = PageKinds.all.flatMap { $0.sectionPages(of: graph) }.map { page in
            PagePlan(route: page.route, template: page.template, title: strings.sectionTitle(page.template, of: site),
                     summary: site.sections[page.template]?.summary, kind: page.template, details: page.details)
        }
        let own = [
            PagePlan(route: .notFound, template: "not-found", title: strings.sectionTitle("not-found", of: site),
                     summary: site.sections["not-found"]?.summary, kind: "not-found", reads: [], details: { _, _ in nil }),
            PagePlan(route: .report, template: "report", title: strings.sectionTitle("report", of: site),
                     summary: site.sections["report"]?.summary, kind: "report", details: { graph, linker in
                         ReportPageView(paper: site.pdf.paper.cssName, shortTitle: site.shortTitle ?? site.title,
                                        parts: ReportPart.outline(of: graph, strings: linker.strings))
                     }),
            PagePlan(route: .search, template: "search", title: strings.sectionTitle("search", of: site), summary: site.sections["search"]?.summary,
                     kind: "search", details: { graph, linker in SearchCoverage.view(of: graph, linker: linker) }),
        ] + (hasSources(graph) ? [
            // Its view needs the bodies' citations: the bibliography stage gives it.
            PagePlan(route: .bibliography, template: "sources", title: strings.sectionTitle("sources", of: site),
                     summary: site.sections["sources"]?.summary, kind: "sources",
                     reads: PageInputs.everyEntity + [.sharedSources, .frontMatter("Content/index.md")], details: { _, _ in nil }),
        ] : [])
        return [home] + sections + own + PageKinds.all.flatMap { $0.plans(of: graph) }
    }

    /// Whether the report has any source, and so a bibliography.
    static func hasSources(_ graph: ReportGraph) -> Bool {
        let content = graph.content
        return !content.sharedSources.isEmpty || !(content.overview?.common.sources.isEmpty ?? true)
            || graph.kinds.contains { kind in content.documents(of: kind).contains { !$0.common.sources.isEmpty } }
    }

    /// The navigation: the overview, the sections' pages, then free pages by `order` and title.
    static func navigation(of graph: ReportGraph, strings: Strings) -> [(title: String, route: Route)] {
        let site = graph.content.site
        let sections = PageKinds.all.flatMap { $0.sectionPages(of: graph) }.map { (strings.sectionTitle($0.template, of: site), $0.route) }
        let pages = FreePageKind.reportOrder(of: graph).map { (FreePageKind.title(of: $0, graph: graph), Route.entity(.page, $0.slug)) }
        return [(strings.sectionTitle("overview", of: site), .home)] + sections + pages
    }
}
