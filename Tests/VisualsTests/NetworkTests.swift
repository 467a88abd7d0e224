import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Visuals

@Suite("Network")
struct NetworkTests {
    static let categories = ["ally", "partner", "strained"].map { Category(key: $0, label: $0) }
    static let trends = [Network.Trend(key: "warming", label: "warming", symbol: "+"),
                         Network.Trend(key: "cooling", label: "cooling", symbol: "−")]

    static func sample(nodes order: [String] = ["russia", "belarus", "georgia", "eu"], focus: String? = nil) -> Network {
        let all = ["russia": Network.Node(id: "russia", label: "Russia", link: "../countries/russia/"),
                   "belarus": Network.Node(id: "belarus", label: "Belarus", link: "../countries/belarus/"),
                   "georgia": Network.Node(id: "georgia", label: "Georgia"),
                   "eu": Network.Node(id: "eu", label: "European Union", link: "../organizations/eu/", shape: .square)]
        return Network(id: "net", title: "Relations", description: "Russia in the middle.", nodes: order.map { all[$0]! },
                       edges: [Network.Edge(from: "russia", to: "georgia", category: "strained", trend: "cooling", text: "Russia – Georgia: strained"),
                               Network.Edge(from: "russia", to: "belarus", category: "ally", trend: "warming", text: "Russia – Belarus: ally",
                                            link: "../relations/russia--belarus/"),
                               Network.Edge(from: "russia", to: "eu", category: "partner", trend: nil, text: "Russia – EU: partner")],
                       focus: focus, categories: categories, legendTitle: "Alignment:", trends: trends, trendTitle: "Trend:")
    }

    @Test func theBusiestNodeIsInTheMiddleAndTheClosestTieFirstAtTheTop() throws {
        let network = Self.sample()
        #expect(network.focalNode == "russia")
        let places = network.layout(centre: (x: 100, y: 100), radius: 50)
        #expect(places["russia"]! == (x: 100, y: 100))
        // Clockwise from the top, by alignment: ally, partner, strained.
        let belarus = places["belarus"]!, eu = places["eu"]!, georgia = places["georgia"]!
        #expect(abs(belarus.x - 100) < 0.001 && abs(belarus.y - 50) < 0.001)
        #expect(eu.x > 100 && georgia.x < 100)
        // A given focus wins over the busiest node.
        #expect(Self.sample(focus: "georgia").focalNode == "georgia")
    }

    @Test func theLayoutDoesNotDependOnTheOrderOfTheInput() {
        #expect(Self.sample().svg() == Self.sample(nodes: ["eu", "georgia", "belarus", "russia"]).svg())
    }

    @Test func edgesAreStyledByAlignmentAndMarkedByTrend() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let edges = svg.elements("line", class: "edge").filter { element in
            // Edges in the drawing, not the legend's samples.
            svg.elements("g", class: "relation").contains { ($0.children ?? []).contains { $0 === element } }
        }
        #expect(edges.count == 3)
        let byKey = Dictionary(uniqueKeysWithValues: edges.map { edge in (edge.classes.first { $0.hasPrefix("k-") }!, edge) })
        // Not by colour alone: width and dashes differ too.
        #expect(byKey["k-ally"]?.value("stroke-dasharray") == nil)
        #expect(byKey["k-strained"]?.value("stroke-dasharray") != nil)
        #expect((byKey["k-ally"]?.number("stroke-width") ?? 0) > (byKey["k-strained"]?.number("stroke-width") ?? 0))
        let symbols = svg.elements("text", class: "trend-symbol").map { $0.stringValue ?? "" }
        #expect(symbols.filter { $0 == "+" }.count == 2 && symbols.filter { $0 == "−" }.count == 2)  // the edges' and the legend's
        let tooltips = svg.elements("g", class: "relation").map(\.tooltip)
        #expect(tooltips == ["Russia – Georgia: strained", "Russia – Belarus: ally", "Russia – EU: partner"])
    }

    @Test func linksKeepSVGsOwnRoleAndNamesStayText() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        #expect(svg.root.value("role") == nil)
        #expect(svg.elements("a").compactMap { $0.value("href") }.sorted()
            == ["../countries/belarus/", "../countries/russia/", "../organizations/eu/", "../relations/russia--belarus/"])
        #expect(svg.texts.contains("European Union") && svg.texts.contains("Georgia"))
        #expect(svg.elements("rect").contains { $0.value("rx") == "2" })  // the organization, a square
        let legend = svg.texts
        #expect(legend.contains("Alignment:") && legend.contains("Trend:") && legend.contains("warming"))
    }
}
