import Content
import Foundation
import Site
import Templates

/// Renders every page through its template, in parallel, into the context's files.
public struct RenderStage: BuildStage {
    public let name = "render"

    public let reads: [any Sendable.Type] = [PageBodies.self, OnePageReportBody.self, AssetNames.self]

    public init() {}

    public func run(_ context: inout BuildContext) -> RenderedPages {
        guard let theme = context.theme, !context.failed else { return RenderedPages() }
        let graph = context.graph
        let plans = context.plans
        let surroundings = Surroundings(context, strings: theme.strings)
        let snapshot = context
        let keys = plans.map { Self.key(of: $0, context: snapshot, surroundings: surroundings) }
        var made = RenderedPages(keys: Dictionary(zip(plans.map(\.route.outputFile), keys), uniquingKeysWith: { first, _ in first }))
        let stale = zip(plans, keys).filter { context.cache.page($0.0.route, key: $0.1) == nil }
        let progress = context.progress
        progress?.expect(stale.count)
        let rendered = stale.concurrentMap(inParallel: context.options.parallel) { plan, key in
            defer { progress?.advance() }
            return (plan.route, BuildCache.PageEntry(key: key, data: Self.render(plan, graph: graph, theme: theme, context: snapshot,
                                                                                 surroundings: surroundings)))
        }
        let routes = Set(plans.map(\.route))
        context.cache.keep(pages: Dictionary(rendered, uniquingKeysWith: { first, _ in first }), of: routes)
        made.rendered = Set(stale.map(\.0.route))
        for (plan, key) in zip(plans, keys) {
            if let data = context.cache.page(plan.route, key: key) { context.files[plan.route.outputFile] = data }
        }
        return made
    }

    /// One value for everything a page is made from: the inputs it reads, its body, and its back-links.
    static func key(of plan: PagePlan, context: BuildContext, surroundings: Surroundings) -> Int {
        let (titles, trails) = (surroundings.titles, surroundings.trails)
        var hasher = Hasher()
        hasher.combine(context.inputs.key(PageInputs.common(template: plan.template) + plan.reads))
        hasher.combine(surroundings.bodies[plan.route]?.fingerprint)
        hasher.combine(plan.shownKey)
        hasher.combine(context.options.printedEdition != nil)
        hasher.combine(surroundings.assets.linkedKey)
        hasher.combine(plan.changeNote)
        hasher.combine(context.editions != nil)
        // A neighbour's new title or a page added beside it changes the page's trail.
        if let place = trails.places[plan.route] {
            hasher.combine(place)
            for route in [place.section, place.previous, place.next].compactMap({ $0 }) { hasher.combine(titles[route]) }
        }
        for link in backlinks(of: plan.route, surroundings: surroundings) {
            hasher.combine(link.title)
            hasher.combine(link.route)
        }
        return hasher.finalize()
    }

    /// The pages linking to `route`, by title.
    static func backlinks(of route: Route, surroundings: Surroundings) -> [(title: String, route: Route)] {
        (surroundings.backlinks[route] ?? []).sorted().map { (surroundings.titles[$0] ?? $0.path, $0) }.sorted { $0.title < $1.title }
    }

