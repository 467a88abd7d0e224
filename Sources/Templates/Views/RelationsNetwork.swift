import Content
import Site
import Visuals

/// The relations network: every relation of the report around its focal entity (the one in most
/// relations) on the relations page, and one entity's relations around it on its own page.
///
/// The relations table on the same page lists the same relations, as the text alternative.
enum RelationsNetwork {
    /// Every relation of the report; nil when there are none.
    static func all(graph: ReportGraph, linker: Linker) -> String? {
        network(of: graph.content.relations, focus: nil, title: linker.strings[.networkAllTitle], graph: graph, linker: linker)
    }

    /// The relations `slug` is a party to, around it; nil when it has none.
    static func focused(on slug: String, graph: ReportGraph, linker: Linker) -> String? {
        let relations = (graph.relationsByParty[slug] ?? []).compactMap { graph.relations[$0] }
        guard let ref = graph.party(slug) else { return nil }
        return network(of: relations, focus: slug, title: linker.strings[.networkTitle, ["name": graph.title(of: ref)]], graph: graph, linker: linker)
    }

    private static func network(of relations: [Document<RelationFrontMatter>], focus: String?, title: String,
                                graph: ReportGraph, linker: Linker) -> String? {
        let words = linker.strings
        let sorted = relations.sorted { $0.slug < $1.slug }
        var nodes: [Network.Node] = []
        var seen: Set<String> = []
        var edges: [Network.Edge] = []
        for relation in sorted {
            let parties = relation.meta.parties.compactMap { graph.party($0.value) }
            guard parties.count == 2 else { continue }
            for party in parties where seen.insert(party.slug).inserted {
                nodes.append(Network.Node(id: party.slug, label: graph.title(of: party), link: linker.url(party),
                                          shape: party.kind == .organization ? .square : .circle))
            }
            let state = [relation.meta.alignment.map(words.word), relation.meta.trend.map(words.word)].compactMap { $0 }
                .joined(separator: ", ")
            edges.append(Network.Edge(from: parties[0].slug, to: parties[1].slug, category: relation.meta.alignment?.rawValue ?? "",
                                      trend: relation.meta.trend?.rawValue,
                                      text: graph.relationTitle(relation) + (state.isEmpty ? "" : ": " + state),
                                      link: linker.url(EntityRef(.relation, relation.slug))))
        }
        guard !edges.isEmpty else { return nil }
        let network = Network(
            id: "relations-network", title: title, description: "", nodes: nodes, edges: edges, focus: focus,
            categories: Alignment.allCases.map { Category(key: $0.rawValue, label: words.word($0)) },
            legendTitle: words[.visualLegendAlignment],
            trends: [(Trend.warming, "+"), (Trend.stable, "="), (Trend.cooling, "−")].map { trend, symbol in
                Network.Trend(key: trend.rawValue, label: words.word(trend), symbol: symbol)
            },
            trendTitle: words[.visualLegendTrend])
        let centre = network.focalNode.flatMap(graph.party).map { graph.title(of: $0) } ?? ""
        var described = network
        described.description = words[.networkDescription, ["name": centre]]
        return described.svg()
    }
}
