/// The names on the region map: inside each country whose name fits there, and beside each
/// one too small for it (Armenia, Moldova), joined to it by a leader line, at the first of a
/// few places around it that stays in the frame and clear of the other names and countries'
/// label points. Same input, same places.
struct MapLabels {
    /// Each shaded country's name and outline, in the map's order.
    var regions: [(label: String, shape: RegionShape)]
    var width: Double
    var height: Double

    private static let fontSize = 11.0
    private static let lineHeight = 12.0

    /// A label's box: its centre and size.
    private struct Box {
        var x: Double, y: Double, width: Double, height: Double

        func overlaps(_ other: Box, gap: Double = 2) -> Bool {
            abs(x - other.x) * 2 < width + other.width + 2 * gap && abs(y - other.y) * 2 < height + other.height + 2 * gap
        }

        /// The point of the box's outline nearest to `point`, where a leader line ends.
        func edge(towards point: (x: Double, y: Double)) -> (x: Double, y: Double) {
            (min(max(point.x, x - width / 2), x + width / 2), min(max(point.y, y - height / 2), y + height / 2))
        }
    }

    /// The directions tried, in order: sideways first (the region's small countries lie on seas
    /// to the east and west of them), then slanting, then straight up and down.
    private static let directions: [(x: Double, y: Double)] = [(-1, 0), (1, 0), (-0.7, -0.7), (-0.7, 0.7), (0.7, -0.7), (0.7, 0.7), (0, -1), (0, 1)]
    private static let distances = [16.0, 28, 42]

    func svg() -> SVGWriter {
        var svg = SVGWriter()
        var placed: [Box] = []
        var small: [(label: String, shape: RegionShape)] = []
        for region in regions {
            let textWidth = Frame.textWidth(region.label, size: Self.fontSize)
            guard textWidth < region.shape.width * 0.9 else {
                small.append(region)
                continue
            }
            placed.append(Box(x: region.shape.label.x, y: region.shape.label.y, width: textWidth, height: Self.lineHeight))
            svg.element("text", ["x": region.shape.label.x.svg, "y": (region.shape.label.y + 4).svg, "text-anchor": "middle", "class": "map-label"],
                        text: region.label)
        }
        // The label points of the small countries stay uncovered, so every leader line shows where it points.
        let points = small.map { Box(x: $0.shape.label.x, y: $0.shape.label.y, width: 4, height: 4) }
        for region in small {
            let point = region.shape.label
            let textWidth = Frame.textWidth(region.label, size: Self.fontSize)
            let candidates = Self.distances.flatMap { distance in
                Self.directions.map { direction in
                    Box(x: point.x + direction.x * (distance + textWidth / 2), y: point.y + direction.y * (distance + Self.lineHeight / 2),
                        width: textWidth, height: Self.lineHeight)
                }
            }
            let clear = candidates.first { box in
                box.x - box.width / 2 >= 2 && box.x + box.width / 2 <= width - 2 && box.y - box.height / 2 >= 2 && box.y + box.height / 2 <= height - 2
                    && !placed.contains { box.overlaps($0) } && !points.contains { box.overlaps($0, gap: 0) }
            }
            let box = clear ?? candidates[0]
            placed.append(box)
            let end = box.edge(towards: point)
            svg.open("g", ["class": "callout"])
            svg.empty("line", ["x1": point.x.svg, "y1": point.y.svg, "x2": end.x.svg, "y2": end.y.svg, "class": "leader"])
            svg.empty("circle", ["cx": point.x.svg, "cy": point.y.svg, "r": "1.5", "class": "leader-point"])
            svg.element("text", ["x": box.x.svg, "y": (box.y + 4).svg, "text-anchor": "middle", "class": "map-label"], text: region.label)
            svg.close("g")
        }
        return svg
    }
}
