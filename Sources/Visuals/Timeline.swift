/// A Gantt-style timeline: rows of periods on a time axis, grouped under headings, each period
/// coloured and textured by its category, with one date marked (the report date).
///
/// Times are years with a fraction (`1991.5` is the middle of 1991); the caller turns its dates
/// into them. A period without an end runs to the end of the axis.
public struct Timeline: Sendable {
    /// A period: when it starts and ends, its category, and what a pointer's tooltip says of it.
    public struct Period: Sendable {
        public var start: Double
        public var end: Double?
        public var category: String
        public var text: String

        /// A period of `category` from `start` to `end` (nil while it lasts), described by `text`.
        public init(start: Double, end: Double?, category: String, text: String) {
            self.start = start
            self.end = end
            self.category = category
            self.text = text
        }
    }

    /// One line of the chart: its label and its periods.
    public struct Row: Sendable {
        public var label: String
        public var periods: [Period]

        /// A row labelled `label`.
        public init(label: String, periods: [Period]) {
            self.label = label
            self.periods = periods
        }
    }

    /// Rows under a heading (nil for rows without one).
    public struct Group: Sendable {
        public var heading: String?
        public var rows: [Row]

        /// Rows under `heading`.
        public init(heading: String?, rows: [Row]) {
            self.heading = heading
            self.rows = rows
        }
    }

    /// A marked date, such as the report date.
    public struct Marker: Sendable {
        public var at: Double
        public var label: String

        /// A mark at `at` saying `label`.
        public init(at: Double, label: String) {
            self.at = at
            self.label = label
        }
    }

    /// The element id, unique on the page; ids inside the visual start with it.
    public var id: String
    public var title: String
    public var description: String
    /// The categories in legend order; a period's `category` is one of their keys.
    public var categories: [Category]
    public var legendTitle: String?
    public var groups: [Group]
    public var marker: Marker?

    /// A timeline of `groups`.
    public init(id: String, title: String, description: String, categories: [Category], legendTitle: String? = nil,
                groups: [Group], marker: Marker? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.categories = categories
        self.legendTitle = legendTitle
        self.groups = groups
        self.marker = marker
    }

    private static let width = 720.0
    private static let rowHeight = 18.0
    private static let headingHeight = 22.0
    private static let fontSize = 12.0

    /// The chart as an SVG element.
    public func svg() -> String {
        let periods = groups.flatMap { $0.rows.flatMap(\.periods) }
        let times = periods.flatMap { [$0.start] + ($0.end.map { [$0] } ?? []) } + (marker.map { [$0.at] } ?? [])
        // From the first year to the end of the last one the data reaches, not rounded out to whole
        // decades (which stretched 1949–2018 over 1940–2040).
        let axis = Axis(fitting: (times.min() ?? 0).rounded(.down), ((times.max() ?? 1) + 0.01).rounded(.up), ticks: 10)
        let labels = groups.flatMap { $0.rows.map(\.label) }
        let labelWidth = min(220, max(80, (labels.map { Frame.textWidth($0, size: Self.fontSize) }.max() ?? 0) + 16))
        let left = labelWidth, right = Self.width - 16
        let top = 34.0
        var body = SVGWriter()
        var y = top
        var rows = SVGWriter()
        for group in groups {
            if let heading = group.heading {
                rows.element("text", ["x": "0", "y": (y + 15).svg, "class": "heading"], text: heading)
                rows.empty("line", ["x1": "0", "y1": (y + Self.headingHeight - 2).svg, "x2": right.svg,
                                    "y2": (y + Self.headingHeight - 2).svg, "class": "rule"])
                y += Self.headingHeight
            }
            for row in group.rows {
                rows.open("g", ["class": "row"])
                rows.element("text", ["x": (left - 8).svg, "y": (y + 13).svg, "class": "label", "text-anchor": "end"], text: row.label)
                for period in row.periods {
                    let index = categories.firstIndex { $0.key == period.category } ?? categories.count
                    let category = index < categories.count ? categories[index] : Category(key: period.category, label: period.category)
                    let x0 = axis.position(period.start, from: left, to: right)
                    let x1 = axis.position(period.end ?? axis.upper, from: left, to: right)
                    let barWidth = max(x1 - x0, 2)
                    rows.open("g", ["class": "period" + (period.end == nil ? " open" : "")])
                    rows.element("rect", ["x": x0.svg, "y": (y + 3).svg, "width": barWidth.svg, "height": (Self.rowHeight - 6).svg,
                                          "class": "bar " + Frame.classes(category, index: index)], tooltip: period.text)
                    if let texture = Frame.texture(id: id, index: index) {
                        rows.empty("rect", ["x": x0.svg, "y": (y + 3).svg, "width": barWidth.svg, "height": (Self.rowHeight - 6).svg,
                                            "class": "overlay", "fill": texture])
                    }
                    // The status in words where the bar has room for it, besides colour and texture.
                    if Frame.textWidth(category.label, size: 10) + 8 < barWidth {
                        rows.element("text", ["x": (x0 + 4).svg, "y": (y + 12.5).svg, "class": "bar-label"], text: category.label)
                    }
                    rows.close("g")
                }
                rows.close("g")
                y += Self.rowHeight
            }
        }
        let plotBottom = y
        // The axis: a line per tick behind the bars, with the year above.
        body.append(axis.verticalGrid(from: left, to: right, top: top, bottom: plotBottom))
        body.append(rows)
        if let marker { body.append(marker.draw(on: axis, from: left, to: right, top: top, bottom: plotBottom)) }
        // The legend names the categories the chart shows, each keeping its colour and texture.
        let used = categories.enumerated().filter { _, category in periods.contains { $0.category == category.key } }
            .map { (category: $0.element, index: $0.offset) }
        let legend = Legend(title: legendTitle, entries: used, sample: .box)
        let (legendMarkup, legendHeight) = used.isEmpty ? (SVGWriter(), 0) : legend.draw(id: id, x: 0, y: plotBottom + 14, width: right)
        body.append(legendMarkup)
        return Frame.svg(id: id, kind: "timeline", width: Self.width, height: plotBottom + 14 + legendHeight + 4,
                         title: title, description: description, hasLinks: false, body: body)
    }
}

extension Timeline.Marker {
    /// The mark as a dashed line across the plot from `top` to `bottom`, its label at the top on
    /// the side with more room.
    func draw(on axis: Axis, from left: Double, to right: Double, top: Double, bottom: Double) -> SVGWriter {
        let x = axis.position(at, from: left, to: right)
        var svg = SVGWriter()
        svg.open("g", ["class": "marker"])
        svg.empty("line", ["x1": x.svg, "y1": (top - 4).svg, "x2": x.svg, "y2": (bottom + 4).svg])
        let anchor = x > (left + right) / 2 ? "end" : "start"
        svg.element("text", ["x": (anchor == "end" ? x - 4 : x + 4).svg, "y": "12", "text-anchor": anchor], text: label)
        svg.close("g")
        return svg
    }
}
