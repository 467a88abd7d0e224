import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Visuals

@Suite("Scenario board")
struct ScenarioBoardTests {
    static let bands = [("almost no chance", "1–5%"), ("very unlikely", "5–20%"), ("unlikely", "20–45%"), ("roughly even", "45–55%"),
                        ("likely", "55–80%"), ("very likely", "80–95%"), ("almost certain", "95–99%")]
        .map { ScenarioBoard.Band(label: $0.0, range: $0.1) }

    static func sample() -> ScenarioBoard {
        ScenarioBoard(
            id: "sb", title: "Scenarios & likelihood", description: "Bands <and> bars.", bands: bands,
            scenarios: [
                ScenarioBoard.Scenario(label: "Turn East", band: 1, from: 2008, through: 2015, text: "Turn East: very unlikely (5–20%), 2008–2015"),
                ScenarioBoard.Scenario(label: "Muddling Through", band: 4, from: 2006, through: 2010, text: "Muddling Through: likely"),
                ScenarioBoard.Scenario(label: "Battle for Ukraine", band: 1, from: 2006, through: 2010, text: "Battle for Ukraine: very unlikely"),
            ],
            marker: Timeline.Marker(at: 2006.2, label: "report date, 1 March 2006"))
    }

    /// The `<text>` children of `element`.
    static func texts(in element: XMLElement) -> [String] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == "text" }.map { $0.stringValue ?? "" }
    }

    @Test func isAnImageWithItsTitleAndDescriptionAndNoLinks() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        #expect(svg.root.value("role") == "img")
        let children = (svg.root.children ?? []).compactMap { $0 as? XMLElement }
        #expect(children.prefix(2).map(\.name) == ["title", "desc"])
        #expect(svg.elements("title").first?.stringValue == "Scenarios & likelihood")
        #expect(svg.elements("desc").first?.stringValue == "Bands <and> bars.")
        #expect(svg.elements("a").isEmpty)
        #expect(svg.elements("path").isEmpty)
    }

    @Test func drawsEveryBandWithItsRangeMostLikelyAtTheTop() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let bands = svg.elements("g", class: "band")
        #expect(bands.map(Self.texts) == Self.bands.reversed().map { [$0.label, $0.range] })
        // The bands the scenarios are not in are drawn too, marked empty.
        #expect(bands.map { $0.classes.contains("empty") } == [true, true, false, true, true, false, true])
        let tops = svg.elements("rect", class: "strip").compactMap { $0.number("y") }
        #expect(tops == tops.sorted() && Set(tops).count == 7)
    }

    @Test func placesEachScenarioInItsBandOverItsHorizon() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let strips = svg.elements("rect", class: "strip")
        let stripOf = { (y: Double) in strips.firstIndex { y >= ($0.number("y") ?? 0) && y < ($0.number("y") ?? 0) + ($0.number("height") ?? 0) } }
        let scenarios = svg.elements("g", class: "scenario")
        let names = scenarios.map { Self.texts(in: $0).first ?? "" }
        // Most likely first; within a band, by the start of the horizon.
        #expect(names == ["Muddling Through", "Battle for Ukraine", "Turn East"])
        let bars = svg.elements("rect", class: "bar")
        #expect(bars.map(\.tooltip) == ["Muddling Through: likely", "Battle for Ukraine: very unlikely", "Turn East: very unlikely (5–20%), 2008–2015"])
        // "likely" is the third strip from the top, "very unlikely" the sixth.
        #expect(bars.map { stripOf($0.number("y") ?? -1) } == [2, 5, 5])
        // Each bar runs from the first year of its horizon to the end of the last: read against the axis.
        let axis = svg.elements("g", class: "axis").first.map { group in
            (group.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.name == "text" }
                .compactMap { text in Int(text.stringValue ?? "").map { ($0, text.number("x") ?? 0) } }
        } ?? []
        let x = Dictionary(uniqueKeysWithValues: axis)
        let start = { (bar: XMLElement) in bar.number("x") ?? 0 }
        let end = { (bar: XMLElement) in (bar.number("x") ?? 0) + (bar.number("width") ?? 0) }
        let x2008 = try #require(x[2008]), x2010 = try #require(x[2010]), x2016 = try #require(x[2016])
        let perYear = (x2010 - x2008) / 2
        #expect(abs(start(bars[2]) - x2008) < 0.2 && abs(end(bars[2]) - x2016) < 0.2)
        #expect(abs(end(bars[1]) - (x2010 + perYear)) < 0.2)
        #expect(abs(start(bars[0]) - (x2008 - 2 * perYear)) < 0.2)
    }

    @Test func marksTheReportDate() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let marker = try #require(svg.elements("g", class: "marker").first)
        #expect(Self.texts(in: marker) == ["report date, 1 March 2006"])
    }

    @Test func sameInputSameBytes() {
        #expect(Self.sample().svg() == Self.sample().svg())
    }
}
