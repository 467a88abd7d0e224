import Foundation
import TestSupport
import Testing
@testable import Pipeline

/// A report whose `site.yaml` gives no `sections:` still titles its sections in its own language,
/// with the theme's words; a title the report gives wins over the theme's.
@Suite struct SectionTitleTests {
    static func build(language: String, sections: String = "") throws -> URL {
        let report = try temporaryReport([
            "Content/site.yaml": "title: Report\nbase_url: https://example.org/\nlanguage: \(language)\nas_of: 2006-03-01\n\(sections)",
            "Content/index.md": "---\ntitle: Report\n---\nSee [Belarus](country:belarus).\n",
            "Content/countries/belarus.md": "---\ntitle: Belarus\n---\nA brief.\n",
        ])
        let output = report.appendingPathComponent("Public")
        let result = Builder(writingInto: output).run(BuildOptions(source: report))
        #expect(result.succeeded, "\(result.diagnostics)")
        return output
    }

    @Test(arguments: [("en", "Countries", "Search"), ("ru", "Страны", "Поиск")])
    func sectionsWithoutTitlesTakeTheThemesWords(language: String, countries: String, search: String) throws {
        let site = try Self.build(language: language)
        let index = try ParsedPage(site.appendingPathComponent("countries/index.html"))
        #expect(try index.texts("//main//h1") == [countries])
        #expect(try index.texts("//nav[@aria-label]//a").contains(countries))
        #expect(try ParsedPage(site.appendingPathComponent("search/index.html")).texts("//main//h1") == [search])
    }

    @Test func theReportsOwnTitleWins() throws {
        let site = try Self.build(language: "ru", sections: "sections:\n  countries: {title: Государства}\n")
        let index = try ParsedPage(site.appendingPathComponent("countries/index.html"))
        #expect(try index.texts("//main//h1") == ["Государства"])
        #expect(try index.texts("//nav[@aria-label]//a").contains("Государства"))
    }
}
