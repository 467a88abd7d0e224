import Content
import Site
import Templates

/// Bilateral relations: `Content/relations/<a>--<b>.md` → `relations/<a>--<b>/`, listed at `relations/`.
enum RelationKind: PageKind {
    typealias Meta = RelationFrontMatter
    static let kind = ContentKind.relation
    static let viewModels: [any ViewModel.Type] = [RelationView.self]
    static let slugJoinsParties = true

    static let sectionPages = [
        SectionPage(route: Route(kind.urlFolder), template: "relations", viewModels: [RelationsIndexView.self]) {
            RelationsIndexView(graph: $0, linker: $1)
        },
    ]

    static func view(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> (any ViewModel)? {
        RelationView(document, graph: graph, linker: linker)
    }

    static func title(of document: Document<Meta>, graph: ReportGraph) -> String { graph.relationTitle(document) }

    static func reads(_ document: Document<Meta>, graph: ReportGraph) -> [BuildInput] {
        document.meta.parties.flatMap { BuildInput.party($0.value) }
    }

    static func reportFacts(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> [(label: String, value: String?)] {
        let view = RelationView(document, graph: graph, linker: linker)
        return [(linker.strings[.factAlignment], view.alignment), (linker.strings[.factTrend], view.trend), (linker.strings[.factSince], view.since)]
    }
}
