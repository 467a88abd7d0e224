import Content
import Site
import Templates

/// Country briefs: `Content/countries/<slug>.md` → `countries/<slug>/`, listed at `countries/`.
enum CountryKind: PageKind {
    typealias Meta = CountryFrontMatter
    static let kind = ContentKind.country
    static let viewModels: [any ViewModel.Type] = [CountryView.self]
    static let inFeed = true
    static let reportsOrphans = true

    static let sectionPages = [
        SectionPage(route: Route(kind.urlFolder), template: "countries", viewModels: [CountriesIndexView.self]) {
            CountriesIndexView(graph: $0, linker: $1)
        },
    ]

    static func view(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> (any ViewModel)? {
        CountryView(document, graph: graph, linker: linker)
    }

    static func reads(_ document: Document<Meta>, graph: ReportGraph) -> [BuildInput] {
        [.every(.organization), .every(.relation), .every(.scenario)] + PageInputs.neighbours(of: document.slug, in: graph)
    }

    static func reportOrder(of graph: ReportGraph) -> [Document<Meta>] { graph.countriesByTitle }

    static func reportFacts(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> [(label: String, value: String?)] {
        let view = CountryView(document, graph: graph, linker: linker, charts: false)
        return view.facts.map { ($0.label, $0.value) }
            + [(linker.strings[.factLeaders], view.leaders.isEmpty ? nil : view.leaders.map { "\($0.name) (\([$0.role, $0.hindsight].compactMap { $0 }.joined(separator: ", ")))" }.joined(separator: "; ")),
               (linker.strings[.factMemberOfOn, ["date": linker.strings.date(graph.asOf)]], view.memberships.map(\.organization).titleList)]
    }
}
