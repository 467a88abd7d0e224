import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Visuals

@Suite("Timeline")
struct TimelineTests {
    static let categories = [Category(key: "member", label: "member"), Category(key: "observer", label: "observer"),
                             Category(key: "former", label: "former")]

    static func sample(marker: Double? = 2006.2) -> Timeline {
        Timeline(
            id: "tl", title: "Members & more", description: "Bars <for> members.", categories: categories, legendTitle: "Status:",
            groups: [
                Timeline.Group(heading: "CIS", rows: [
                    Timeline.Row(label: "Georgia", periods: [
                        Timeline.Period(start: 1993.9, end: 2009.6, category: "member", text: "Georgia, member of CIS"),
                    ]),
                    Timeline.Row(label: "Ukraine", periods: [
                        Timeline.Period(start: 1991.9, end: nil, category: "observer", text: "Ukraine, observer"),
                    ]),
                ]),
                Timeline.Group(heading: "GUAM", rows: [
                    Timeline.Row(label: "Uzbekistan", periods: [
                        Timeline.Period(start: 1999.3, end: 2002.5, category: "member", text: "Uzbekistan, member"),
                        Timeline.Period(start: 2002.5, end: 2005.4, category: "member", text: "Uzbekistan, member again"),
                    ]),
                ]),
            ],
            marker: marker.map { Timeline.Marker(at: $0, label: "report date, March 2006") })
    }

    @Test func isAnImageWithItsTitleAndDescription() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        #expect(svg.root.name == "svg")
        #expect(svg.root.value("role") == "img")
        // Named by its first child, the title, and described by the next, the description.
        let children = (svg.root.children ?? []).compactMap { $0 as? XMLElement }
        #expect(children.prefix(2).map(\.name) == ["title", "desc"])
        let title = try #require(svg.elements("title").first)
        #expect(title.value("id") == "tl-title")
        #expect(title.stringValue == "Members & more")
        #expect(svg.elements("desc").first?.stringValue == "Bars <for> members.")
        #expect(svg.root.value("viewBox")?.hasPrefix("0 0 720 ") == true)
    }

    @Test func drawsABarPerPeriodWithItsTooltipAndCategoryClass() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let bars = svg.elements("rect", class: "bar")
        #expect(bars.map(\.tooltip) == ["Georgia, member of CIS", "Ukraine, observer", "Uzbekistan, member", "Uzbekistan, member again"])
        #expect(bars.map { $0.classes.filter { $0.hasPrefix("k-") } } == [["k-member"], ["k-observer"], ["k-member"], ["k-member"]])
        // Colour is never the only cue: the observer bar (second category) carries a texture, the first is plain.
        let overlays = svg.elements("rect", class: "overlay")
        #expect(overlays.map { $0.value("fill") } == ["url(#tl-t1)"] + ["url(#tl-t1)"])
        #expect(svg.elements("pattern").map { $0.value("id") ?? "" }.contains("tl-t1"))
        // Real text for the rows, the group headings and the years.
        #expect(svg.texts.contains("Georgia") && svg.texts.contains("CIS") && svg.texts.contains("GUAM"))
        #expect(svg.texts.contains("1995") && svg.texts.contains("2010"))
    }

    @Test func axisSpansTheYearsOfTheDataAndNoMore() throws {
        // 1949 to 2018, as NATO's founding and the memberships ended after the report date span:
        // rounded out to whole steps, the axis ran from 1940 to 2040.
        var timeline = Self.sample()
        timeline.groups[0].rows[0].periods[0].start = 1949.25
        timeline.groups[0].rows[0].periods[0].end = 2018.4
        let svg = try ParsedSVG(timeline.svg())
        let years = svg.elements("g", class: "axis").flatMap { axis in
            (axis.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == "text" }.compactMap { Int($0.stringValue ?? "") }
        }
        #expect(years == [1950, 1960, 1970, 1980, 1990, 2000, 2010])
        // The bars fill the plot: the earliest starts at its left edge, the latest end is at its right.
        let bars = svg.elements("rect", class: "bar")
        let left = bars.compactMap { $0.number("x") }.min() ?? 0
        let right = bars.map { ($0.number("x") ?? 0) + ($0.number("width") ?? 0) }.max() ?? 0
        let label = try #require(svg.elements("text", class: "label").compactMap { $0.number("x") }.first)
        #expect(left - label < 12)
        #expect(right > 700)
    }

    @Test func placesBarsOnTheAxisInOrderAndRunsOpenPeriodsToItsEnd() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let bars = svg.elements("rect", class: "bar")
        let georgia = bars[0], ukraine = bars[1], first = bars[2], second = bars[3]
        let end = { (bar: XMLElement) in (bar.number("x") ?? 0) + (bar.number("width") ?? 0) }
        #expect((georgia.number("x") ?? 0) > (ukraine.number("x") ?? 0))
        #expect(abs(end(first) - (second.number("x") ?? 0)) < 0.2)
        // The open period runs to the right end of the axis, past every closed one.
        #expect(end(ukraine) > end(georgia))
        let gridLines = svg.elements("line", class: "grid").compactMap { $0.number("x1") }
        #expect(abs(end(ukraine) - (gridLines.max() ?? 0)) < 0.2)
        // Rows go down the page in order.
        let ys = bars.compactMap { $0.number("y") }
        #expect(ys[0] < ys[1] && ys[1] < ys[2] && ys[2] == ys[3])
    }

    @Test func marksTheReportDateBetweenTheYearsAroundIt() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let axisLabels = svg.elements("text").filter { Int($0.stringValue ?? "") != nil }
        let x = { (year: String) in axisLabels.first { $0.stringValue == year }?.number("x") ?? -1 }
        let marker = try #require(svg.elements("g", class: "marker").first)
        let line = try #require((marker.children ?? []).compactMap { $0 as? XMLElement }.first { $0.name == "line" })
        let markerX = try #require(line.number("x1"))
        #expect(x("2005") < markerX && markerX < x("2010"))
        #expect(svg.texts.contains("report date, March 2006"))
        #expect(try ParsedSVG(Self.sample(marker: nil).svg()).elements("g", class: "marker").isEmpty)
    }

    @Test func legendNamesOnlyTheCategoriesShown() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let legend = try #require(svg.elements("g", class: "legend").first)
        let words = (legend.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == "text" }.map { $0.stringValue ?? "" }
        #expect(words == ["Status:", "member", "observer"])
    }

    @Test func sameInputSameBytes() {
        #expect(Self.sample().svg() == Self.sample().svg())
    }
}

