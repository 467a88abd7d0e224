import Foundation
import Testing
import TestSupport
@testable import Pipeline

/// ` ```leaders `: a country's leaders in office on a date, as a table in the page.
@Suite struct LeadersDirectiveTests {
    /// Russia's heads of state and government from 1991, as a brief gives them, some terms past the
    /// fixture's report date (1 March 2006).
    static let russia = """
        ---
        title: Russia
        leaders:
          - {name: Boris Yeltsin, role: President, from: 1991-07-10, to: 1999-12-31}
          - {name: Vladimir Putin, role: Acting President, from: 1999-12-31, to: 2000-05-07}
          - {name: Vladimir Putin, role: President, from: 2000-05-07, to: 2008-05-07}
          - {name: Mikhail Kasyanov, role: Prime Minister, from: 2000-05-17, to: 2004-02-24}
          - {name: Mikhail Fradkov, role: Prime Minister, from: 2004-03-05, to: 2007-09-12}
          - {name: Dmitry Medvedev, role: President, from: 2008-05-07}
        ---

        ## Energy

        Gas and oil.
        """

    /// The about page of the fixture with `directive` appended, built; the page parsed.
    func aboutPage(with directive: String) throws -> ParsedPage {
        let about = ReportFixture.files["Content/pages/about.md"]! + "\n\n```leaders\n\(directive)```\n"
        let fixture = try ReportFixture(["Content/countries/russia.md": Self.russia, "Content/pages/about.md": about])
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("Public")
        let result = Builder(writingInto: output).run(BuildOptions(source: fixture.root))
        #expect(result.diagnostics.map(\.description) == [])
        return try ParsedPage(output.appendingPathComponent("about/index.html"))
    }

    @Test(arguments: [
        ("country: russia\n", "Leaders of Russia in office on 1 March 2006", ["Vladimir Putin", "Mikhail Fradkov"]),
        ("country: russia\nas_of: 2000-01\n", "Leaders of Russia in office on January 2000", ["Vladimir Putin"]),
        ("country: russia\nas_of: 2000-05-07\n", "Leaders of Russia in office on 7 May 2000", ["Vladimir Putin"]),
    ])
    func listsTheLeadersInOfficeOnTheDate(_ arguments: String, caption: String, names: [String]) throws {
        let page = try aboutPage(with: arguments)
        let table = "//div[@class='prose']//table[@class='leaders']"
        #expect(try page.texts("\(table)/caption") == [caption])
        #expect(try page.nodes("\(table)/caption/a/@href").compactMap(\.stringValue) == ["../countries/russia/"])
        #expect(try page.texts("\(table)/thead/tr/th") == ["Name", "Office", "In office since"])
        #expect(try page.texts("\(table)/tbody/tr/th") == names)
        // The ends of the terms are not shown, nor marked.
        #expect(try page.texts("\(table)//span[@class='later']") == [])
    }

    @Test func aTermBeginningAfterTheReportDateIsMarked() throws {
        let page = try aboutPage(with: "country: russia\nas_of: 2008-06\n")
        let table = "//div[@class='prose']//table[@class='leaders']"
        #expect(try page.texts("\(table)/tbody/tr/th") == ["Dmitry Medvedev"])
        #expect(try page.texts("\(table)/tbody/tr/td[2]") == ["2008-05-07 began after the report date"])
    }

    @Test func aDateBeforeEveryTermSaysNoneIsRecorded() throws {
        let page = try aboutPage(with: "country: russia\nas_of: 1990\n")
        #expect(try page.texts("//table[@class='leaders']/tbody/tr/td[@colspan='3']") == ["No leader is recorded as in office on 1990."])
    }

    @Test func asOfAllListsEveryTermWithItsEnd() throws {
        let page = try aboutPage(with: "country: russia\nas_of: all\n")
        let table = "//div[@class='prose']//table[@class='leaders']"
        #expect(try page.texts("\(table)/caption") == ["Leaders of Russia, every term recorded"])
        #expect(try page.texts("\(table)/thead/tr/th") == ["Name", "Office", "From", "To"])
        #expect(try page.texts("\(table)/tbody/tr[5]/*") == ["Mikhail Fradkov", "Prime Minister", "2004-03-05", "2007-09-12 ended after the report date"])
        #expect(try page.texts("\(table)/tbody/tr[6]/*") == ["Dmitry Medvedev", "President", "2008-05-07", "in office began after the report date"])
        #expect(try page.texts("\(table)/tbody/tr[1]/*") == ["Boris Yeltsin", "President", "1991-07-10", "1999-12-31"])
    }

    @Test func aMisspeltCountryOrFieldIsReportedAtItWithWhatWasMeant() throws {
        let about = ReportFixture.files["Content/pages/about.md"]! + "\n```leaders\ncountry: rusia\nas_off: 2005\n```\n"
        let fixture = try ReportFixture(["Content/pages/about.md": about])
        defer { fixture.remove() }
        #expect(fixture.check().map(\.description).sorted() == [
            "Content/pages/about.md:8:10: error: unknown country 'rusia' in the leaders directive (did you mean 'russia'?)",
            "Content/pages/about.md:9:1: warning: unknown field 'as_off' in the leaders directive (did you mean 'as_of'?)",
        ])
    }
}
