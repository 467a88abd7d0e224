import Foundation
import Testing
import TestSupport
@testable import Pipeline

/// `[text](cite:id)` links: numbered note references in reading order, a "Notes" section at the
/// end of the text linked both ways, and sources from the page and from `Content/sources.yaml`.
@Suite struct CitationTests {
    static let shared = """
        sources:
          - {id: tass-2006, title: "Gas talks end", publisher: TASS, kind: news, date: 2006-01-04, url: "https://example.org/tass"}
          - {id: treaty-1997, title: "Treaty on Friendship", kind: treaty, date: 1997-05-31}
        """

    static let about = """
        ---
        title: About
        order: 1
        sources:
          - {id: bbc-2006, title: "Ukraine and Russia reach gas deal", author: Jane Doe, publisher: BBC News, kind: news, date: 2006-01-04, url: "https://example.org/bbc"}
          - {title: "Background reading"}
        ---

        The deal was struck on 4 January [BBC](cite:bbc-2006), as the agency wrote[](cite:tass-2006).
        The treaty of 1997 stands[](cite:treaty-1997); the BBC said so again [BBC](cite:bbc-2006).
        """

    /// The about page built with the shared sources, parsed.
    func aboutPage(_ about: String = Self.about) throws -> (page: ParsedPage, report: ParsedPage, diagnostics: [String]) {
        let fixture = try ReportFixture(["Content/pages/about.md": about, "Content/sources.yaml": Self.shared])
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("Public")
        let result = Builder(writingInto: output).run(BuildOptions(source: fixture.root))
        return (try ParsedPage(output.appendingPathComponent("about/index.html")),
                try ParsedPage(output.appendingPathComponent("report/index.html")),
                result.diagnostics.map(\.description))
    }

    @Test func referencesAreNumberedInReadingOrderOnePerSource() throws {
        let (page, _, diagnostics) = try aboutPage()
        #expect(diagnostics == [])
        let refs = "//div[@class='prose']//sup[@class='noteref']/a"
        #expect(try page.texts(refs) == ["1", "2", "3", "1"])
        #expect(try page.nodes("\(refs)/@role").compactMap(\.stringValue) == Array(repeating: "doc-noteref", count: 4))
        #expect(try page.nodes("\(refs)/@href").compactMap(\.stringValue) == ["#cite-note-1", "#cite-note-2", "#cite-note-3", "#cite-note-1"])
        #expect(try page.nodes("\(refs)/@id").compactMap(\.stringValue) == ["cite-ref-1-1", "cite-ref-2-1", "cite-ref-3-1", "cite-ref-1-2"])
        // The link's text stays as text; the bare form shows only the number.
        #expect(try page.texts("//div[@class='prose']/p").first?.hasPrefix("The deal was struck on 4 January BBC1, as the agency wrote2.") == true)
    }

    @Test func theNotesEndTheTextAndLinkBack() throws {
        let (page, _, _) = try aboutPage()
        let notes = "//div[@class='prose']/section[@role='doc-endnotes']"
        #expect(try page.texts("\(notes)/h2") == ["Notes"])
        #expect(try page.nodes("//div[@class='prose']/*[last()]/@role").compactMap(\.stringValue) == ["doc-endnotes"])
        #expect(try page.nodes("\(notes)/ol/li/@id").compactMap(\.stringValue) == ["cite-note-1", "cite-note-2", "cite-note-3"])
        let first = try #require(try page.texts("\(notes)/ol/li[1]").first)
        #expect(first.hasPrefix("Jane Doe, Ukraine and Russia reach gas deal, BBC News, 4 January 2006."))
        #expect(try page.nodes("\(notes)/ol/li[1]/a[@role='doc-backlink']/@href").compactMap(\.stringValue) == ["#cite-ref-1-1", "#cite-ref-1-2"])
        #expect(try page.nodes("\(notes)/ol/li[2]/a[@role='doc-backlink']/@href").compactMap(\.stringValue) == ["#cite-ref-2-1"])
        #expect(try page.texts("\(notes)/ol/li[3]") == ["Treaty on Friendship, 31 May 1997. ↩"])
    }

    @Test func theOnePageReportKeepsEachPagesNotesApart() throws {
        let (_, report, _) = try aboutPage()
        let entry = "//article[@id='page-about']"
        let refs = try report.nodes("\(entry)//sup[@class='noteref']/a/@href").compactMap(\.stringValue)
        let notes = try report.nodes("\(entry)//section[@role='doc-endnotes']/ol/li/@id").compactMap(\.stringValue)
        #expect(refs.first == "#page-about--cite-note-1")
        #expect(Set(refs.map { String($0.dropFirst()) }).isSubset(of: Set(notes)))
    }

    @Test func aPageThatCitesNothingHasNoNotes() throws {
        let about = ReportFixture.files["Content/pages/about.md"]!
        let (page, _, _) = try aboutPage(about)
        #expect(try page.nodes("//section[@role='doc-endnotes']").isEmpty)
    }
}
