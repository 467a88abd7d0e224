import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Visuals

@Suite("Region map")
struct RegionMapTests {
    static let categories = [Category(key: "ally", label: "ally"), Category(key: "western", label: "western")]

    static func sample(scale: RegionMap.Scale = .qualitative) -> RegionMap {
        RegionMap(id: "map", title: "Where they lean", description: "Shaded by orientation.", regions: [
            RegionMap.Region(code: "RUS", label: "Russia", link: "countries/russia/", category: "ally", text: "Russia: ally"),
            RegionMap.Region(code: "ARM", label: "Armenia", link: "countries/armenia/", category: "western", text: "Armenia: western"),
            RegionMap.Region(code: "UKR", label: "Ukraine", link: "countries/ukraine/", category: nil, text: "Ukraine: none"),
            RegionMap.Region(code: "USA", label: "United States", link: "countries/united-states/", category: "western", text: "US"),
        ], categories: categories, scale: scale, legendTitle: "Orientation:", noValueLabel: "no value", offMapLabel: "Not on the map:")
    }

    @Test func shadesEachCountryAndLinksIt() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        #expect(svg.root.value("role") == nil)
        let areas = svg.elements("path", class: "area")
        #expect(areas.map(\.tooltip) == ["Russia: ally", "Armenia: western", "Ukraine: none"])
        #expect(areas.map { $0.classes.filter { $0 != "area" } } == [["c0", "k-ally"], ["c1", "k-western"], ["none"]])
        #expect(svg.elements("a").compactMap { $0.value("href") } == ["countries/russia/", "countries/armenia/", "countries/ukraine/"])
        // Every outline is path data the frame holds, and the context countries are drawn plain.
        #expect(areas.allSatisfy { ($0.value("d") ?? "").hasPrefix("M") && ($0.value("d") ?? "").hasSuffix("Z") })
        #expect(svg.elements("path", class: "land").count == RegionShapes.countries.count - 3)
    }

    @Test func labelsLegendAndTheCountriesOffTheMapAreText() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let labels = svg.elements("text", class: "map-label").map { $0.stringValue ?? "" }
        // Names that fit inside their countries first, then Armenia's, which does not fit and goes beside it.
        #expect(labels == ["Russia", "Ukraine", "Armenia"])
        #expect(svg.texts.contains("Orientation:") && svg.texts.contains("no value"))
        #expect(svg.elements("text", class: "off-map").first?.stringValue == "Not on the map: United States")
    }

    @Test func aNameTooLongForItsCountryStandsBesideItWithALeaderLine() throws {
        let svg = try ParsedSVG(Self.sample().svg())
        let callouts = svg.elements("g", class: "callout")
        #expect(callouts.count == 1)
        let callout = try #require(callouts.first)
        let children = (callout.children ?? []).compactMap { $0 as? XMLElement }
        let line = try #require(children.first { $0.name == "line" })
        let text = try #require(children.first { $0.name == "text" })
        #expect(text.stringValue == "Armenia")
        let armenia = try #require(RegionShapes.countries["ARM"])
        // The line starts at Armenia's label point and ends at the name's box, which lies outside Armenia.
        #expect(line.number("x1") == (armenia.label.x * 10).rounded() / 10 && line.number("y1") == (armenia.label.y * 10).rounded() / 10)
        let nameX = try #require(text.number("x")), nameY = try #require(text.number("y"))
        let nameWidth = Frame.textWidth("Armenia", size: 11)
        #expect(abs(nameX - armenia.label.x) > nameWidth / 2 || abs(nameY - 4 - armenia.label.y) > 6)
        let end = (x: try #require(line.number("x2")), y: try #require(line.number("y2")))
        #expect(abs(end.x - nameX) <= nameWidth / 2 + 0.1 && abs(end.y - (nameY - 4)) <= 6.1)
        // Clear of the other names.
        let others = svg.elements("text", class: "map-label").filter { $0.stringValue != "Armenia" }
        for other in others {
            let width = Frame.textWidth(other.stringValue ?? "", size: 11)
            let apart = abs((other.number("x") ?? 0) - nameX) * 2 >= width + nameWidth || abs((other.number("y") ?? 0) - nameY) >= 12
            #expect(apart, "Armenia's name covers \(other.stringValue ?? "")")
        }
    }

    @Test func sequentialScalesUseTheRamp() throws {
        let svg = try ParsedSVG(Self.sample(scale: .sequential).svg())
        #expect(svg.elements("path", class: "area").first?.classes == ["area", "s0", "k-ally"])
    }

    @Test func theShapesAreInsideTheFrame() {
        for (code, shape) in RegionShapes.countries {
            let numbers = shape.path.split { "MLZ ".contains($0) }.compactMap { Double($0) }
            let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
            let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
            #expect(xs.allSatisfy { (0...RegionShapes.width).contains($0) } && ys.allSatisfy { (0...RegionShapes.height).contains($0) },
                    "\(code) leaves the frame")
        }
        for code in ["RUS", "UKR", "BLR", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB", "TKM", "KGZ", "TJK", "CHN"] {
            #expect(RegionMap.hasShape(code), "\(code) is not on the map")
        }
    }
}