@Suite("Axis and numbers")
struct AxisTests {
    @Test(arguments: [(0.3, 0.5), (1.0, 1.0), (1.2, 2.0), (3.0, 5.0), (7.0, 10.0), (14.0, 20.0), (250.0, 500.0)])
    func niceSteps(raw: Double, step: Double) {
        #expect(Axis.niceStep(raw) == step)
    }

    @Test func ticksCoverTheValues() {
        let axis = Axis(covering: 1991.9, 2006.7, ticks: 8)
        #expect(axis.ticks == [1990, 1995, 2000, 2005, 2010])
        #expect(Axis(covering: 46.68, 110, ticks: 5).ticks == [40, 60, 80, 100, 120])
    }

    @Test func aFittedAxisEndsAtTheValuesWithTicksInside() {
        let axis = Axis(fitting: 1949, 2019, ticks: 8)
        #expect(axis.lower == 1949 && axis.upper == 2019)
        #expect(axis.ticks == [1950, 1960, 1970, 1980, 1990, 2000, 2010])
        #expect(Axis(fitting: 2006, 2016, ticks: 8).ticks == [2006, 2008, 2010, 2012, 2014, 2016])
    }

    @Test(arguments: [(12.0, "12"), (12.46, "12.5"), (-3.24, "-3.2"), (0.04, "0"), (1234567.0, "1234567")])
    func numbersHaveOneFixedForm(value: Double, text: String) {
        #expect(value.svg == text)
    }

    @Test func textIsEscaped() {
        #expect(SVGWriter.escape(#"a < b & "c" > d"#) == "a &lt; b &amp; &quot;c&quot; &gt; d")
    }
}
