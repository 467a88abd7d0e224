import Foundation
import TestSupport
import FoundationXML
import Testing
@testable import Pipeline

/// What a static host, crawlers and feed readers get: sitemap, feed, robots.txt, meta tags.
@Suite struct DiscoveryFileTests {
    static let site = BuiltSite("discovery")
    static let baseURL = "https://example.org/dossier/"

    /// The HTML pages a reader can land on, as absolute URLs.
    static func pageURLs(in folder: URL, base: String) throws -> Set<String> {
        let pages = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".html") && $0 != "404.html" && $0 != "search/index.html" }
        return Set(pages.map { base + ($0 == "index.html" ? "" : String($0.dropLast("index.html".count))) })
    }

    @Test func sitemapFollowsTheProtocolAndListsEveryPage() throws {
        #expect(Self.site.report.succeeded)
        let document = try XMLDocument(contentsOf: Self.site.folder.appendingPathComponent("sitemap.xml"), options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "urlset")
        #expect(root.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let urls = root.elements(forName: "url")
        #expect(urls.count <= 50_000)
        var locations: [String] = []
        for url in urls {
            let children = Set((url.children ?? []).compactMap(\.name))
            #expect(children.isSubset(of: ["loc", "lastmod", "changefreq", "priority"]))
            let loc = try #require(url.elements(forName: "loc").first?.stringValue)
            #expect(loc.hasPrefix(Self.baseURL) && loc.count < 2048 && URL(string: loc) != nil)
            locations.append(loc)
            for lastmod in url.elements(forName: "lastmod") {
                #expect(lastmod.stringValue?.wholeMatch(of: /\d{4}(-\d{2}(-\d{2})?)?/) != nil, "lastmod \(lastmod.stringValue ?? "")")
            }
        }
        #expect(locations.count == Set(locations).count)
        #expect(Set(locations) == (try Self.pageURLs(in: Self.site.folder, base: Self.baseURL)))
        #expect(locations.contains(Self.baseURL + "report/"))
    }

    @Test func feedIsAtomWithBriefsAndScenariosLatestFirst() throws {
        let document = try XMLDocument(contentsOf: Self.site.folder.appendingPathComponent("feed.xml"), options: [])
        let feed = try #require(document.rootElement())
        #expect(feed.name == "feed" && feed.uri == "http://www.w3.org/2005/Atom")
        for required in ["title", "id", "updated", "author"] {
            #expect(!feed.elements(forName: required).isEmpty, "feed has no \(required)")
        }
        let selfLink = feed.elements(forName: "link").first { $0.value(of: "rel") == "self" }
        #expect(selfLink?.value(of: "href") == Self.baseURL + "feed.xml")
        let content = try #require(Self.site.report.content)
        // Besides the pages, one entry per edition (EditionPagesTests checks those).
        let entries = feed.elements(forName: "entry").filter { $0.elements(forName: "id").first?.stringValue?.contains("/changes/#edition-") == false }
        #expect(entries.count == content.countries.count + content.scenarios.count)
        let rfc3339 = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/
        var stamps: [String] = []
        for entry in entries {
            let id = try #require(entry.elements(forName: "id").first?.stringValue)
            #expect(id.hasPrefix(Self.baseURL + "countries/") || id.hasPrefix(Self.baseURL + "scenarios/"))
            #expect(entry.elements(forName: "title").first?.stringValue?.isEmpty == false)
            let updated = try #require(entry.elements(forName: "updated").first?.stringValue)
            #expect(updated.wholeMatch(of: rfc3339) != nil)
            stamps.append(updated)
            let body = try #require(entry.elements(forName: "content").first)
            #expect(body.value(of: "type") == "html")
            #expect(body.value(of: "xml:base") == id)
        }
        #expect(stamps == stamps.sorted(by: >))
        #expect(feed.elements(forName: "updated").first?.stringValue == stamps.first)
    }

    @Test func robotsPointAtTheSitemap() throws {
        let robots = try String(contentsOf: Self.site.folder.appendingPathComponent("robots.txt"), encoding: .utf8)
        #expect(robots.contains("User-agent: *"))
        #expect(robots.contains("Sitemap: \(Self.baseURL)sitemap.xml"))
    }

    @Test func pagesCarryLanguageCanonicalAndOpenGraphMeta() throws {
        let page = try ParsedPage(Self.site.folder.appendingPathComponent("countries/belarus/index.html"))
        #expect(try page.texts("/html/@lang") == ["en"])
        let canonical = Self.baseURL + "countries/belarus/"
        #expect(try page.texts("//link[@rel='canonical']/@href") == [canonical])
        #expect(try page.texts("//meta[@property='og:url']/@content") == [canonical])
        #expect(try page.texts("//meta[@property='og:title']/@content") == ["Belarus"])
        #expect(try page.texts("//meta[@property='og:type']/@content") == ["article"])
        #expect(try page.texts("//meta[@name='twitter:card']/@content") == ["summary"])
        #expect(try page.texts("//link[@rel='alternate'][@type='application/atom+xml']/@href") == ["../../feed.xml"])
        let home = try ParsedPage(Self.site.folder.appendingPathComponent("index.html"))
        #expect(try home.texts("//meta[@property='og:type']/@content") == ["website"])
    }

    @Test func baseURLOptionReplacesTheConfiguredOne() throws {
        let staging = "https://staging.example.net/brief/"
        let site = BuiltSite("staging", baseURL: staging)
        let output = site.folder
        #expect(site.report.succeeded)
        let page = try ParsedPage(output.appendingPathComponent("scenarios/index.html"))
        #expect(try page.texts("//link[@rel='canonical']/@href") == [staging + "scenarios/"])
        let sitemap = try XMLDocument(contentsOf: output.appendingPathComponent("sitemap.xml"), options: [])
        let locations = try sitemap.nodes(forXPath: "//*[local-name()='loc']").compactMap(\.stringValue)
        #expect(Set(locations) == (try Self.pageURLs(in: output, base: staging)))
    }

    @Test func noBaseURLLeavesSitemapAndFeedOutWithAWarning() throws {
        let source = try copyOfBundledReport()
        try edit(source, "Content/site.yaml", replacing: "base_url: https://example.org/dossier/\n", with: "")
        let report = Builder().run(BuildOptions(source: source))
        #expect(report.succeeded)
        let warning = try #require(report.diagnostics.first { $0.code == .missingBaseURL })
        #expect(warning.severity == .warning)
        #expect(warning.location.file == "Content/site.yaml")
        #expect(warning.location.line == 1 && warning.location.column == 1)
        #expect(report.files["sitemap.xml"] == nil && report.files["feed.xml"] == nil)
        #expect(report.files["robots.txt"] != nil)
    }
}

extension XMLElement {
    /// The value of the attribute `name` as written (FoundationXML's `attribute(forName:)` misses
    /// attributes of elements in a default namespace).
    func value(of name: String) -> String? {
        attributes?.first { $0.name == name }?.stringValue
    }
}
