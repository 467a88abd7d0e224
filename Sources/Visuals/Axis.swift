/// A linear scale from a range of values onto a range of positions, with "nice" ticks
/// (steps of 1, 2 or 5 times a power of ten) covering the values.
struct Axis: Sendable {
    /// The first and last value the axis shows (rounded out to whole ticks).
    let lower: Double
    let upper: Double
    /// The tick values, from `lower` to `upper`.
    let ticks: [Double]

    /// An axis covering `minimum`…`maximum` with about `count` ticks.
    init(covering minimum: Double, _ maximum: Double, ticks count: Int = 6) {
        let low = min(minimum, maximum)
        var high = max(minimum, maximum)
        if high == low { high = low + 1 }
        let step = Self.niceStep((high - low) / Double(max(count - 1, 1)))
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        let steps = Int(((last - first) / step).rounded())
        lower = first
        upper = last
        ticks = (0...steps).map { first + Double($0) * step }
    }

    /// An axis from `minimum` to `maximum` exactly, with about `count` nice ticks inside: for
    /// scales whose ends are data (the first and last year shown), where rounding out to whole
    /// steps would leave decades empty at either side.
    init(fitting minimum: Double, _ maximum: Double, ticks count: Int = 6) {
        let low = min(minimum, maximum)
        var high = max(minimum, maximum)
        if high == low { high = low + 1 }
        let step = Self.niceStep((high - low) / Double(max(count - 1, 1)))
        lower = low
        upper = high
        let first = (low / step).rounded(.up), last = (high / step).rounded(.down)
        ticks = first > last ? [low] : (Int(first)...Int(last)).map { Double($0) * step }
    }

    /// The smallest of 1, 2, 5 × 10ⁿ at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for factor in [1.0, 2, 5, 10] where factor * power >= raw { return factor * power }
        return 10 * power
    }

    /// Where `value` falls between `start` and `end`.
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// A vertical grid line per tick from `top` to `bottom`, with its label above: the time axis
    /// of the timelines and the scenario board, drawn behind their bars.
    func verticalGrid(from left: Double, to right: Double, top: Double, bottom: Double) -> SVGWriter {
        var svg = SVGWriter()
        svg.open("g", ["class": "axis"])
        for tick in ticks {
            let x = position(tick, from: left, to: right)
            svg.empty("line", ["x1": x.svg, "y1": (top - 4).svg, "x2": x.svg, "y2": bottom.svg, "class": "grid"])
            svg.element("text", ["x": x.svg, "y": (top - 8).svg, "text-anchor": "middle"], text: Self.label(tick))
        }
        svg.close("g")
        return svg
    }

    /// A tick's label: whole numbers without decimals, others with as few as they need.
    static func label(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// Round values for scales outside a drawing: the steps of a shaded map's legend.
public enum NiceScale {
    /// About `count` round values from at most `minimum` to at least `maximum`, evenly spaced.
    public static func ticks(covering minimum: Double, _ maximum: Double, count: Int) -> [Double] {
        Axis(covering: minimum, maximum, ticks: count).ticks
    }

    /// A value as a scale writes it: `40`, `2.5`.
    public static func label(_ value: Double) -> String {
        Axis.label(value)
    }
}
