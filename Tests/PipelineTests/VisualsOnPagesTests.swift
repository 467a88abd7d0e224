import Foundation
import FoundationXML
import Testing
import TestSupport
@testable import Pipeline

/// The visuals the theme draws from the report's data: the membership timelines, the relations
/// network and the region map, inline SVG on the pages that hold the same data as text.
@Suite struct VisualsOnPagesTests {
    static let site = BuiltSite("visuals")

    func page(_ path: String) throws -> ParsedPage {
        try ParsedPage(Self.site.folder.appendingPathComponent(path))
    }

    /// The `<svg>` with `id`; the XPath works in the SVG namespace by local name.
    static func svg(_ id: String) -> String { "//*[local-name()='svg'][@id='\(id)']" }

    @Test func theBuildHasNoProblems() {
        #expect(Self.site.report.diagnostics.map(\.description) == [])
    }

    @Test func everyVisualIsLabelledWithItsTitleAndDescription() throws {
        for path in ["index.html", "countries/index.html", "memberships/index.html", "relations/index.html",
                     "countries/ukraine/index.html", "organizations/csto/index.html", "scenarios/index.html"] {
            let page = try page(path)
            let svgs = try page.nodes("//*[local-name()='svg']").compactMap { $0 as? XMLElement }
            #expect(!svgs.isEmpty, "\(path) has no visual")
            for svg in svgs {
                let id = try #require(svg.attributes?.first { $0.name == "id" }?.stringValue)
                let role = svg.attributes?.first { $0.name == "role" }?.stringValue
                let links = try page.nodes("\(Self.svg(id))//*[local-name()='a']").count
                #expect(links > 0 ? role == nil : role == "img", "\(path) #\(id)")
                #expect(svg.attributes?.first { $0.name == "aria-labelledby" } == nil)
                #expect(try !page.texts("\(Self.svg(id))/*[local-name()='title'][@id='\(id)-title']").joined().isEmpty)
                #expect(try !page.texts("\(Self.svg(id))/*[local-name()='desc'][@id='\(id)-desc']").joined().isEmpty)
            }
        }
    }

    /// The scenario board: every ICD 203 band with its range, and each scenario in the band of the
    /// likelihood the scenarios table gives it, over the years of its horizon.
    @Test func theScenarioBoardPlacesEveryScenarioInTheBandOfItsLikelihood() throws {
        let page = try page("scenarios/index.html")
        let board = Self.svg("scenario-board")
        let bands = try page.nodes("\(board)//*[local-name()='g'][contains(@class, 'band')]").map { band in
            try band.nodes(forXPath: "*[local-name()='text']").compactMap(\.stringValue)
        }
        #expect(bands == [["almost certain", "95–99%"], ["very likely", "80–95%"], ["likely", "55–80%"], ["roughly even", "45–55%"],
                          ["unlikely", "20–45%"], ["very unlikely", "5–20%"], ["almost no chance", "1–5%"]])
        // The table's rows: title, likelihood words, horizon.
        let rows = try page.nodes("//table[@class='scenarios']/tbody/tr").map { row -> (title: String, likelihood: String, horizon: String) in
            let cell = { (path: String) throws -> String in try row.nodes(forXPath: path).first?.stringValue ?? "" }
            let likelihood = try cell("td[1]")
            let words = likelihood.range(of: " (").map { String(likelihood[..<$0.lowerBound]) } ?? likelihood
            return (try cell("th"), words, try cell("td[3]"))
        }
        #expect(rows.count == 6)
        let tooltips = try page.texts("\(board)//*[local-name()='rect'][contains(@class, 'bar')]/*[local-name()='title']")
        #expect(tooltips.count == rows.count)
        for row in rows {
            #expect(tooltips.contains { $0.hasPrefix("\(row.title): \(row.likelihood) (") && $0.hasSuffix(", \(row.horizon)") },
                    "no bar for \(row.title), \(row.likelihood), \(row.horizon): \(tooltips)")
        }
        #expect(try page.texts("\(board)//*[local-name()='g'][@class='marker']/*[local-name()='text']") == ["report date, 1 March 2006"])
    }

    @Test func theMembershipTimelineHasABarPerMembershipAndTheReportDate() throws {
        let page = try page("memberships/index.html")
        let timeline = Self.svg("membership-timeline")
        let bars = try page.nodes("\(timeline)//*[local-name()='rect'][contains(@class, 'bar ')]")
        // One bar per membership row of the report that has a start (or an organization founded).
        let rows = try page.nodes("//ol[@class='timeline']/li").count
        #expect(bars.count > 50 && bars.count <= rows)
        #expect(try page.texts("\(timeline)//*[local-name()='g'][@class='marker']/*[local-name()='text']") == ["report date, 1 March 2006"])
        let headings = try page.texts("\(timeline)//*[local-name()='text'][@class='heading']")
        #expect(headings.contains("CIS") && headings.contains("CSTO") && headings.contains("GUAM"))
        // Ukraine takes part in the CIS without being a member: the status is a class, a texture and a tooltip.
        let ukraine = try page.nodes("\(timeline)//*[local-name()='rect'][contains(@class, 'k-participant')]/*[local-name()='title']")
            .compactMap(\.stringValue)
        #expect(ukraine.contains { $0.hasPrefix("Ukraine, participant of CIS: 10 December 1991") })
    }

    @Test func aCountryPageShowsItsOwnMembershipsAndRelations() throws {
        let page = try page("countries/ukraine/index.html")
        let labels = try page.texts("\(Self.svg("membership-timeline"))//*[local-name()='text'][@class='label']")
        let history = Set(try page.texts("//section[@aria-labelledby='history-heading']//tbody/tr/th"))
        #expect(Set(labels) == history)
        let network = Self.svg("relations-network")
        #expect(try page.texts("\(network)//*[local-name()='g'][contains(@class, 'focus')]/*[local-name()='text']") == ["Ukraine"])
        #expect(try page.nodes("\(network)//*[local-name()='a']/@href").compactMap(\.stringValue).contains("../../relations/russia--ukraine/"))
    }

    @Test func theRelationsNetworkHasAnEdgePerRelationAroundRussia() throws {
        let page = try page("relations/index.html")
        let network = Self.svg("relations-network")
        let relations = try page.nodes("//section[@aria-labelledby='all-relations']//tbody/tr").count
        #expect(try page.nodes("\(network)//*[local-name()='g'][@class='relation']").count == relations)
        #expect(try page.texts("\(network)//*[local-name()='g'][contains(@class, 'focus')]/*[local-name()='text']") == ["Russia"])
        let legend = try page.texts("\(network)//*[local-name()='g'][@class='legend']/*[local-name()='text']")
        #expect(legend.contains("ally") && legend.contains("strained") && legend.contains("cooling"))
    }

    @Test func theMapShadesEveryCountryByOrientationAndLinksItsBrief() throws {
        let page = try page("index.html")
        let map = Self.svg("region-map")
        let links = try page.nodes("\(map)//*[local-name()='a']/@href").compactMap(\.stringValue)
        // Every country of the report but the United States, which the frame does not reach.
        #expect(links.count == 13 && links.contains("countries/belarus/") && !links.contains("countries/united-states/"))
        #expect(try page.texts("\(map)//*[local-name()='text'][@class='off-map']") == ["Not on the map: United States"])
        let ukraine = try page.nodes("\(map)//*[local-name()='a'][@href='countries/ukraine/']/*[local-name()='path']/@class")
            .compactMap(\.stringValue)
        #expect(ukraine.first?.contains("k-western") == true)
    }
}

