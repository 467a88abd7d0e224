import Foundation
import Testing
import TestSupport
@testable import Pipeline

/// Judgments in front matter: each page shows its own before its text (likelihood with its ICD 203
/// band, confidence, basis, notes for the sources cited), and the key ones are collected in reading
/// order at the top of the overview and at the start of `/report/`, each linking to its page.
@Suite struct JudgmentTests {
    static let russia = """
        ---
        title: Russia
        iso2: RU
        iso3: RUS
        orientation: ally
        sources:
          - {id: bbc-2006, title: "Gas deal", publisher: BBC News, kind: news, date: 2006-01-04}
          - {id: tass-2006, title: "Gas talks end", publisher: TASS, kind: news, date: 2006-01-04}
        judgments:
          - text: Moscow keeps pricing gas by politics.
            likelihood: very likely
            confidence: high
            basis: The prices it set for 2006.
            key: true
            cites: [bbc-2006, tass-2006]
          - {text: Russia stays in the G8., confidence: moderate}
          - {text: Moscow will not use force., likelihood: unlikely, confidence: low, key: true}
        ---

        ## Energy

        Prices rose[](cite:bbc-2006).
        """

    static let overview = """
        ---
        title: Overview
        judgments:
          - {text: The blocs hold., likelihood: likely, confidence: moderate, key: true}
        ---

        ## Outlook

        [Russia](country:russia), [Ukraine](country:ukraine), [CSTO](org:csto), [the pair](relation:russia--ukraine),
        [the future](scenario:drift), [prices](data:prices).
        """

    /// The fixture with judgments on the overview and Russia's brief, built; its pages and diagnostics.
    func build(_ changes: [String: String] = [:]) throws -> (output: URL, diagnostics: [String], fixture: ReportFixture) {
        try ReportFixture.built(["Content/countries/russia.md": Self.russia, "Content/index.md": Self.overview].merging(changes) { $1 })
    }

    @Test func aPageShowsItsJudgmentsBeforeItsText() throws {
        let (output, diagnostics, fixture) = try build()
        defer { fixture.remove() }
        #expect(diagnostics == [])
        let page = try ParsedPage(output.appendingPathComponent("countries/russia/index.html"))
        let section = "//div[@class='prose']/section[@class='judgments']"
        #expect(try page.nodes("//div[@class='prose']/*[1]/@class").compactMap(\.stringValue) == ["judgments"])
        #expect(try page.texts("\(section)/h2") == ["Judgments"])
        #expect(try page.nodes("\(section)/ol/li/@id").compactMap(\.stringValue) == ["judgment-1", "judgment-2", "judgment-3"])
        #expect(try page.texts("\(section)/ol/li[1]/dl/dd") == ["very likely (80–95%)", "high", "The prices it set for 2006."])
        #expect(try page.texts("\(section)/ol/li[2]/dl/dt") == ["Confidence"])
        #expect(try page.texts("\(section)/ol/li[3]//dd[@class='likelihood']") == ["unlikely (20–45%)"])
        #expect(try page.texts("\(section)/ol/li[@class='judgment judgment-key']/p/strong") == ["Key judgment:", "Key judgment:"])
    }

