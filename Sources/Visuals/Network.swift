import Foundation

/// A network of entities and the relations between them, laid out radially around one focal
/// entity: the focus in the middle, the others on a circle, ordered by the category of their tie
/// to the focus and then by name, so the same input always gives the same picture.
///
/// Edges are coloured and dashed by category (alignment) and carry a symbol for their trend;
/// nodes and edges link to their pages when given a link.
public struct Network: Sendable {
    /// An entity. Its `shape` tells kinds apart (a country a circle, an organization a square).
    public struct Node: Sendable {
        public enum Shape: Sendable { case circle, square }
        public var id: String
        public var label: String
        public var link: String?
        public var shape: Shape

        /// A node known as `id`, labelled `label`.
        public init(id: String, label: String, link: String? = nil, shape: Shape = .circle) {
            self.id = id
            self.label = label
            self.link = link
            self.shape = shape
        }
    }

    /// A relation between two nodes: its category (one of ``Network/categories``' keys), its trend
    /// (one of ``Network/trends``' keys), a tooltip and a link.
    public struct Edge: Sendable {
        public var from: String
        public var to: String
        public var category: String
        public var trend: String?
        public var text: String
        public var link: String?

        /// A relation between `from` and `to`.
        public init(from: String, to: String, category: String, trend: String?, text: String, link: String? = nil) {
            self.from = from
            self.to = to
            self.category = category
            self.trend = trend
            self.text = text
            self.link = link
        }
    }

    /// A trend and the symbol that shows it on an edge (`+` warming, `=` stable, `−` cooling).
    public struct Trend: Sendable {
        public var key: String
        public var label: String
        public var symbol: String