/// ` ```map `: the region's map shaded by a field, an organization or a data column.
@Suite struct MapDirectiveTests {
    func aboutPage(with directive: String) throws -> ParsedPage {
        try ReportFixture.page("about/index.html", of: ["Content/pages/about.md": ReportFixture.files["Content/pages/about.md"]! + "\n\n```map\n\(directive)```\n"])
    }

    /// The classes of each country's shape, by its link.
    func shading(_ page: ParsedPage) throws -> [String: String] {
        let links = try page.nodes("//*[local-name()='a'][*[local-name()='path']]").compactMap { $0 as? XMLElement }
        return Dictionary(uniqueKeysWithValues: try links.map { link in
            let href = link.attributes?.first { $0.name == "href" }?.stringValue ?? ""
            let path = try #require((link.children ?? []).compactMap { $0 as? XMLElement }.first)
            return (href, path.attributes?.first { $0.name == "class" }?.stringValue ?? "")
        })
    }

    @Test func shadesByAField() throws {
        let page = try aboutPage(with: "field: orientation\ntitle: Leanings\n")
        #expect(try shading(page) == ["../countries/russia/": "area c0 k-ally", "../countries/ukraine/": "area c2 k-western"])
        #expect(try page.texts("//figure[@class='visual']/*[local-name()='svg']/*[local-name()='title']") == ["Leanings"])
    }

    @Test func shadesByMembershipOnADate() throws {
        let page = try aboutPage(with: "org: csto\n")
        #expect(try shading(page) == ["../countries/russia/": "area c0 k-member", "../countries/ukraine/": "area none"])
        #expect(try page.texts("//*[local-name()='svg']/*[local-name()='title']") == ["Members of CSTO, 1 March 2006"])
        let before = try aboutPage(with: "org: csto\nas_of: 1992\n")
        #expect(try shading(before)["../countries/russia/"] == "area none")
    }

    @Test func shadesByADataColumnInSteps() throws {
        let page = try aboutPage(with: "data: prices\ncolumn: price\n")
        let shading = try shading(page)
        #expect(shading["../countries/ukraine/"]?.hasPrefix("area s") == true)
        #expect(shading["../countries/russia/"] == "area none")
        #expect(try page.texts("//*[local-name()='svg']//*[local-name()='path'][contains(@class, 'area')]/*[local-name()='title']")
            .contains("Ukraine: 95"))
    }
}

/// ` ```chart `: a bar, grouped-bar or line chart of a data table.
@Suite struct ChartDirectiveTests {
    func aboutPage(with directive: String) throws -> ParsedPage {
        try ReportFixture.page("about/index.html", of: ["Content/pages/about.md": ReportFixture.files["Content/pages/about.md"]! + "\n\n```chart\n\(directive)```\n"])
    }

    @Test func barsOfAColumnLabelledByTheCountriesTitles() throws {
        let page = try aboutPage(with: "data: prices\nx: country\ny: price\ntitle: What Ukraine paid\n")
        let chart = "//figure[@class='visual']/*[local-name()='svg']"
        #expect(try page.texts("\(chart)/*[local-name()='title']") == ["What Ukraine paid"])
        #expect(try page.texts("\(chart)//*[local-name()='rect'][contains(@class, 'bar')]/*[local-name()='title']") == ["Ukraine, Price: 95"])
        #expect(try page.texts("\(chart)//*[local-name()='g'][@class='categories']/*[local-name()='text']") == ["Ukraine"])
    }

    @Test func aLineChart() throws {
        let page = try aboutPage(with: "data: prices\nx: country\ny: [price]\nkind: line\n")
        #expect(try page.nodes("//*[local-name()='polyline']").count == 1)
        #expect(try page.texts("//*[local-name()='svg']/*[local-name()='title']") == ["Prices"])
    }
}