    @Test func aJudgmentsSourcesAreNotesNumberedBeforeTheTexts() throws {
        let (output, _, fixture) = try build()
        defer { fixture.remove() }
        let page = try ParsedPage(output.appendingPathComponent("countries/russia/index.html"))
        let refs = "//section[@class='judgments']//sup[@class='noteref']/a"
        #expect(try page.texts(refs) == ["1", "2"])
        #expect(try page.nodes("\(refs)/@href").compactMap(\.stringValue) == ["#cite-note-1", "#cite-note-2"])
        #expect(try page.nodes("\(refs)/@role").compactMap(\.stringValue) == ["doc-noteref", "doc-noteref"])
        // The text's citation of the same source is its second reference, and the note links back to both.
        #expect(try page.nodes("//div[@class='prose']/p//sup[@class='noteref']/a/@id").compactMap(\.stringValue) == ["cite-ref-1-2"])
        #expect(try page.nodes("//li[@id='cite-note-1']/a[@role='doc-backlink']/@href").compactMap(\.stringValue)
                == ["#cite-ref-1-1", "#cite-ref-1-2"])
        #expect(try page.nodes("//li[@id='cite-note-2']/a[@role='doc-backlink']/@href").compactMap(\.stringValue) == ["#cite-ref-2-1"])
    }

    @Test func theOverviewOpensWithTheKeyJudgmentsInReadingOrder() throws {
        let (output, _, fixture) = try build()
        defer { fixture.remove() }
        let home = try ParsedPage(output.appendingPathComponent("index.html"))
        let box = "//section[@id='key-judgments']"
        #expect(try home.texts("\(box)/h2") == ["Key judgments"])
        #expect(try home.texts("\(box)/ol/li/p[@class='judgment-text']") == [
            "The blocs hold.", "Moscow keeps pricing gas by politics.", "Moscow will not use force.",
        ])
        #expect(try home.nodes("\(box)/ol/li//a/@href").compactMap(\.stringValue) == [
            "./#judgment-1", "countries/russia/#judgment-1", "countries/russia/#judgment-3",
        ])
        #expect(try home.texts("\(box)/ol/li[2]/p[@class='judgment-meta']").first?.hasPrefix("very likely (80–95%) · Confidence: high · Russia") == true)
        // Before the overview's own text.
        #expect(try home.nodes("//article/section[@id='key-judgments']/following::div[@class='prose']").count == 1)
    }

    @Test func theOnePageReportStartsWithThemLinkedToItsParts() throws {
        let (output, _, fixture) = try build()
        defer { fixture.remove() }
        let report = try ParsedPage(output.appendingPathComponent("report/index.html"))
        let box = "//section[@id='key-judgments']"
        #expect(try report.nodes("\(box)/following::nav[@class='report-contents']").count == 1)
        let links = try report.nodes("\(box)/ol/li//a/@href").compactMap(\.stringValue)
        #expect(links == ["#overview-text--judgment-1", "#country-russia--judgment-1", "#country-russia--judgment-3"])
        for link in links {
            #expect(try report.nodes("//*[@id='\(link.dropFirst())']").count == 1, "\(link) names nothing on the report")
        }
    }

    @Test func anUnknownSourceInCitesIsAnErrorAtItsId() throws {
        let broken = Self.russia.replacingOccurrences(of: "cites: [bbc-2006, tass-2006]", with: "cites: [bbc-2060, tass-2006]")
        let (_, diagnostics, fixture) = try build(["Content/countries/russia.md": broken])
        defer { fixture.remove() }
        #expect(diagnostics.contains { $0.hasPrefix("Content/countries/russia.md:15:13: error: no source has the id 'bbc-2060' [unknown-source]") })
    }

    @Test func aSourceOnlyAJudgmentCitesIsCited() throws {
        let text = Self.russia.replacingOccurrences(of: "Prices rose[](cite:bbc-2006).", with: "Prices rose.")
        let (_, diagnostics, fixture) = try build(["Content/countries/russia.md": text])
        defer { fixture.remove() }
        #expect(diagnostics == [])
    }

    @Test func aJudgmentNeedsTextAndAConfidenceLevel() throws {
        let broken = Self.russia.replacingOccurrences(of: "{text: Russia stays in the G8., confidence: moderate}", with: "{text: Russia stays in the G8., confidence: certain}")
            .replacingOccurrences(of: "{text: Moscow will not use force., likelihood: unlikely, confidence: low, key: true}", with: "{likelihood: unlikely, confidence: low}")
        let fixture = try ReportFixture(["Content/countries/russia.md": broken])
        defer { fixture.remove() }
        let found = fixture.check().map(\.line)
        #expect(found.contains("Content/countries/russia.md:16:49: error: 'certain' is not a valid confidence level [invalid-value]"))
        #expect(found.contains("Content/countries/russia.md:17:5: error: missing required field 'judgments[1].text' [missing-field]"))
    }
}
