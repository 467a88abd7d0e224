import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Visuals

@Suite("Chart")
struct ChartTests {
    static func sample(_ kind: Chart.Kind, series: [Chart.Series]? = nil) -> Chart {
        Chart(id: "ch", title: "Gas prices", description: "Prices by country.", kind: kind,
              categories: ["Ukraine", "Belarus", "Azerbaijan"],
              series: series ?? [Chart.Series(name: "2005", values: [50, 46.68, nil]), Chart.Series(name: "2006", values: [95, 46.68, 110])],
              categoryAxis: "Country", valueAxis: "US$ per 1,000 m³")
    }

    @Test func groupedBarsStandSideBySideWithTheirValuesInTooltips() throws {
        let svg = try ParsedSVG(Self.sample(.bar).svg())
        #expect(svg.root.value("role") == "img")
        let bars = svg.elements("rect", class: "bar")
        // Azerbaijan has no 2005 value: a gap, not a zero.
        #expect(bars.map(\.tooltip) == ["Ukraine, 2005: 50", "Belarus, 2005: 46.68", "Ukraine, 2006: 95", "Belarus, 2006: 46.68", "Azerbaijan, 2006: 110"])
        let x = bars.compactMap { $0.number("x") }
        #expect(x[0] < x[2] && x[2] < x[1])  // Ukraine 2005, Ukraine 2006, then Belarus
        // Taller for larger values, all standing on the same baseline.
        let heights = bars.compactMap { $0.number("height") }
        #expect(heights[4] > heights[2] && heights[2] > heights[0])
        let bottoms = bars.map { ($0.number("y") ?? 0) + ($0.number("height") ?? 0) }
        #expect(Set(bottoms.map { ($0 * 10).rounded() }).count == 1)
        // The second series has a texture besides its colour, and the legend names both.
        #expect(svg.elements("rect", class: "overlay").count == 3 + 1)  // the 2006 bars and the legend's swatch
        #expect(svg.texts.contains("2005") && svg.texts.contains("2006"))
    }

    @Test func theValueAxisHasRoundTicksFromZeroAndBothAxesAreNamed() throws {
        let svg = try ParsedSVG(Self.sample(.bar).svg())
        let ticks = svg.elements("g", class: "axis").flatMap { ($0.children ?? []).compactMap { $0 as? XMLElement } }
            .filter { $0.name == "text" && $0.classes.isEmpty }.map { $0.stringValue ?? "" }
        #expect(ticks == ["0", "50", "100", "150"])
        #expect(svg.elements("text", class: "axis-name").map { $0.stringValue ?? "" } == ["US$ per 1,000 m³", "Country"])
    }

    @Test func aLineHasAPointPerValue() throws {
        let svg = try ParsedSVG(Self.sample(.line).svg())
        let lines = svg.elements("polyline")
        #expect(lines.count == 2)
        #expect(lines.map { ($0.value("points") ?? "").split(separator: " ").count } == [2, 3])
        #expect(svg.elements("circle", class: "point").count == 5)
        #expect(lines[1].value("stroke-dasharray") != nil)  // told apart without colour
    }

    @Test func oneSeriesNeedsNoLegend() throws {
        let svg = try ParsedSVG(Self.sample(.bar, series: [Chart.Series(name: "2006", values: [95, 46.68, 110])]).svg())
        #expect(svg.elements("g", class: "legend").isEmpty)
        #expect(Self.sample(.line).svg() == Self.sample(.line).svg())
    }
}