        /// A trend known as `key`, shown as `symbol`.
        public init(key: String, label: String, symbol: String) {
            self.key = key
            self.label = label
            self.symbol = symbol
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var nodes: [Node]
    public var edges: [Edge]
    /// The node in the middle; by default the one with the most edges.
    public var focus: String?
    /// The edge categories, closest first (ally … hostile): the order around the circle and the legend's.
    public var categories: [Category]
    public var legendTitle: String?
    public var trends: [Trend]
    public var trendTitle: String?

    /// A network of `nodes` and `edges`.
    public init(id: String, title: String, description: String, nodes: [Node], edges: [Edge], focus: String? = nil,
                categories: [Category], legendTitle: String? = nil, trends: [Trend], trendTitle: String? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.nodes = nodes
        self.edges = edges
        self.focus = focus
        self.categories = categories
        self.legendTitle = legendTitle
        self.trends = trends
        self.trendTitle = trendTitle
    }

    private static let width = 720.0
    /// Dash patterns by category, so the lines differ without colour.
    private static let dashes = ["", "10 4", "6 4", "2 4", "10 3 2 3", "1 3"]
    /// Line widths by category: the closest ties drawn heaviest.
    private static let widths = [4.0, 3, 2.5, 2, 2, 1.5]

    /// The node in the middle: the given focus, or the node with the most edges (the first such in order).
    public var focalNode: String? {
        if let focus, nodes.contains(where: { $0.id == focus }) { return focus }
        // Counted once: counting per comparison made a large country's network most of its page.
        var degrees: [String: Int] = [:]
        for edge in edges {
            degrees[edge.from, default: 0] += 1
            if edge.to != edge.from { degrees[edge.to, default: 0] += 1 }
        }
        let degree = { (id: String) in degrees[id] ?? 0 }
        return nodes.max { degree($0.id) < degree($1.id) || (degree($0.id) == degree($1.id) && $0.id > $1.id) }?.id
    }

    /// Each node's place: the focus at the centre, the others around it.
    func layout(centre: (x: Double, y: Double), radius: Double) -> [String: (x: Double, y: Double)] {
        Self.places(of: placed(centre: centre, radius: radius))
    }

    /// The places of `placed` nodes by id (a node listed twice keeps its last place).
    private static func places(of placed: [(node: Node, place: (x: Double, y: Double))]) -> [String: (x: Double, y: Double)] {
        Dictionary(placed.map { ($0.node.id, $0.place) }, uniquingKeysWith: { _, last in last })
    }

    /// The nodes with their places, the focus first and then clockwise from the top.
    private func placed(centre: (x: Double, y: Double), radius: Double) -> [(node: Node, place: (x: Double, y: Double))] {
        guard let focal = focalNode, let focalNode = nodes.first(where: { $0.id == focal }) else { return [] }
        // Each node's closest tie to the focus: its first edge with the focus, by category order.
        var ranks: [String: Int] = [:]
        for edge in edges where edge.from == focal || edge.to == focal {
            let other = edge.from == focal ? edge.to : edge.from
            if ranks[other] == nil { ranks[other] = categories.firstIndex { $0.key == edge.category } ?? categories.count }
        }
        let ring = nodes.filter { $0.id != focal }
            .map { (rank: ranks[$0.id] ?? categories.count, node: $0) }
            .sorted { ($0.rank, $0.node.label, $0.node.id) < ($1.rank, $1.node.label, $1.node.id) }
            .map(\.node)
        return [(focalNode, centre)] + ring.enumerated().map { index, node in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(ring.count)
            return (node, (centre.x + radius * cos(angle), centre.y + radius * sin(angle)))
        }
    }

    /// The network as an SVG element.
    public func svg() -> String {
        let ringCount = max(nodes.count - 1, 1)
        let radius = ringCount <= 2 ? 90.0 : min(200, 60 + 10 * Double(ringCount))
        let labelRoom = 30.0
        let centre = (x: Self.width / 2, y: radius + labelRoom)
        let placedNodes = placed(centre: centre, radius: radius)
        let places = Self.places(of: placedNodes)
        let focal = placedNodes.first?.node.id
        var body = SVGWriter()
        body.open("g", ["class": "edges"])
        for edge in edges {
            guard let a = places[edge.from], let b = places[edge.to] else { continue }
            let index = categories.firstIndex { $0.key == edge.category } ?? categories.count
            let category = index < categories.count ? categories[index] : Category(key: edge.category, label: edge.category)
            if let link = edge.link { body.open("a", ["href": link]) }
            body.open("g", ["class": "relation"])
            body.element("title", text: edge.text)
            body.empty("line", ["x1": a.x.svg, "y1": a.y.svg, "x2": b.x.svg, "y2": b.y.svg,
                                "class": "edge " + Frame.classes(category, index: index),
                                "stroke-width": Self.widths[index % Self.widths.count].svg,
                                "stroke-dasharray": Self.dashes[index % Self.dashes.count]])
            if let key = edge.trend, let trend = trends.first(where: { $0.key == key }) {
                // The trend sits two thirds of the way out, clear of the crowded centre.
                let x = a.x + (b.x - a.x) * 0.62, y = a.y + (b.y - a.y) * 0.62
                body.empty("circle", ["cx": x.svg, "cy": y.svg, "r": "8", "class": "trend-badge k-\(Frame.classKey(trend.key))"])
                body.element("text", ["x": x.svg, "y": (y + 4).svg, "text-anchor": "middle", "class": "trend-symbol"], text: trend.symbol)
            }
            body.close("g")
            if edge.link != nil { body.close("a") }
        }
        body.close("g")
        body.open("g", ["class": "nodes"])
        for (node, place) in placedNodes {
            let isFocus = node.id == focal
            let size = isFocus ? 11.0 : 7
            if let link = node.link { body.open("a", ["href": link]) }
            body.open("g", ["class": "node" + (isFocus ? " focus" : "")])
            switch node.shape {
            case .circle:
                body.empty("circle", ["cx": place.x.svg, "cy": place.y.svg, "r": size.svg])
            case .square:
                body.empty("rect", ["x": (place.x - size).svg, "y": (place.y - size).svg, "width": (2 * size).svg,
                                    "height": (2 * size).svg, "rx": "2"])
            }
            // Labels go outward from the centre: right of nodes on the right, left on the left.
            let dx = place.x - centre.x, dy = place.y - centre.y
            let distance = max((dx * dx + dy * dy).squareRoot(), 1)
            let anchor = isFocus ? "middle" : dx > distance * 0.2 ? "start" : dx < -distance * 0.2 ? "end" : "middle"
            let offset = size + 5
            let labelX = isFocus ? place.x : place.x + dx / distance * offset
            let labelY = isFocus ? place.y + size + 15 : place.y + dy / distance * offset + (dy > distance * 0.5 ? 12 : dy < -distance * 0.5 ? -2 : 4)
            body.element("text", ["x": labelX.svg, "y": labelY.svg, "text-anchor": anchor], text: node.label)
            body.close("g")
            if node.link != nil { body.close("a") }
        }
        body.close("g")
        let legendY = centre.y + radius + labelRoom
        let shown = categories.enumerated().filter { _, category in edges.contains { $0.category == category.key } }
            .map { (category: $0.element, index: $0.offset) }
        let (lines, linesHeight) = Legend(title: legendTitle, entries: shown, sample: .line(dashes: Self.dashes, widths: Self.widths)).draw(id: id, x: 0, y: legendY, width: Self.width)
        body.append(lines)
        let shownTrends = trends.filter { trend in edges.contains { $0.trend == trend.key } }
        let (trendLegend, trendHeight) = trendKey(shownTrends, y: legendY + linesHeight)
        body.append(trendLegend)
        return Frame.svg(id: id, kind: "network", width: Self.width, height: legendY + linesHeight + trendHeight + 4,
                         title: title, description: description, hasLinks: nodes.contains { $0.link != nil } || edges.contains { $0.link != nil },
                         body: body)
    }

    private func trendKey(_ shown: [Trend], y: Double) -> (SVGWriter, Double) {
        guard !shown.isEmpty else { return (SVGWriter(), 0) }
        var svg = SVGWriter()
        svg.open("g", ["class": "legend"])
        var x = 0.0
        if let trendTitle {
            svg.element("text", ["x": "0", "y": (y + 12).svg, "class": "legend-title"], text: trendTitle)
            x += Frame.textWidth(trendTitle, size: 12) + 12
        }
        for trend in shown {
            svg.empty("circle", ["cx": (x + 8).svg, "cy": (y + 8).svg, "r": "8", "class": "trend-badge k-\(Frame.classKey(trend.key))"])
            svg.element("text", ["x": (x + 8).svg, "y": (y + 12).svg, "text-anchor": "middle", "class": "trend-symbol"], text: trend.symbol)
            svg.element("text", ["x": (x + 22).svg, "y": (y + 12).svg], text: trend.label)
            x += 22 + Frame.textWidth(trend.label, size: 12) + 14
        }
        svg.close("g")
        return (svg, 22)
    }
}
