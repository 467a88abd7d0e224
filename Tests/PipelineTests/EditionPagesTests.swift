import Foundation
import FoundationXML
import Testing
import TestSupport
@testable import Pipeline

/// A small report with two editions in a temporary git repository, built: `/changes/`, the notes on
/// the changed pages, corrections, the feed's edition entries; and the same report without its history.
@Suite(.requires(.git)) struct EditionPagesTests {
    /// The second edition built, with the first read from the repository.
    static func built(same: Bool = false) throws -> (report: BuildResult, folder: URL) {
        let (root, _) = try EditionsFixture.repository(same: same)
        let folder = temporaryPath("editions-site")
        return (Builder(writingInto: folder).run(BuildOptions(source: root)), folder)
    }

    static let site = Result { try built() }

    static func page(_ path: String) throws -> ParsedPage {
        try ParsedPage(try site.get().folder.appendingPathComponent(path))
    }

    @Test func theBuildIsCleanAndHasTheChangesPage() throws {
        let (report, folder) = try Self.site.get()
        #expect(report.diagnostics.map(\.description) == [])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("changes/index.html").path))
        // Every page's footer links to it.
        #expect(try Self.page("about/index.html").texts("//footer//a[@href='../changes/']")
            == ["What changed since the last edition"])
    }

    @Test func theChangesPageListsEveryKindOfChange() throws {
        let page = try Self.page("changes/index.html")
        let edition = "//section[@id='edition-2006-03']"
        #expect(try page.texts("\(edition)/h2") == ["Second edition, 1 March 2006"])
        #expect(try page.texts("\(edition)//table[@class='changes-memberships']/tbody/tr").map { $0.replacingOccurrences(of: "\n", with: "") } == [
            "CSTOBelarusmember → not a memberended", "CSTOKazakhstannot a member → memberbegan", "CSTOUkraineobserver → memberchanged status",
        ])
        #expect(try page.texts("\(edition)//table[@class='changes-relations']/tbody/tr/td") == ["Russia – Ukraine", "partner → strained", "stable → cooling"])
        #expect(try page.texts("\(edition)//table[@class='changes-scenarios']/tbody/tr/td") == ["Drift", "unlikely → roughly even", "more likely"])
        #expect(try page.texts("\(edition)//table[@class='changes-signposts']/tbody/tr/td[2]") == ["Gas talks stall", "A new sign", "An old sign"])
        #expect(try page.texts("\(edition)//table[@class='changes-signposts']/tbody/tr/td[3]") == ["not seen → observed", "not listed → not seen", "emerging → not listed"])
        #expect(try page.texts("\(edition)//ul[@class='pages-added']/li/a/@href") == ["../countries/kazakhstan/"])
        #expect(try page.texts("\(edition)//ul[@class='pages-removed']/li") == ["Belarus"])
        #expect(try page.texts("\(edition)//ul[@class='corrections-list']/li/a") == ["Ukraine"])
        #expect(try page.texts("\(edition)//ul[@class='corrections-list']/li/span[@class='date']") == ["(10 February 2006)"])
        #expect(try page.texts("\(edition)//ul[@class='corrections-list']/li/text()") == [": The first edition gave the wrong price."])
        #expect(try page.texts("//section[@id='edition-2005-12']/h2") == ["First edition, 15 December 2005"])
    }

    @Test func eachChangedPageHasAnEntryWithItsSectionsInCollapsedDetails() throws {
        let page = try Self.page("changes/index.html")
        let ukraine = "//section[@id='edition-2006-03-page-country-ukraine']"
        #expect(try page.texts("\(ukraine)/h4/a/@href") == ["../countries/ukraine/"])
        #expect(try page.texts("\(ukraine)/ul[@class='changed-facts']/li") == ["Ukraine in CSTO: observer → member",
                                                                                "Correction of 10 February 2006: The first edition gave the wrong price."])
        #expect(try page.texts("\(ukraine)/details/summary") == ["Gas (reworded)", "Politics (new section)"])
        // Closed until the reader opens them: no "open" attribute, and the words are in the HTML without a script.
        #expect(try page.nodes("\(ukraine)/details[@open]").isEmpty)
        #expect(try page.texts("\(ukraine)/details[1]/p/span[@class='kept']") == ["Ukraine pays", "dollars for a thousand cubic metres", "the"])
        #expect(try page.texts("\(ukraine)/details[1]/p/del") == ["fifty", "and", "talks go slowly."])
        #expect(try page.texts("\(ukraine)/details[1]/p/ins") == ["ninety-five", "after", "January cut-off."])
        #expect(try page.texts("\(ukraine)/details[2]/p/ins") == ["The parliamentary election is due in March."])
        #expect(try page.texts("//section[@class='changed-page']/h4").sorted() == ["CSTO", "Drift", "Kazakhstan", "Overview", "Russia – Ukraine", "Ukraine"])
    }

    @Test(arguments: [("countries/ukraine/index.html", "../../changes/#edition-2006-03-page-country-ukraine"),
                      ("organizations/csto/index.html", "../../changes/#edition-2006-03-page-organization-csto"),
                      ("relations/russia--ukraine/index.html", "../../changes/#edition-2006-03-page-relation-russia--ukraine"),
                      ("scenarios/drift/index.html", "../../changes/#edition-2006-03-page-scenario-drift"),
                      ("index.html", "changes/#edition-2006-03-page-overview")])
    func changedPagesSayWhatTheyChangedSince(page path: String, entry: String) throws {
        let page = try Self.page(path)
        #expect(try page.texts("//p[@class='changed-since']/a/@href") == [entry])
        #expect(try page.texts("//p[@class='changed-since']/a") == ["Changed since the edition of 15 December 2005: see what changed"])
    }

    @Test func unchangedPagesHaveNoNote() throws {
        for path in ["countries/russia/index.html", "about/index.html", "countries/index.html"] {
            #expect(try Self.page(path).nodes("//p[@class='changed-since']").isEmpty, "\(path)")
        }
    }

    @Test func correctionsAreShownOnThePage() throws {
        let page = try Self.page("countries/ukraine/index.html")
        #expect(try page.texts("//aside[@class='corrections']/h2") == ["Corrections"])
        #expect(try page.texts("//aside[@class='corrections']//li") == ["10 February 2006: The first edition gave the wrong price."])
        #expect(try page.texts("//aside[@class='corrections']//time/@datetime") == ["2006-02-10"])
    }

    @Test func theFeedCarriesOneEntryPerEdition() throws {
        let folder = try Self.site.get().folder
        let feed = try XMLDocument(contentsOf: folder.appendingPathComponent("feed.xml"), options: [])
        let entries = try #require(feed.rootElement()).elements(forName: "entry").filter {
            $0.elements(forName: "id").first?.stringValue?.contains("/changes/#edition-") == true
        }
        #expect(entries.map { $0.elements(forName: "title").first?.stringValue } == ["Second edition, 1 March 2006", "First edition, 15 December 2005"])
        #expect(entries.map { $0.elements(forName: "id").first?.stringValue } == ["https://example.org/changes/#edition-2006-03",
                                                                                "https://example.org/changes/#edition-2005-12"])
        #expect(entries.map { $0.elements(forName: "updated").first?.stringValue } == ["2006-03-01T00:00:00Z", "2005-12-15T00:00:00Z"])
        #expect(entries.first?.elements(forName: "summary").first?.stringValue
            == "Changed: 3 memberships, 1 relation, 1 scenario's likelihood, 3 signposts, 1 page added, 1 page removed, the text of 2 pages, 1 correction.")
        #expect(entries.last?.elements(forName: "summary").first?.stringValue == "The first edition of the report.")
    }

    @Test func identicalEditionsReportNothing() throws {
        let (report, folder) = try Self.built(same: true)
        #expect(report.succeeded)
        let page = try ParsedPage(folder.appendingPathComponent("changes/index.html"))
        #expect(try page.texts("//section[@id='edition-2006-03']/p[@class='edition-summary']") == ["Compared with First edition, 15 December 2005. Nothing on record changed."])
        #expect(try page.nodes("//section[@id='edition-2006-03']//table | //section[@id='edition-2006-03']//details").isEmpty)
        #expect(try ParsedPage(folder.appendingPathComponent("countries/ukraine/index.html")).nodes("//p[@class='changed-since']").isEmpty)
    }

    @Test func aCopyOutsideGitBuildsWithoutEarlierEditionsAndOneWarning() throws {
        let (root, _) = try EditionsFixture.repository()
        try FileManager.default.removeItem(at: root.appendingPathComponent(".git"))
        let folder = temporaryPath("editions-copy")
        let report = Builder(writingInto: folder).run(BuildOptions(source: root))
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.code) == [.editionsUnavailable])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("changes/index.html").path))
        #expect(try ParsedPage(folder.appendingPathComponent("countries/ukraine/index.html")).nodes("//p[@class='changed-since'] | //footer//a[contains(@href, 'changes')]").isEmpty)
    }
}