    /// The page's file. Its body goes into the page after the template has rendered it (see `HTMLSplice`).
    static func render(_ plan: PagePlan, graph: ReportGraph, theme: Theme, context: BuildContext, surroundings: Surroundings) -> Data {
        let (titles, navigation, trails) = (surroundings.titles, surroundings.navigation, surroundings.trails)
        let site = graph.content.site
        // The 404 page is served at any depth, so its links start from the path the site is served under.
        var linker = plan.route == .notFound
            ? Linker(page: plan.route, strings: theme.strings, explicitIndex: context.options.explicitIndex, absoluteRoot: context.sitePath)
            : Linker(page: plan.route, strings: theme.strings, explicitIndex: context.options.explicitIndex)
        linker.publishedNames = surroundings.assets.linked
        let body = surroundings.bodies[plan.route]
        var splice = HTMLSplice()
        var view = PageView(
            site: SiteView(site, strings: theme.strings), title: plan.title, summary: plan.summary, kind: plan.kind,
            canonical: site.baseURL + plan.route.path, home: linker.url(.home),
            stylesheet: linker.url(file: "assets/site.css"),
            nav: navigation.map { LinkView(title: $0.title, url: linker.url($0.route), current: $0.route == plan.route) },
            content: body.map { splice.placeholder(for: $0.html) },
            toc: Self.outline(body?.headings ?? []),
            backlinks: backlinks(of: plan.route, surroundings: surroundings).map { LinkView(title: $0.title, url: linker.url($0.route)) },
            sources: plan.sources.map { SourceView($0, asOf: site.asOf, strings: theme.strings) },
            updated: plan.updated.map(theme.strings.date),
            details: plan.details(graph, linker))
        view.icon = linker.url(file: "assets/favicon.ico")
        view.cite = PageCitation.view(of: plan, url: view.canonical, site: site, strings: theme.strings)
        view.mentions = plan.entity.map { mentions(of: $0, graph: graph, linker: linker) } ?? []
        view.links = PublishingLinks(search: linker.url(.search), feed: linker.url(file: AtomFeed.file), report: linker.url(.report),
                                     openGraphType: plan.isArticle ? "article" : "website")
        view.links.sources = surroundings.hasBibliography ? linker.url(.bibliography) : nil
        if context.options.printedEdition != nil { view.links.pdf = linker.url(file: PrintedEditionStep.file) }
        if context.editions != nil { view.links.changes = linker.url(ChangesPage.route) }
        view.changes = plan.changeNote.map { note in
            ChangeNoteView(text: theme.strings[.changesNote, ["date": theme.strings.date(note.since)]],
                           url: linker.url(ChangesPage.route) + "#" + note.fragment)
        }
        view.corrections = plan.corrections.map { CorrectionView($0, strings: theme.strings) }
        view.trail = trails.places[plan.route].map { place in
            func link(_ route: Route) -> LinkView { LinkView(title: titles[route] ?? route.path, url: linker.url(route)) }
            return TrailView(home: LinkView(title: theme.strings.sectionTitle("overview", of: site), url: linker.url(.home)),
                             section: link(place.section), current: plan.title, previous: place.previous.map(link), next: place.next.map(link))
        }
        return splice.assembledData(theme.render(view, template: plan.template))
    }

    /// What the pages are made from besides their own plans: the earlier stages' products, and
    /// what every page shows around its content, found once for the build (finding it per page
    /// made the render stage grow with the square of the report's size).
    struct Surroundings: Sendable {
        /// Every page's title, by route.
        let titles: [Route: String]
        /// The site's navigation.
        let navigation: [(title: String, route: Route)]
        /// Each entity page's way up to its section and its neighbours.
        let trails: SectionTrails
        /// Whether the report has a bibliography page to link.
        let hasBibliography: Bool
        /// Every page's body, the one-page report's with them.
        let bodies: [Route: RenderedBody]
        /// Per page, the pages whose text links to it.
        let backlinks: [Route: Set<Route>]
        /// The published names of the assets.
        let assets: AssetNames

        init(_ context: BuildContext, strings: Strings) {
            let (plans, graph) = (context.plans, context.graph)
            let pages = context[PageBodies.self]
            bodies = pages.including(context[OnePageReportBody.self])
            backlinks = pages.backlinks
            assets = context[AssetNames.self]
            titles = Dictionary(plans.map { ($0.route, $0.title) }, uniquingKeysWith: { first, _ in first })
            navigation = PageCatalog.navigation(of: graph, strings: strings)
            trails = SectionTrails(graph: graph)
            hasBibliography = PageCatalog.hasSources(graph)
        }
    }

    /// The pages of each kind that name `ref` in their front matter, in the kind's order.
    static func mentions(of ref: EntityRef, graph: ReportGraph, linker: Linker) -> [MentionGroupView] {
        PageKinds.all.compactMap { kind in
            let items = kind.mentions(of: ref, graph: graph, linker: linker).sorted { ($0.sortKey, $0.link.title) < ($1.sortKey, $1.link.title) }
            guard !items.isEmpty else { return nil }
            return MentionGroupView(id: kind.kind.folder, title: linker.strings.sectionTitle(kind.kind.folder, of: graph.content.site), items: items.map(\.link))
        }
    }

    /// The table of contents: level-2 and level-3 headings, when there are at least three.
    static func outline(_ headings: [HeadingSummary]) -> [HeadingView] {
        let entries = headings.filter { (2...3).contains($0.level) }
        guard entries.count >= 3 else { return [] }
        return entries.map { HeadingView(level: $0.level, text: $0.text, id: $0.id, nested: $0.level > 2) }
    }
}
