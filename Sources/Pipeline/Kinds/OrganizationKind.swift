import Content
import Site
import Templates

/// Alliances, unions and blocs: `Content/organizations/<slug>.md` → `organizations/<slug>/`, listed
/// at `organizations/`, with the membership matrix and timeline at `memberships/`.
enum OrganizationKind: PageKind {
    typealias Meta = OrganizationFrontMatter
    static let kind = ContentKind.organization
    static let viewModels: [any ViewModel.Type] = [OrganizationView.self]
    static let reportsOrphans = true

    static let sectionPages = [
        SectionPage(route: Route(kind.urlFolder), template: "organizations", viewModels: [OrganizationsIndexView.self]) {
            OrganizationsIndexView(graph: $0, linker: $1)
        },
        SectionPage(route: .memberships, template: "memberships", viewModels: [MembershipsView.self]) {
            MembershipsView(graph: $0, linker: $1)
        },
    ]

    static func view(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> (any ViewModel)? {
        OrganizationView(document, graph: graph, linker: linker)
    }

    static func reads(_ document: Document<Meta>, graph: ReportGraph) -> [BuildInput] {
        let members = document.meta.members.map { BuildInput.entity(EntityRef(.country, $0.country.value)) }
        return [.every(.relation), .every(.scenario)] + members + PageInputs.neighbours(of: document.slug, in: graph)
    }

    static func reportOrder(of graph: ReportGraph) -> [Document<Meta>] { graph.organizationsByName }

    static func reportFacts(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> [(label: String, value: String?)] {
        let view = OrganizationView(document, graph: graph, linker: linker, charts: false)
        return view.facts.map { ($0.label, $0.value) }
            + [(linker.strings[.factMembersOn, ["date": linker.strings.date(graph.asOf)]], view.members.rows.map(\.country).titleList)]
    }
}
