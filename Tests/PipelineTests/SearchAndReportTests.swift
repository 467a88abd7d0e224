import Foundation
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
            .filter { $0.hasSuffix(".html") && !["404.html", "search/index.html", "report/index.html"].contains($0) }
        #expect(Set(index.pages.map(\.u)) == Set(pages.map { "../" + $0.dropLast("index.html".count) }))
        let belarus = try #require(index.pages.first { $0.u == "../countries/belarus/" })
        #expect(belarus.t == "Belarus" && belarus.k == "country")
        #expect(!belarus.h.isEmpty && belarus.h.allSatisfy { $0.count == 2 })
        #expect(belarus.w.split(separator: " ").contains("lukashenko"))
        let search = try ParsedPage(Self.site.folder.appendingPathComponent("search/index.html"))
        #expect(try search.nodes("//ol[@id='search-results']/li").count == index.pages.count)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/node") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/node"),
                   "node is not installed; the index structure is still checked by indexHoldsEveryPageWithItsHeadingsAndWords"))
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", "-e", program, try Self.asset("search-index").path, try Self.asset("search").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let results = try JSONDecoder().decode([String: [String]].self, from: data)
        #expect(results["Georgia"]?.first == "../countries/georgia/")
        #expect(results["kazakh"]?.first == "../countries/kazakhstan/")
        #expect(results["Géorgia"]?.first == "../countries/georgia/")
        #expect(results["gas Turkmenistan"]?.contains("../countries/turkmenistan/") == true)
    }

    @Test func reportPageHoldsEverySectionInReadingOrderWithLinksAsAnchors() throws {
        let page = try ParsedPage(Self.site.folder.appendingPathComponent("report/index.html"))
        #expect(try page.texts("//section[@class='report-section']/@id") == ["overview", "countries", "organizations", "relations", "scenarios", "events", "about"])
        let content = try #require(Self.site.report.context.content)
        let entries = Set(try page.texts("//article[@class='report-entry']/@id"))
        for country in content.countries { #expect(entries.contains("country-\(country.slug)")) }
        for scenario in content.scenarios { #expect(entries.contains("scenario-\(scenario.slug)")) }
        #expect(entries.contains("page-methodology"))
        let ids = try page.texts("//@id")
        #expect(ids.count == Set(ids).count, "duplicate ids on the report page")
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
}
