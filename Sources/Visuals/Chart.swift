/// A bar, grouped-bar or line chart of one or more series over labelled categories, with a value
/// axis of round ticks, a legend when there are several series, and each value in a tooltip.
public struct Chart: Sendable {
    /// How the values are drawn.
    public enum Kind: String, Sendable, CaseIterable {
        /// A bar per value; several series stand side by side in each category.
        case bar
        /// The same as `bar` with several series (accepted under this name too).
        case groupedBar = "grouped-bar"
        /// A line per series through its values, with a marker at each.
        case line
    }

    /// A named row of values, one per category; nil where there is none.
    public struct Series: Sendable {
        public var name: String
        public var values: [Double?]

        /// The series `name` with `values`.
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var kind: Kind
    /// The categories along the bottom axis.
    public var categories: [String]
    public var series: [Series]
    /// The bottom axis's and the value axis's names.
    public var categoryAxis: String
    public var valueAxis: String

    /// A chart of `series` over `categories`.
    public init(id: String, title: String, description: String, kind: Kind, categories: [String], series: [Series],
                categoryAxis: String, valueAxis: String) {
        self.id = id
        self.title = title
        self.description = description
        self.kind = kind
        self.categories = categories
        self.series = series
        self.categoryAxis = categoryAxis
        self.valueAxis = valueAxis
    }

    private static let width = 720.0
    private static let plotHeight = 260.0

    /// The chart as an SVG element.
    public func svg() -> String {
        let values = series.flatMap { $0.values.compactMap { $0 } }
        // The value axis always includes zero, so bars and lines are read against a true baseline.
        let low = min(values.min() ?? 0, 0)
        let axis = Axis(covering: low, max(values.max() ?? 1, low + 1), ticks: 6)
        let left = 64.0, right = Self.width - 12, top = 16.0, bottom = top + Self.plotHeight
        var body = SVGWriter()
        // The value axis: gridlines and round numbers, and its name turned along it.
        body.open("g", ["class": "axis"])
        for tick in axis.ticks {
            let y = axis.position(tick, from: bottom, to: top)
            body.empty("line", ["x1": left.svg, "y1": y.svg, "x2": right.svg, "y2": y.svg, "class": "grid"])
            body.element("text", ["x": (left - 6).svg, "y": (y + 4).svg, "text-anchor": "end"], text: Axis.label(tick))
        }
        body.element("text", ["x": "12", "y": ((top + bottom) / 2).svg, "text-anchor": "middle", "class": "axis-name",
                              "transform": "rotate(-90 12 \(((top + bottom) / 2).svg))"], text: valueAxis)
        body.empty("line", ["x1": left.svg, "y1": bottom.svg, "x2": right.svg, "y2": bottom.svg, "class": "baseline"])
        body.close("g")
        let band = (right - left) / Double(max(categories.count, 1))
        // Category labels, turned when they would not fit side by side.
        let turn = categories.contains { Frame.textWidth($0, size: 12) > band - 4 }
        body.open("g", ["class": "categories"])
        for (index, category) in categories.enumerated() {
            let x = left + band * (Double(index) + 0.5)
            if turn {
                body.element("text", ["x": x.svg, "y": (bottom + 14).svg, "text-anchor": "end",
                                      "transform": "rotate(-35 \(x.svg) \((bottom + 14).svg))"], text: category)
            } else {
                body.element("text", ["x": x.svg, "y": (bottom + 16).svg, "text-anchor": "middle"], text: category)
            }
        }
        body.close("g")
        let labelRoom = turn ? (categories.map { Frame.textWidth($0, size: 12) }.max() ?? 0) * 0.6 + 18 : 24
        body.open("g", ["class": "series"])
        for (seriesIndex, one) in series.enumerated() {
            let category = Category(key: one.name, label: one.name)
            let classes = Frame.classes(category, index: seriesIndex)
            switch kind {
            case .bar, .groupedBar:
                let barWidth = band * 0.8 / Double(series.count)
                for (index, value) in one.values.enumerated() {
                    guard let value else { continue }
                    let x = left + band * Double(index) + band * 0.1 + barWidth * Double(seriesIndex)
                    let y0 = axis.position(max(value, 0), from: bottom, to: top), y1 = axis.position(min(value, 0), from: bottom, to: top)
                    let tooltip = "\(categories[index]), \(one.name): \(Self.number(value))"
                    body.element("rect", ["x": x.svg, "y": y0.svg, "width": barWidth.svg, "height": max(y1 - y0, 0.5).svg,
                                          "class": "bar \(classes)"], tooltip: tooltip)
                    if let texture = Frame.texture(id: id, index: seriesIndex) {
                        body.empty("rect", ["x": x.svg, "y": y0.svg, "width": barWidth.svg, "height": max(y1 - y0, 0.5).svg,
                                            "class": "overlay", "fill": texture])
                    }
                }
            case .line:
                let points = one.values.enumerated().compactMap { index, value in
                    value.map { (x: left + band * (Double(index) + 0.5), y: axis.position($0, from: bottom, to: top), value: $0, index: index) }
                }
                body.empty("polyline", ["points": points.map { "\($0.x.svg),\($0.y.svg)" }.joined(separator: " "),
                                        "class": "line \(classes)", "stroke-dasharray": ["", "6 3", "2 3", "8 3 2 3"][seriesIndex % 4]])
                for point in points {
                    body.element("circle", ["cx": point.x.svg, "cy": point.y.svg, "r": "4", "class": "point \(classes)"],
                                 tooltip: "\(categories[point.index]), \(one.name): \(Self.number(point.value))")
                }
            }
        }
        body.close("g")
        var y = bottom + labelRoom
        body.element("text", ["x": ((left + right) / 2).svg, "y": (y + 4).svg, "text-anchor": "middle", "class": "axis-name"], text: categoryAxis)
        y += 14
        if series.count > 1 {
            let entries = series.enumerated().map { (category: Category(key: $0.element.name, label: $0.element.name), index: $0.offset) }
            let sample: Legend.Sample = kind == .line ? .line(dashes: ["", "6 3", "2 3", "8 3 2 3"], widths: [2]) : .box
            let (legend, height) = Legend(title: nil, entries: entries, sample: sample).draw(id: id, x: left, y: y, width: right - left)
            body.append(legend)
            y += height
        }
        return Frame.svg(id: id, kind: "chart", width: Self.width, height: y + 4, title: title, description: description,
                         hasLinks: false, body: body)
    }

    /// A value as its tooltip shows it: as written in the data, without a needless `.0`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
