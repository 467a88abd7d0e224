/// A choropleth map of the region: each of the report's countries filled by its category (with a
/// colour and a texture, named in the legend), labelled, and linked to its page; the other
/// countries in the frame drawn plain for context.
///
/// Countries are known by their ISO 3166-1 alpha-3 codes; the outlines are Natural Earth's
/// (``RegionShapes``, made by `scripts/make-region-map`).
public struct RegionMap: Sendable {
    /// A country the map shades.
    public struct Region: Sendable {
        /// Its ISO 3166-1 alpha-3 code.
        public var code: String
        public var label: String
        public var link: String?
        /// One of the map's category keys, or nil when the country has no value.
        public var category: String?
        /// What a pointer's tooltip says of it.
        public var text: String

        /// A country `code`, labelled `label`, in `category`.
        public init(code: String, label: String, link: String?, category: String?, text: String) {
            self.code = code
            self.label = label
            self.link = link
            self.category = category
            self.text = text
        }
    }

    /// How categories are coloured: distinct hues, or one hue from light to dark for ordered values.
    public enum Scale: Sendable { case qualitative, sequential }

    public var id: String
    public var title: String
    public var description: String
    public var regions: [Region]
    /// The categories, in legend order.
    public var categories: [Category]
    public var scale: Scale
    public var legendTitle: String?
    /// The legend's words for a country without a value.
    public var noValueLabel: String
    /// What precedes the names of countries the frame does not reach ("Not on the map:").
    public var offMapLabel: String

    /// A map of `regions`.
    public init(id: String, title: String, description: String, regions: [Region], categories: [Category],
                scale: Scale = .qualitative, legendTitle: String? = nil, noValueLabel: String = "no value",
                offMapLabel: String = "Not on the map:") {
        self.id = id
        self.title = title
        self.description = description
        self.regions = regions
        self.categories = categories
        self.scale = scale
        self.legendTitle = legendTitle
        self.noValueLabel = noValueLabel
        self.offMapLabel = offMapLabel
    }

    /// Whether the map can draw the country `code`.
    public static func hasShape(_ code: String) -> Bool {
        RegionShapes.countries[code] != nil
    }

    /// The map as an SVG element.
    public func svg() -> String {
        let width = RegionShapes.width, mapHeight = RegionShapes.height
        let shaded = Set(regions.map(\.code))
        var body = SVGWriter()
        body.empty("rect", ["x": "0", "y": "0", "width": width.svg, "height": mapHeight.svg, "class": "sea"])
        body.open("g", ["class": "context"])
        for code in RegionShapes.countries.keys.sorted() where !shaded.contains(code) {
            body.empty("path", ["d": RegionShapes.countries[code]!.path, "class": "land"])
        }
        body.close("g")
        var offMap: [String] = []
        var noValue = false
        body.open("g", ["class": "regions"])
        for region in regions {
            guard let shape = RegionShapes.countries[region.code] else {
                offMap.append(region.label)
                continue
            }
            let index = region.category.flatMap { key in categories.firstIndex { $0.key == key } }
            if index == nil { noValue = true }
            if let link = region.link { body.open("a", ["href": link]) }
            body.element("path", ["d": shape.path, "class": "area " + classes(index)], tooltip: region.text)
            if let index, let texture = Frame.texture(id: id, index: index) {
                body.empty("path", ["d": shape.path, "class": "overlay", "fill": texture])
            }
            if region.link != nil { body.close("a") }
        }
        body.close("g")
        body.open("g", ["class": "labels"])
        body.append(MapLabels(regions: regions.compactMap { region in RegionShapes.countries[region.code].map { (region.label, $0) } },
                              width: width, height: mapHeight).svg())
        body.close("g")
        var y = mapHeight + 10
        var entries = categories.enumerated().filter { _, category in regions.contains { $0.category == category.key } }
            .map { (category: $0.element, index: $0.offset) }
        if noValue { entries.append((category: Category(key: "none", label: noValueLabel), index: -1)) }
        let (legend, legendHeight) = Legend(title: legendTitle, entries: entries, sample: .box, classes: { classes($0 < 0 ? nil : $0) })
            .draw(id: id, x: 0, y: y, width: width)
        body.append(legend)
        y += legendHeight
        if !offMap.isEmpty {
            body.element("text", ["x": "0", "y": (y + 12).svg, "class": "off-map"], text: offMapLabel + " " + offMap.joined(separator: ", "))
            y += 18
        }
        return Frame.svg(id: id, kind: "map", width: width, height: y + 4, title: title, description: description,
                         hasLinks: regions.contains { $0.link != nil }, body: body)
    }

    /// The classes of a category's fill: its hue (`c0`…) or its step on the ramp (`s0`…), or `none`.
    private func classes(_ index: Int?) -> String {
        guard let index else { return "none" }
        switch scale {
        case .qualitative: return Frame.classes(categories[index], index: index)
        case .sequential: return "s\(min(index, 4)) k-\(Frame.classKey(categories[index].key))"
        }
    }
}

/// A country's outline on the region map, from ``RegionShapes``.
struct RegionShape: Sendable {
    let name: String
    /// SVG path data in the map's frame.
    let path: String
    /// Where its label goes: the centroid of its largest part.
    let label: (x: Double, y: Double)
    /// The width of its largest part, which decides whether its name fits.
    let width: Double
    /// Its area in the frame's square units.
    let area: Double
}
