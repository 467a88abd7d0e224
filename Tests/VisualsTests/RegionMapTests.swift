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
        // Russia's name fits inside it; Armenia's does not, so it shows its code.
        #expect(labels == ["Russia", "ARM", "Ukraine"])
        #expect(svg.texts.contains("Orientation:") && svg.texts.contains("no value"))
        #expect(svg.elements("text", class: "off-map").first?.stringValue == "Not on the map: United States")
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
