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
    var sources: [SourceReference] = []
    var updated: ReportDate?
    /// What the page shows beyond the site, the navigation and its template.
    var reads: [BuildInput] = PageInputs.everyEntity
    /// The page kind's view model, made for the page's own linker.
    var details: @Sendable (ReportGraph, Linker) -> (any ViewModel)?
}

/// The list of pages and Markdown bodies of a report.
enum PageCatalog {
    /// Every Markdown body, with the route of the page that shows it.
    static func bodies(of graph: ReportGraph) -> [BodyJob] {
        let content = graph.content
        func jobs<Meta>(_ documents: [Document<Meta>], _ kind: EntityKind) -> [BodyJob] {
            documents.map { BodyJob(route: .entity(kind, $0.slug), template: kind.rawValue, file: $0.file, markdown: $0.body, bodyLine: $0.bodyLine) }
        }
        var all = jobs(content.countries, .country) + jobs(content.organizations, .organization)
            + jobs(content.relations, .relation) + jobs(content.scenarios, .scenario) + jobs(content.pages, .page)
        if let overview = content.overview {
            all.append(BodyJob(route: .home, template: "home", file: overview.file, markdown: overview.body, bodyLine: overview.bodyLine))
        }
        return all
    }

    /// Every page of the site.
    static func pages(of graph: ReportGraph) -> [PagePlan] {
        let content = graph.content
        var plans: [PagePlan] = [
            PagePlan(route: .home, template: "home", title: content.overview?.meta.common.title ?? content.site.title,
                     summary: content.overview?.meta.common.summary ?? content.site.description, kind: "home",
                     sources: content.overview?.meta.common.sources ?? [], updated: content.overview?.meta.common.updated,
                     reads: PageInputs.everyEntity + [.frontMatter("Content/index.md")], details: { HomeView(graph: $0, linker: $1) }),
            index(.countries, "countries", title: "Countries",
                  summary: "Briefs on the states of the post-Soviet space and the outside powers active in it.") { CountriesIndexView(graph: $0, linker: $1) },
            index(.organizations, "organizations", title: "Organizations",
                  summary: "The alliances, unions and blocs that divide and bind the region.") { OrganizationsIndexView(graph: $0, linker: $1) },
            index(.memberships, "memberships", title: "Memberships",
                  summary: "Which state belonged to which organization on \(graph.asOf.longDescription), and how that changed over time.") {
                MembershipsView(graph: $0, linker: $1)
            },
            index(.relations, "relations", title: "Relations",
                  summary: "Bilateral relations, their alignment and the way they are moving.") { RelationsIndexView(graph: $0, linker: $1) },
            index(.scenarios, "scenarios", title: "Scenarios",
                  summary: "Futures the report weighs, with their likelihood in the words of ICD 203.") { ScenariosIndexView(graph: $0, linker: $1) },
            PagePlan(route: .notFound, template: "not-found", title: "Page not found", kind: "not-found", reads: [], details: { _, _ in nil }),
            PagePlan(route: .report, template: "report", title: "The whole report",
                     summary: "Every part of the report on one page, ready to print or save as PDF.", kind: "report", details: { _, _ in nil }),
            PagePlan(route: .search, template: "search", title: "Search", summary: "Find a country, organization, relation or scenario.",
                     kind: "search", details: { graph, linker in SearchStage.view(of: graph, linker: linker) }),
        ]
        for country in content.countries {
            plans.append(plan(country, .country, graph) { graph, linker in CountryView(country, graph: graph, linker: linker) })
        }
        for organization in content.organizations {
            plans.append(plan(organization, .organization, graph) { graph, linker in OrganizationView(organization, graph: graph, linker: linker) })
        }
        for relation in content.relations {
            var page = plan(relation, .relation, graph) { graph, linker in RelationView(relation, graph: graph, linker: linker) }
            page.title = graph.relationTitle(relation)
            plans.append(page)
        }
        for scenario in content.scenarios {
            plans.append(plan(scenario, .scenario, graph) { graph, linker in ScenarioView(scenario, graph: graph, linker: linker) })
        }
        for page in content.pages {
            plans.append(plan(page, .page, graph) { _, _ in nil })
        }
        return plans
    }

    /// A section's index page, whose template and CSS kind share its name.
    private static func index(_ route: Route, _ name: String, title: String, summary: String,
                              details: @escaping @Sendable (ReportGraph, Linker) -> (any ViewModel)?) -> PagePlan {
        PagePlan(route: route, template: name, title: title, summary: summary, kind: name, details: details)
    }

    private static func plan<Meta: FrontMatter>(_ document: Document<Meta>, _ kind: EntityKind, _ graph: ReportGraph,
                                                details: @escaping @Sendable (ReportGraph, Linker) -> (any ViewModel)?) -> PagePlan {
        let common = document.meta.common
        return PagePlan(route: .entity(kind, document.slug), template: kind.rawValue, title: common.title ?? document.slug,
                        summary: common.summary, kind: kind.rawValue, sources: common.sources, updated: common.updated,
                        reads: PageInputs.of(EntityRef(kind, document.slug), in: graph), details: details)
    }

    /// The navigation: the sections, then free pages by `order` and title.
    static func navigation(of graph: ReportGraph) -> [(title: String, route: Route)] {
        let sections: [(String, Route)] = [("Overview", .home), ("Countries", .countries), ("Organizations", .organizations),
                                           ("Memberships", .memberships), ("Relations", .relations), ("Scenarios", .scenarios)]
        let pages = graph.content.pages
            .sorted { ($0.meta.order ?? Int.max, $0.meta.common.title ?? $0.slug) < ($1.meta.order ?? Int.max, $1.meta.common.title ?? $1.slug) }
            .map { ($0.meta.common.title ?? $0.slug, Route.entity(.page, $0.slug)) }
        return sections + pages
    }
}
