import Foundation
import Publish
import Testing
import TestSupport
@testable import Pipeline

/// pybtex, rispy and citeproc-py, which read the exports back.
let bibliographyParsers = Need("python3 with pybtex, rispy and citeproc-py", isMet: {
    guard let python = ExternalTool.find("python3") else { return false }
    return (try? python.run(["-c", "import pybtex, rispy, citeproc"]))?.status == 0
}(), howToGet: "run ./scripts/setup-deploy-tools (it installs pybtex, rispy and citeproc-py with pip)")

/// `/sources/`: every source by kind with the pages citing it, and its BibTeX, RIS and CSL-JSON
/// exports, each read back by a parser of its format.
@Suite struct BibliographyTests {
    /// The citation fixture built; the output folder (removed by the caller).
    func build() throws -> (fixture: ReportFixture, output: URL) {
        let fixture = try ReportFixture(["Content/pages/about.md": CitationTests.about, "Content/sources.yaml": CitationTests.shared])
        let output = fixture.root.appendingPathComponent("Public")
        let result = Builder(writingInto: output).run(BuildOptions(source: fixture.root))
        #expect(result.diagnostics.map(\.description) == [])
        return (fixture, output)
    }

    @Test func thePageGroupsSourcesByKindWithTheirCitingPages() throws {
        let (fixture, output) = try build()
        defer { fixture.remove() }
        let page = try ParsedPage(output.appendingPathComponent("sources/index.html"))
        #expect(try page.texts("//section[@class='source-group']/h2") == ["News reports", "Treaties and agreements", "Documents"])
        #expect(try page.nodes("//li[@id='source-bbc-2006']//p[@class='cited-on']/span/a/@href").compactMap(\.stringValue) == ["../about/"])
        #expect(try page.nodes("//li[@id='source-tass-2006']//p[@class='cited-on']/span/a").count == 1)
        // A source only listed says where it is listed.
        #expect(try page.texts("//li[starts-with(@id, 'source-background-reading')]//p[@class='listed-on']/span/a") == ["About"])
        #expect(try page.nodes("//section[@class='exports']//a/@href").compactMap(\.stringValue) == ["../sources.bib", "../sources.ris", "../sources.json"])
        // Every page's footer leads to it.
        let about = try ParsedPage(output.appendingPathComponent("about/index.html"))
        #expect(try about.nodes("//footer//a[.='Sources']/@href").compactMap(\.stringValue) == ["../sources/"])
    }

    /// Runs `script` with python3 on `file`; its standard output.
    func python(_ script: String, _ file: URL) throws -> String {
        let python = try #require(ExternalTool.find("python3"))
        let run = try python.run(["-c", script, file.path])
        #expect(run.status == 0, "\(run.standardError)")
        return run.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.requires(bibliographyParsers)) func theBibTeXExportParses() throws {
        let (fixture, output) = try build()
        defer { fixture.remove() }
        let printed = try python("""
            import sys
            from pybtex.database import parse_file
            db = parse_file(sys.argv[1], bib_format='bibtex')
            for key, entry in db.entries.items():
                print(key, entry.type, entry.fields['title'], entry.fields.get('year', '-'), entry.fields.get('journal', '-'))
            """, output.appendingPathComponent("sources.bib"))
        #expect(printed.split(separator: "\n").map(String.init) == [
            "tass-2006 article Gas talks end 2006 TASS",
            "treaty-1997 misc Treaty on Friendship 1997 -",
            "bbc-2006 article Ukraine and Russia reach gas deal 2006 BBC News",
            "background-reading misc Background reading - -",
        ])
    }

    @Test(.requires(bibliographyParsers)) func theRISExportParses() throws {
        let (fixture, output) = try build()
        defer { fixture.remove() }
        let printed = try python("""
            import sys, rispy
            with open(sys.argv[1], encoding='utf-8') as f:
                for entry in rispy.load(f):
                    print(entry['type_of_reference'], entry['id'], entry['title'], entry.get('date', '-'), entry.get('urls', ['-'])[0])
            """, output.appendingPathComponent("sources.ris"))
        #expect(printed.split(separator: "\n").map(String.init) == [
            "NEWS tass-2006 Gas talks end 2006/01/04/ https://example.org/tass",
            "LEGAL treaty-1997 Treaty on Friendship 1997/05/31/ -",
            "NEWS bbc-2006 Ukraine and Russia reach gas deal 2006/01/04/ https://example.org/bbc",
            "GEN background-reading Background reading - -",
        ])
    }

    @Test(.requires(bibliographyParsers)) func theCSLJSONExportIsReadByACSLProcessor() throws {
        let (fixture, output) = try build()
        defer { fixture.remove() }
        let printed = try python("""
            import sys, json
            from citeproc.source.json import CiteProcJSON
            items = json.load(open(sys.argv[1], encoding='utf-8'))
            source = CiteProcJSON(items)
            for item in items:
                ref = source[item['id'].lower()]
                print(item['id'], ref.type, item.get('issued', {}).get('date-parts', [['-']])[0][0])
            """, output.appendingPathComponent("sources.json"))
        #expect(printed.split(separator: "\n").map(String.init) == [
            "tass-2006 article-newspaper 2006",
            "treaty-1997 treaty 1997",
            "bbc-2006 article-newspaper 2006",
            "background-reading article -",
        ])
    }
}
