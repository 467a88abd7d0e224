/// A category a visual shows (a membership status, an orientation, an alignment): the key it is
/// known by and the words the legend and descriptions use for it.
public struct Category: Sendable, Equatable {
    /// A short key, used in class names (`member`, `ally`).
    public var key: String
    /// What the legend says (`member`, `ally of Moscow`).
    public var label: String

    /// A category called `label`, known as `key`.
    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// What every visual shares: the root `<svg>` with its title and description, the textures that
/// tell categories apart without colour, and the legend.
///
/// Colours are not written into the markup: every shape carries classes (`c0`…`c7` for the
/// category's place in the legend, `k-<key>` for its key) that the theme's stylesheet colours, so
/// the visuals follow the page's colour scheme, light or dark, and print as they show.
enum Frame {
    /// How many distinct textures there are; categories beyond repeat them with other colours.
    static let textureCount = 6
    /// How many colour classes the theme defines (`c0`…`c7`).
    static let colourCount = 8

    /// The root element around `body`: `role="img"` named by its `<title>` and described by its
    /// `<desc>` (their first children, as SVG's accessibility mapping reads them; not by
    /// `aria-labelledby`, whose ids the one-page report renames), or, when the
    /// visual holds links a reader can follow, no role, so it keeps SVG's own (a graphics document
    /// whose links stay reachable; an image's children are hidden from assistive technology, and
    /// the HTML checker accepts no `group` on `svg`).
    static func svg(id: String, kind: String, width: Double, height: Double, title: String, description: String,
                    hasLinks: Bool, body: SVGWriter) -> String {
        var svg = SVGWriter()
        svg.open("svg", ["xmlns": "http://www.w3.org/2000/svg", "class": "visual-svg visual-\(kind)", "id": id,
                         "viewBox": "0 0 \(width.svg) \(height.svg)", "width": width.svg, "height": height.svg,
                         "role": hasLinks ? "" : "img"])
        svg.element("title", ["id": "\(id)-title"], text: title)
        svg.element("desc", ["id": "\(id)-desc"], text: description)
        svg.append(textures(id: id))
        svg.append(body)
        svg.close("svg")
        return svg.text
    }

    /// The classes of the category at `index` in the legend.
    static func classes(_ category: Category, index: Int) -> String {
        "c\(index % colourCount) k-\(Self.classKey(category.key))"
    }

    /// The fill of the texture for the category at `index`, or nil for the first, which is plain.
    static func texture(id: String, index: Int) -> String? {
        let texture = index % textureCount
        return texture == 0 ? nil : "url(#\(id)-t\(texture))"
    }

    /// A key as a class name: letters, digits and hyphens.
    static func classKey(_ key: String) -> String {
        String(key.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// The textures, as patterns of lines and dots in the ink colour laid over a category's colour.
    private static func textures(id: String) -> SVGWriter {
        var defs = SVGWriter()
        defs.open("defs")
        let shapes: [(transform: String, draw: (inout SVGWriter) -> Void)] = [
            ("rotate(45)", { $0.empty("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "6"]) }),
            ("", { $0.empty("circle", ["cx": "3", "cy": "3", "r": "1.2"]) }),
            ("rotate(-45)", { $0.empty("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "6"]) }),
            ("", { $0.empty("line", ["x1": "0", "y1": "3", "x2": "6", "y2": "3"]) }),
            ("rotate(45)", {
                $0.empty("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "6"])
                $0.empty("line", ["x1": "0", "y1": "3", "x2": "6", "y2": "3"])
            }),
        ]
        for (offset, shape) in shapes.enumerated() {
            defs.open("pattern", ["id": "\(id)-t\(offset + 1)", "class": "texture", "width": "6", "height": "6",
                                  "patternUnits": "userSpaceOnUse", "patternTransform": shape.transform])
            shape.draw(&defs)
            defs.close("pattern")
        }
        defs.close("defs")
        return defs
    }

    /// About how wide `text` is at `size`: enough to keep labels apart without measuring fonts.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.56
    }
}

/// The key to a visual's categories, laid out in rows from the left.
struct Legend {
    /// How an entry's sample is drawn.
    enum Sample {
        /// A box filled with the category's colour and texture (bars, areas).
        case box
        /// A line in the category's stroke, dashed and as wide as the visual draws it (edges).
        case line(dashes: [String], widths: [Double])
    }

    var title: String?
    /// The categories shown, each with its place in the visual's list (which sets its colour and texture).
    var entries: [(category: Category, index: Int)]
    var sample: Sample
    /// The classes of the entry at an index, when the visual colours its categories in its own way.
    var classes: (@Sendable (Int) -> String)? = nil

    /// The legend drawn from `y` within `width`, and the height it takes.
    func draw(id: String, x: Double, y: Double, width: Double) -> (SVGWriter, Double) {
        var svg = SVGWriter()
        svg.open("g", ["class": "legend"])
        let rowHeight = 18.0
        var cursorX = x
        var cursorY = y
        if let title {
            svg.element("text", ["x": x.svg, "y": (y + 12).svg, "class": "legend-title"], text: title)
            cursorX += Frame.textWidth(title, size: 12) + 12
        }
        // Lines need more length than boxes to show their dashes.
        let sampleWidth: Double
        switch sample {
        case .box: sampleWidth = 16
        case .line: sampleWidth = 30
        }
        for (entry, index) in entries {
            let entryWidth = (sampleWidth + 6) + Frame.textWidth(entry.label, size: 12) + 14
            if cursorX + entryWidth > x + width, cursorX > x {
                cursorX = x
                cursorY += rowHeight
            }
            let classes = self.classes?(index) ?? Frame.classes(entry, index: index)
            switch sample {
            case .box:
                svg.empty("rect", ["x": cursorX.svg, "y": (cursorY + 2).svg, "width": "16", "height": "12", "class": "swatch \(classes)"])
                if index >= 0, let texture = Frame.texture(id: id, index: index) {
                    svg.empty("rect", ["x": cursorX.svg, "y": (cursorY + 2).svg, "width": "16", "height": "12", "class": "overlay", "fill": texture])
                }
            case .line(let dashes, let widths):
                svg.empty("line", ["x1": cursorX.svg, "y1": (cursorY + 8).svg, "x2": (cursorX + sampleWidth).svg, "y2": (cursorY + 8).svg,
                                   "class": "edge \(classes)", "stroke-width": widths[index % widths.count].svg,
                                   "stroke-dasharray": dashes[index % dashes.count]])
            }
            svg.element("text", ["x": (cursorX + sampleWidth + 6).svg, "y": (cursorY + 12).svg], text: entry.label)
            cursorX += entryWidth
        }
        svg.close("g")
        return (svg, cursorY + rowHeight - y)
    }
}
