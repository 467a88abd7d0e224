import Foundation
import Publish
import Testing
import TestSupport
@testable import Pipeline

/// "Cite this page": every page but the not-found page carries Highwire Press and Dublin Core meta
/// tags for reference managers and shows a Chicago-style note and a BibTeX entry; the overview and
/// `/report/` cite the report as a whole.
@Suite struct CiteThisPageTests {
    static let site = BuiltSite("cite")

    /// The `content` of every `<meta name="name">` of `page`.
    func meta(_ name: String, _ page: ParsedPage) throws -> [String] {
        try page.nodes("/html/head/meta[@name='\(name)']/@content").compactMap(\.stringValue)
    }

    @Test func everyPageCarriesTheCitationMetaTags() throws {
        let pages = try Self.site.pages().filter { $0 != "404.html" }
        #expect(pages.count > 50)
        for file in pages {
            let page = try ParsedPage(Self.site.folder.appendingPathComponent(file))
            let canonical = try page.nodes("/html/head/link[@rel='canonical']/@href").compactMap(\.stringValue)
            let pageTitle = try #require(try page.texts("/html/head/title").first).components(separatedBy: " · ").first ?? ""
            let wholeReport = file == "index.html" || file == "report/index.html"
            let title = wholeReport ? "Russia and the Post-Soviet Space: Allies, rivals and scenarios as of early 2006" : pageTitle
            #expect(try meta("citation_title", page) == [title], "\(file)")
            #expect(try meta("citation_author", page) == ["Dossier editorial team"], "\(file)")
            #expect(try meta("citation_publication_date", page) == ["2006/03/01"], "\(file)")
            #expect(try meta("citation_public_url", page) == canonical, "\(file)")
            #expect(try meta("citation_language", page) == ["en"], "\(file)")
            #expect(try meta("DC.title", page) == [title], "\(file)")
            #expect(try meta("DC.creator", page) == ["Dossier editorial team"], "\(file)")
            #expect(try meta("DC.date", page) == ["2006-03-01"], "\(file)")
            #expect(try meta("DC.identifier", page) == canonical, "\(file)")
            #expect(try meta("DC.language", page) == [try page.nodes("/html/@lang").first?.stringValue ?? ""], "\(file)")
            #expect(try meta("DC.publisher", page) == ["Dossier"], "\(file)")
            #expect(try page.nodes("/html/head/link[@rel='schema.DC']/@href").compactMap(\.stringValue) == ["http://purl.org/dc/elements/1.1/"], "\(file)")
            // The box readers see says the same.
            let note = try page.texts("//section[@class='cite-this']/p[@class='citation']")
            let address = wholeReport ? "https://example.org/dossier/" : canonical.first ?? ""
            #expect(note.count == 1 && note[0].contains(title) && note[0].hasSuffix(address + "."), "\(file): \(note)")
        }
    }

    @Test func theNotFoundPageCitesNothing() throws {
        let page = try ParsedPage(Self.site.folder.appendingPathComponent("404.html"))
        #expect(try meta("citation_title", page).isEmpty)
        #expect(try page.nodes("//section[@class='cite-this']").isEmpty)
    }

    @Test func aPageIsCitedAsAWebPageOfTheReportAndTheReportAsAReport() throws {
        let brief = try ParsedPage(Self.site.folder.appendingPathComponent("countries/belarus/index.html"))
        #expect(try brief.texts("//section[@class='cite-this']/h2") == ["Cite this page"])
        #expect(try brief.texts("//section[@class='cite-this']/p[@class='citation']") == [
            "Dossier editorial team, “Belarus,” Russia and the Post-Soviet Space, Dossier, 1 March 2006, https://example.org/dossier/countries/belarus/.",
        ])
        let report = try ParsedPage(Self.site.folder.appendingPathComponent("report/index.html"))
        #expect(try report.texts("//section[@class='cite-this']/h2") == ["Cite this report"])
        #expect(try report.texts("//section[@class='cite-this']/p[@class='citation']") == [
            "Dossier editorial team, Russia and the Post-Soviet Space: Allies, rivals and scenarios as of early 2006, Second edition (Dossier, 1 March 2006), https://example.org/dossier/.",
        ])
        #expect(try report.texts("//section[@class='cite-this']/p[@class='citation']/i") == ["Russia and the Post-Soviet Space: Allies, rivals and scenarios as of early 2006"])
    }

    @Test(.requires(bibliographyParsers)) func everyPagesBibTeXParses() throws {
        var entries: [String] = []
        for file in try Self.site.pages() where file != "404.html" {
            let page = try ParsedPage(Self.site.folder.appendingPathComponent(file))
            entries += try page.texts("//section[@class='cite-this']//pre[@class='bibtex']")
        }
        let bib = Self.site.folder.deletingLastPathComponent().appendingPathComponent("cite-pages.bib")
        // The overview and the one-page report cite the same work, with the same entry.
        let unique = Set(entries)
        #expect(unique.count == entries.count - 1)
        try Data(unique.sorted().joined(separator: "\n\n").utf8).write(to: bib)
        let python = try #require(ExternalTool.find("python3"))
        let run = try python.run(["-c", """
            import sys
            from pybtex.database import parse_file
            db = parse_file(sys.argv[1], bib_format='bibtex')
            for key, entry in db.entries.items():
                print(key, entry.type, [str(p) for p in entry.persons.get('author', [])], entry.fields['title'], entry.fields['year'], entry.fields['url'])
            """, bib.path])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == unique.count, "every page's entry has a key of its own")
        #expect(lines.contains("russia-and-the-post-soviet-space-2006 techreport ['{Dossier editorial team}'] {Russia and the Post-Soviet Space: Allies, rivals and scenarios as of early 2006} 2006 https://example.org/dossier/"))
        #expect(lines.contains("russia-and-the-post-soviet-space-2006-countries-belarus misc ['{Dossier editorial team}'] {Belarus} 2006 https://example.org/dossier/countries/belarus/"))
    }
}
