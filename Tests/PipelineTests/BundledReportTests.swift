import Foundation
import TestSupport
import Testing
@testable import Pipeline

/// Builds the bundled report once and checks the site a reader gets.
@Suite(.serialized) struct BundledReportTests {
    static let output = temporaryPath("public")
    static let report = Builder(writingInto: output).run(BuildOptions(source: repositoryRoot))

    func page(_ path: String) throws -> ParsedPage { try ParsedPage(Self.output.appendingPathComponent(path)) }

    @Test func buildsWithoutErrorsOrWarnings() {
        #expect(Self.report.diagnostics.map(\.description) == [])
    }

    @Test func everyEntityHasItsPage() throws {
        let content = try #require(Self.report.content)
        let expected = content.countries.map { "countries/\($0.slug)/index.html" }
            + content.organizations.map { "organizations/\($0.slug)/index.html" }
            + content.relations.map { "relations/\($0.slug)/index.html" }
            + content.scenarios.map { "scenarios/\($0.slug)/index.html" }
            + content.pages.map { "\($0.slug)/index.html" }
            + ["index.html", "countries/index.html", "organizations/index.html", "memberships/index.html",
               "relations/index.html", "scenarios/index.html", "404.html", "report/index.html", "search/index.html",
               "sitemap.xml", "feed.xml", "robots.txt"]
        #expect(content.countries.count >= 12)
        #expect(content.relations.count >= 14)
        #expect(content.scenarios.count >= 5)
        for file in expected {
            #expect(FileManager.default.fileExists(atPath: Self.output.appendingPathComponent(file).path), "\(file) missing")
        }
    }

    @Test func cstoMembersTableListsItsMembersWithDates() throws {
        let csto = try page("organizations/csto/index.html")
        let table = "//table[caption='Members of CSTO as of 1 March 2006']"
        let countries = try csto.texts("\(table)/tbody/tr/th")
        #expect(Set(countries) == ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"])
        let headers = try csto.texts("\(table)/thead/tr/th")
        #expect(headers == ["Country", "Status", "From", "To", "Note"])
        for from in try csto.texts("\(table)/tbody/tr/td[2]") {
            #expect(from.range(of: #"^\d{4}(-\d{2}){0,2}$"#, options: .regularExpression) != nil, "bad date \(from)")
        }
        let history = try csto.texts("//table[caption='Membership history of CSTO']/tbody/tr/th")
        #expect(history.filter { $0 == "Uzbekistan" }.count >= 2, "Uzbekistan left and rejoined")
    }

    @Test func membershipMatrixHasARowPerCountryWithStatusInWords() throws {
        let memberships = try page("memberships/index.html")
        let rows = try memberships.nodes("//table[contains(@class,'matrix')]/tbody/tr")
        #expect(rows.count == Self.report.content?.countries.count)
        let turkmenistan = try memberships.texts("//table[contains(@class,'matrix')]/tbody/tr[th='Turkmenistan']/td")
        #expect(turkmenistan.contains("associate"), "Turkmenistan is a CIS associate as of 2006")
        let georgia = try memberships.texts("//table[contains(@class,'matrix')]/tbody/tr[th='Georgia']/td")
        #expect(georgia.contains("member"), "Georgia was still in the CIS in 2006")
    }

    @Test func countryBriefShowsFactsMembershipsRelationsAndScenarios() throws {
        let ukraine = try page("countries/ukraine/index.html")
        #expect(try ukraine.texts("//h1") == ["Ukraine"])
        #expect(try ukraine.texts("//dl[@class='facts']/dt").contains("Capital"))
        #expect(try ukraine.texts("//ul[@class='memberships']/li/a").contains("GUAM"))
        #expect(try ukraine.texts("//table[contains(@class,'relations')]/tbody/tr/th/a").contains("Russia – Ukraine"))
        #expect(!(try ukraine.nodes("//table[contains(@class,'scenarios')]/tbody/tr")).isEmpty)
        #expect(!(try ukraine.nodes("//section[@class='backlinks']//a")).isEmpty)
    }

    @Test func relationAndScenarioPagesCarryTheirStructuredData() throws {
        let relation = try page("relations/russia--ukraine/index.html")
        #expect(try relation.texts("//dl[@class='facts']/dd/a") == ["Russia", "Ukraine"])
        #expect(!(try relation.nodes("//table[contains(@class,'drivers')]/tbody/tr")).isEmpty)
        let scenario = try page("scenarios/turn-east/index.html")
        let statuses = Set(try scenario.texts("//table[contains(@class,'signposts')]/tbody/tr/td[starts-with(@class, 'signpost ')]"))
        #expect(!statuses.isEmpty && statuses.isSubset(of: ["not seen", "emerging", "observed"]))
    }

    @Test func directivesRenderTablesInTheOverview() throws {
        let home = try page("index.html")
        #expect(!(try home.nodes("//div[@class='prose']//table[contains(@class,'matrix')]")).isEmpty)
        #expect(!(try home.nodes("//div[@class='prose']//table[contains(@class,'data')]/tbody/tr")).isEmpty)
    }

    @Test func everyInternalLinkResolvesToAGeneratedFile() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.output.path).filter { $0.hasSuffix(".html") }
        var checked = 0
        for file in files {
            let pageURL = Self.output.appendingPathComponent(file)
            let parsed = try ParsedPage(pageURL)
            let ids = Set(try parsed.nodes("//@id").compactMap(\.stringValue))
            for href in try parsed.nodes("//a/@href | //link/@href").compactMap(\.stringValue) {
                guard !href.contains("://"), !href.hasPrefix("mailto:") else { continue }
                if href.hasPrefix("#") {
                    #expect(ids.contains(String(href.dropFirst())), "\(file): no anchor \(href)")
                    continue
                }
                let target = try #require(SiteLinks.target(of: href, in: file, folder: Self.output, sitePath: "/dossier/"))
                #expect(FileManager.default.fileExists(atPath: target.path), "\(file): broken link \(href)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }
}
