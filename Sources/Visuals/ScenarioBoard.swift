/// The scenario board: a strip for each band of a likelihood scale (the most likely at the top,
/// each named with its probability range), and in it a bar for each scenario judged in that band,
/// drawn over the years of its horizon, with one date marked (the report date).
///
/// Every band is drawn, occupied or not, so the board shows where on the whole scale the
/// scenarios sit. It holds no links: the table of scenarios beside it names and links the same.
public struct ScenarioBoard: Sendable {
    /// A band of the scale: its words and the probabilities they stand for.
    public struct Band: Sendable {
        public var label: String
        /// The band's probability range as the scale writes it (`55–80%`).
        public var range: String

        /// A band called `label`, covering `range`.
        public init(label: String, range: String) {
            self.label = label
            self.range = range
        }
    }

    /// A scenario placed on the board.
    public struct Scenario: Sendable {
        public var label: String
        /// Its band's place in ``ScenarioBoard/bands``.
        public var band: Int
        /// The first and last year of its horizon (the bar runs to the end of the last).
        public var from: Int
        public var through: Int
        /// What a pointer's tooltip says of it.
        public var text: String

        /// `label` in band `band` over `from`…`through`, described by `text`.
        public init(label: String, band: Int, from: Int, through: Int, text: String) {
            self.label = label
            self.band = band
            self.from = min(from, through)
            self.through = max(from, through)
            self.text = text
        }
    }

    /// The element id, unique on the page; ids inside the visual start with it.
    public var id: String
    public var title: String
    public var description: String
    /// The scale's bands from the least likely to the most.
    public var bands: [Band]
    public var scenarios: [Scenario]
    public var marker: Timeline.Marker?

    /// A board of `scenarios` on the scale of `bands`.
    public init(id: String, title: String, description: String, bands: [Band], scenarios: [Scenario], marker: Timeline.Marker? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.bands = bands
        self.scenarios = scenarios
        self.marker = marker
    }

    private static let width = 720.0
    private static let labelWidth = 150.0
    /// A scenario's line: its name above its bar.
    private static let lineHeight = 30.0
    private static let emptyBandHeight = 30.0
    private static let fontSize = 12.0

    /// The board as an SVG element.
    public func svg() -> String {
        let years = scenarios.flatMap { [Double($0.from), Double($0.through + 1)] } + (marker.map { [$0.at] } ?? [])
        let axis = Axis(fitting: (years.min() ?? 2000).rounded(.down), (years.max() ?? 2001).rounded(.up), ticks: 8)
        let left = Self.labelWidth, right = Self.width - 20
        let top = 34.0
        var strips = SVGWriter()
        var bars = SVGWriter()
        var y = top
        for (index, band) in bands.enumerated().reversed() {
            // A band's scenarios by the start of their horizon, then by name: the same input, the same board.
            let placed = scenarios.filter { $0.band == index }.sorted { ($0.from, $0.through, $0.label) < ($1.from, $1.through, $1.label) }
            let height = placed.isEmpty ? Self.emptyBandHeight : Double(placed.count) * Self.lineHeight + 6
            strips.open("g", ["class": "band" + (placed.isEmpty ? " empty" : "")])
            strips.empty("rect", ["x": "0", "y": y.svg, "width": right.svg, "height": height.svg,
                                  "class": index % 2 == 0 ? "strip even" : "strip odd"])
            strips.element("text", ["x": "6", "y": (y + 13).svg, "class": "band-label"], text: band.label)
            strips.element("text", ["x": "6", "y": (y + 26).svg, "class": "band-range"], text: band.range)
            strips.close("g")
            for (line, scenario) in placed.enumerated() {
                let lineTop = y + 3 + Double(line) * Self.lineHeight
                let x0 = axis.position(Double(scenario.from), from: left, to: right)
                let x1 = axis.position(Double(scenario.through + 1), from: left, to: right)
                bars.open("g", ["class": "scenario"])
                bars.element("rect", ["x": x0.svg, "y": (lineTop + 15).svg, "width": max(x1 - x0, 2).svg, "height": "9",
                                      "class": "bar c\(index % Frame.colourCount)"], tooltip: scenario.text)
                // The name starts over the bar, or ends at the right edge when it would run past it.
                let textWidth = Frame.textWidth(scenario.label, size: Self.fontSize)
                let anchorEnd = x0 + textWidth > right
                bars.element("text", ["x": (anchorEnd ? right - 2 : x0).svg, "y": (lineTop + 12).svg, "class": "scenario-label",
                                      "text-anchor": anchorEnd ? "end" : "start"], text: scenario.label)
                bars.close("g")
            }
            y += height
        }
        let bottom = y
        var body = SVGWriter()
        body.append(strips)
        body.append(axis.verticalGrid(from: left, to: right, top: top, bottom: bottom))
        body.append(bars)
        if let marker { body.append(marker.draw(on: axis, from: left, to: right, top: top, bottom: bottom)) }
        return Frame.svg(id: id, kind: "scenarios", width: Self.width, height: bottom + 8, title: title, description: description,
                         hasLinks: false, body: body)
    }
}
