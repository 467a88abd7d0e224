import Foundation
import Publish
import TestSupport
import Testing
@testable import Pipeline

/// The client-side search and the one-page report.
@Suite struct SearchAndReportTests {
    static let site = BuiltSite("search")

    /// A file of the built site whose name starts with `prefix` (fingerprinted assets).
    static func asset(_ prefix: String) throws -> URL {
        let folder = site.folder.appendingPathComponent("assets")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix + ".") })
        return folder.appendingPathComponent(name)
    }

    static func index() throws -> SearchIndex {
        let script = try String(contentsOf: asset("search-index"), encoding: .utf8)
        let prefix = "var \(SearchIndex.variable) = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let json = script.dropFirst(prefix.count).dropLast(2)
        return try JSONDecoder().decode(SearchIndex.self, from: Data(json.utf8))
    }

    @Test func indexHoldsEveryPageWithItsHeadingsAndWords() throws {
        #expect(Self.site.report.succeeded)
        let index = try Self.index()
        let pages = try FileManager.default.subpathsOfDirectory(atPath: Self.site.folder.path)
            .filter { $0.hasSuffix(".html") && !["404.html", "search/index.html", "report/index.html", "changes/index.html"].contains($0) }
        #expect(Set(index.pages.map(\.u)) == Set(pages.map { "../" + $0.dropLast("index.html".count) }))
        let belarus = try #require(index.pages.first { $0.u == "../countries/belarus/" })
        #expect(belarus.t == "Belarus" && belarus.k == "country")
        #expect(!belarus.h.isEmpty && belarus.h.allSatisfy { $0.count == 2 })
        #expect(belarus.w.split(separator: " ").contains("lukashenko"))
        let search = try ParsedPage(Self.site.folder.appendingPathComponent("search/index.html"))
        #expect(try search.nodes("//ol[@id='search-results']/li").count == index.pages.count)
    }

    @Test(.requires(.node))
    func theSearchScriptFindsACountryByName() throws {
        let program = """
            const vm = require('vm'), fs = require('fs');
            vm.runInThisContext(fs.readFileSync(process.argv[1], 'utf8'));
            const engine = require(process.argv[2]);
            const result = {};
            for (const query of ['Georgia', 'kazakh', 'Géorgia', 'gas Turkmenistan']) {
              result[query] = engine.search(DOSSIER_SEARCH, query).map(r => r.url);
            }
            console.log(JSON.stringify(result));
            """
        let node = try #require(ExternalTool.find("node"))
        let run = try node.check(["-e", program, try Self.asset("search-index").path, try Self.asset("search").path])
        let data = Data(run.standardOutput.utf8)
        let results = try JSONDecoder().decode([String: [String]].self, from: data)
        #expect(results["Georgia"]?.first == "../countries/georgia/")
        #expect(results["kazakh"]?.first == "../countries/kazakhstan/")
        #expect(results["Géorgia"]?.first == "../countries/georgia/")
        #expect(results["gas Turkmenistan"]?.contains("../countries/turkmenistan/") == true)
    }

    @Test func reportPageHoldsEverySectionInReadingOrderWithLinksAsAnchors() throws {
        let page = try ParsedPage(Self.site.folder.appendingPathComponent("report/index.html"))
        #expect(try page.texts("//section[@class='report-section']/@id") == ["overview", "countries", "organizations", "relations", "scenarios", "events", "about"])
        let content = try #require(Self.site.report.content)
        let entries = Set(try page.texts("//article[@class='report-entry']/@id"))
        for country in content.countries { #expect(entries.contains("country-\(country.slug)")) }
        for scenario in content.scenarios { #expect(entries.contains("scenario-\(scenario.slug)")) }
        #expect(entries.contains("page-methodology"))
        let ids = try page.texts("//@id")
        #expect(ids.count == Set(ids).count, "duplicate ids on the report page")
        let labelledBy = try page.texts("//@aria-labelledby | //@aria-describedby").flatMap { $0.split(separator: " ").map(String.init) }
        #expect(labelledBy.count > 10)
        for id in labelledBy { #expect(Set(ids).contains(id), "aria reference to an id the report page does not have: \(id)") }
        let hrefs = try page.texts("//main//a/@href")
        let anchors = hrefs.filter { $0.hasPrefix("#") }
        #expect(anchors.count > 200)
        for href in hrefs where !href.hasPrefix("#") && !href.contains("://") {
            #expect(!href.hasPrefix("../countries/") && !href.hasPrefix("../organizations/") && !href.hasPrefix("../scenarios/"),
                    "a link to a page on the report left as a link: \(href)")
        }
    }

    @Test func reportPrintsWithoutNavigationAndWithPageBreaks() throws {
        let page = try ParsedPage(Self.site.folder.appendingPathComponent("report/index.html"))
        let stylesheet = try #require(try page.texts("//link[@rel='stylesheet']/@href").first)
        let css = try String(contentsOf: Self.site.folder.appendingPathComponent("report").appendingPathComponent(stylesheet), encoding: .utf8)
        let printBlocks = css.components(separatedBy: "@media print {").dropFirst().map { $0.components(separatedBy: "\n}").first ?? "" }
        #expect(printBlocks.contains { $0.contains(".masthead,") && $0.contains("display: none") })
        #expect(printBlocks.contains { $0.contains(".report-section { break-before: page; }") })
        #expect(css.contains("a[href^=\"http\"]::after"))
    }

    /// What the printed edition is made from: the paper, a named page per part with its running head,
    /// the contents with a page-number slot per part and entry, and each part's external links as notes.
    @Test func reportPageCarriesThePrintedEditionsLayout() throws {
        let page = try ParsedPage(Self.site.folder.appendingPathComponent("report/index.html"))
        let style = try #require(try page.texts("//head/style").first)
        #expect(style.contains("@page { size: A4; }"))
        #expect(style.contains(#"@page part-countries { @top-left { content: "Russia and the Post-Soviet Space"; } @top-right { content: "Countries"; } }"#))
        #expect(style.contains(#".report-section[id="countries"] { page: part-countries; }"#))
        let sections = try page.texts("//section[@class='report-section']/@id")
        // Every part, and the pages of each part that has more than one, in reading order.
        let expected = try sections.flatMap { section in
            let entries = try page.texts("//section[@id='\(section)']/article[@class='report-entry']/@id")
            return [section] + (entries.count > 1 ? entries : [])
        }
        #expect(try page.texts("//nav[@class='report-contents']//span[@class='page-ref']/@data-ref") == expected)
        #expect(try page.texts("//nav[@class='report-contents']//span[@class='page-ref']").allSatisfy(\.isEmpty))
        for section in sections {
            let cited = try page.texts("//section[@id='\(section)']//div[@class='prose']//a[starts-with(@href, 'http')]/@href")
            let notes = try page.texts("//section[@id='\(section)']/aside[@class='link-notes']//li/a/@href")
            var seen: Set<String> = []
            #expect(notes == cited.filter { seen.insert($0).inserted }, "\(section): every address once, in the order first cited")
            let marks = try page.texts("//section[@id='\(section)']//sup[@class='link-note']/a/@href")
            #expect(marks.count == cited.count)
            #expect(Set(marks) == Set(try page.texts("//section[@id='\(section)']/aside[@class='link-notes']//li/@id").map { "#" + $0 }))
        }
    }

    /// Each part's external links become numbered notes, an address cited twice keeping its number.
    @Test func externalLinksBecomeNotesNumberedPerPart() throws {
        let russia = ReportFixture.files["Content/countries/russia.md"]!
            + "\n\nSee [the treaty](https://example.org/treaty?a=1&b=2), [it again](https://example.org/treaty?a=1&b=2) and [a map](https://example.org/map).\n"
        let fixture = try ReportFixture(["Content/countries/russia.md": russia])
        defer { fixture.remove() }
        #expect(fixture.build(into: "Public").filter { $0.severity == .error }.isEmpty)
        let page = try ParsedPage(fixture.root.appendingPathComponent("Public/report/index.html"))
        #expect(try page.texts("//section[@id='countries']//sup[@class='link-note']/a") == ["1", "1", "2"])
        #expect(try page.texts("//section[@id='countries']//sup[@class='link-note']/a/@href") == ["#countries-note-1", "#countries-note-1", "#countries-note-2"])
        #expect(try page.texts("//section[@id='countries']/aside[@class='link-notes']//li") == ["https://example.org/treaty?a=1&b=2", "https://example.org/map"])
        #expect(try page.texts("//section[@id='countries']/aside[@class='link-notes']//li/@id") == ["countries-note-1", "countries-note-2"])
        #expect(try page.texts("//section[@id='organizations']/aside").isEmpty)
    }

    @Test func letterPaperIsNamedInThePagesStyle() throws {
        let fixture = try ReportFixture(["Content/site.yaml": ReportFixture.files["Content/site.yaml"]! + "\npdf: {paper: letter}\n"])
        defer { fixture.remove() }
        #expect(fixture.build(into: "Public").filter { $0.severity == .error }.isEmpty)
        let style = try String(contentsOf: fixture.root.appendingPathComponent("Public/report/index.html"), encoding: .utf8)
        #expect(style.contains("@page { size: letter; }"))
    }
}
