import Content
import Site
import Templates

/// Composes `/report/`: every page's prose and facts on one page in reading order (overview,
/// countries, organizations, relations, scenarios, free pages), with links between them turned
/// into anchors, so printing the page gives the whole report as one document.
public struct ReportStage: BuildStage {
    public let name = "report"

    /// The theme partial that lays out the report's sections.
    static let template = "partials/report-body"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard let graph = context.graph, let theme = context.theme, !context.failed else { return }
        let snapshot = context
        let key = context.publishingKey ^ context.inputs.key([.template(Self.template)])
        context.bodies[.report] = context.cache.memo("report", key: key) {
            Self.body(graph: graph, theme: theme, context: snapshot)
        }
    }

    /// The report page's body: every part's facts and text, with links and ids rewritten.
    static func body(graph: ReportGraph, theme: Theme, context: BuildContext) -> RenderedBody {
        let linker = Linker(page: .report, explicitIndex: context.options.explicitIndex)
        var anchors = ReportAnchors()
        anchors.sitePath = RenderStage.sitePath(graph.content.site.baseURL)
        let sections = Self.sections(of: graph, linker: linker)
        for section in sections {
            if let index = section.index { anchors.place(index, at: section.id) }
            for entry in section.entries { anchors.place(entry.route, at: entry.id) }
        }
        let bodies = context.bodies
        let placed = anchors
        let placement = anchors.key
        let view = ReportView(sections: sections.map { section in
            ReportSectionView(id: section.id, title: section.title, entries: section.entries.concurrentMap { entry in
                ReportEntryView(id: entry.id, title: entry.title, summary: entry.summary, facts: entry.facts,
                                content: bodies[entry.route].map { body in
                                    context.cache.memo("report:" + entry.route.path, key: body.fingerprint ^ placement) {
                                        placed.rewrite(body.html, from: entry.route)
                                    }
                                })
            })
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

    struct Section {
        var id: String
        var title: String
        /// The site's index of the section, whose links also land on the section.
        var index: Route?
        var entries: [Entry]
    }

    struct Entry {
        var route: Route
        var id: String
        var title: String
        var summary: String?
        var facts: [(label: String, value: String?)]
    }

    static func sections(of graph: ReportGraph, linker: Linker) -> [Section] {
        let content = graph.content
        func entry<Meta: FrontMatter>(_ document: Document<Meta>, _ kind: EntityKind, title: String? = nil,
                                      facts: [(label: String, value: String?)]) -> Entry {
            Entry(route: .entity(kind, document.slug), id: ReportAnchors.anchor(kind, document.slug),
                  title: title ?? document.meta.common.title ?? document.slug, summary: document.meta.common.summary, facts: facts)
        }
        func names(_ links: [LinkView]) -> String? { links.isEmpty ? nil : links.map(\.title).joined(separator: ", ") }
        let overview = Entry(route: .home, id: "overview-text", title: content.overview?.meta.common.title ?? content.site.title,
                             summary: content.overview?.meta.common.summary ?? content.site.description,
                             facts: [("Report date", content.site.asOf.longDescription)])
        let countries = graph.countriesByTitle.map { country in
            let view = CountryView(country, graph: graph, linker: linker)
            return entry(country, .country, facts: view.facts.map { ($0.label, $0.value) }
                + [("Leaders", view.leaders.isEmpty ? nil : view.leaders.map { "\($0.name) (\([$0.role, $0.hindsight].compactMap { $0 }.joined(separator: ", ")))" }.joined(separator: "; ")),
                   ("Member of, \(graph.asOf.longDescription)", names(view.memberships.map(\.organization)))])
        }
        let organizations = graph.organizationsByName.map { organization in
            let view = OrganizationView(organization, graph: graph, linker: linker)
            return entry(organization, .organization, facts: view.facts.map { ($0.label, $0.value) }
                + [("Members, \(graph.asOf.longDescription)", names(view.members.rows.map(\.country)))])
        }
        let relations = content.relations.sorted { graph.relationTitle($0) < graph.relationTitle($1) }.map { relation in
            let view = RelationView(relation, graph: graph, linker: linker)
            return entry(relation, .relation, title: graph.relationTitle(relation),
                         facts: [("Alignment", view.alignment), ("Trend", view.trend), ("Since", view.since)])
        }
        let scenarios = content.scenarios.sorted { ($0.meta.common.title ?? $0.slug) < ($1.meta.common.title ?? $1.slug) }.map { scenario in
            let row = ScenarioView(scenario, graph: graph, linker: linker).row
            return entry(scenario, .scenario, facts: [("Question", row.question), ("Likelihood", "\(row.likelihood) (\(row.band))"),
                                                      ("Horizon", row.horizon), ("Affects", names(row.affects))])
        }
        let pages = PageCatalog.navigation(of: graph).compactMap { item -> Entry? in
            guard let page = content.pages.first(where: { Route.entity(.page, $0.slug) == item.route }) else { return nil }
            return entry(page, .page, facts: [])
        }
        return [
            Section(id: "overview", title: "Overview", index: .home, entries: [overview]),
            Section(id: "countries", title: "Countries", index: .countries, entries: countries),
            Section(id: "organizations", title: "Organizations", index: .organizations, entries: organizations),
            Section(id: "relations", title: "Relations", index: .relations, entries: relations),
            Section(id: "scenarios", title: "Scenarios", index: .scenarios, entries: scenarios),
            Section(id: "about", title: "About this report", index: nil, entries: pages),
        ].filter { !$0.entries.isEmpty }
    }
}
