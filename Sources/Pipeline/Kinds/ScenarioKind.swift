import Content
import Site
import Templates

/// Scenario narratives: `Content/scenarios/<slug>.md` → `scenarios/<slug>/`, compared at `scenarios/`.
enum ScenarioKind: PageKind {
    typealias Meta = ScenarioFrontMatter
    static let kind = ContentKind.scenario
    static let viewModels: [any ViewModel.Type] = [ScenarioView.self]
    static let inFeed = true
    static let reportsOrphans = true

    static let sectionPages = [
        SectionPage(route: Route(kind.urlFolder), template: "scenarios", viewModels: [ScenariosIndexView.self]) {
            ScenariosIndexView(graph: $0, linker: $1)
        },
    ]

    static func view(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> (any ViewModel)? {
        ScenarioView(document, graph: graph, linker: linker)
    }

    /// Most likely first, as `/scenarios/` lists them.
    static func sectionOrder(of graph: ReportGraph) -> [Document<Meta>] { ScenariosIndexView.ordered(graph) }

    static func reads(_ document: Document<Meta>, graph: ReportGraph) -> [BuildInput] {
        document.meta.affects.flatMap { BuildInput.party($0.value) }
    }

    static func reportFacts(_ document: Document<Meta>, graph: ReportGraph, linker: Linker) -> [(label: String, value: String?)] {
        let row = ScenarioView(document, graph: graph, linker: linker).row
        let words = linker.strings
        return [(words[.factQuestion], row.question), (words[.factLikelihood], "\(row.likelihood) (\(row.band))"), (words[.factConfidence], row.confidence),
                (words[.factHorizon], row.horizon), (words[.factAffects], row.affects.titleList)]
    }
}
