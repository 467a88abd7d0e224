import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Content

/// A throwaway report folder for one test.
struct TemporaryReport {
    let root: URL

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-content-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    static let site = "title: Test\nbase_url: https://example.org/\nlanguage: en\nas_of: 2006-03-01\n"
}

@Suite struct ContentLoaderTests {
    @Test func loadsEveryKindAndKeepsGoingPastBrokenFiles() throws {
        let report = try TemporaryReport(files: [
            "Content/site.yaml": TemporaryReport.site,
            "Content/countries/belarus.md": "---\ntitle: Belarus\niso2: BY\n---\nText\n",
            "Content/countries/broken.md": "---\ntitle: Broken\norientation: sideways\n---\n",
            "Content/organizations/csto.md": "---\ntitle: CSTO\nmembers:\n  - country: belarus\n---\n",
            "Content/data/prices.csv": "country,price\nbelarus,47\n",
        ])
        let result = ContentLoader(root: report.root, kinds: TestKinds.all).load()
        let content = try #require(result.content)
        #expect(content.countries.map(\.slug) == ["belarus"])
        #expect(content.organizations.first?.meta.members.first?.country.value == "belarus")
        #expect(content.dataTables.first?.rows == [["country": "belarus", "price": "47"]])
        #expect(result.diagnostics.map(\.code) == [.invalidValue])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "Content/countries/broken.md", line: 3, column: 14))
    }

    @Test func unknownFieldsAreWarningsWithASuggestion() throws {
        let report = try TemporaryReport(files: [
            "Content/site.yaml": TemporaryReport.site,
            "Content/countries/belarus.md": "---\ntitle: Belarus\ncapitol: Minsk\n---\n",
        ])
        let result = ContentLoader(root: report.root, kinds: TestKinds.all).load()
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.code == .unknownField)
        #expect(warning.hint == "did you mean 'capital'?")
        #expect(warning.location.line == 3)
        #expect(result.content?.countries.count == 1)
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let report = try TemporaryReport(files: [
            "Content/site.yaml": TemporaryReport.site,
            "Content/pages/secret.md": "---\ntitle: Secret\ndraft: true\n---\n",
        ])
        #expect(ContentLoader(root: report.root, kinds: TestKinds.all).load().content?.pages.isEmpty == true)
        #expect(ContentLoader(root: report.root, kinds: TestKinds.all).load().skippedDrafts[.page] == ["secret"])
        #expect(ContentLoader(root: report.root, kinds: TestKinds.all, includeDrafts: true).load().content?.pages.count == 1)
    }

    @Test func binaryAndInvalidUTF8FilesAreRefused() throws {
        let report = try TemporaryReport(files: ["Content/site.yaml": TemporaryReport.site])
        let countries = report.root.appendingPathComponent("Content/countries")
        try FileManager.default.createDirectory(at: countries, withIntermediateDirectories: true)
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01]).write(to: countries.appendingPathComponent("binary.md"))
        try Data("---\ntitle: A\n---\nok \u{00E9}".utf8 + [0xFF, 0x0A]).write(to: countries.appendingPathComponent("latin.md"))
        let codes = ContentLoader(root: report.root, kinds: TestKinds.all).load().diagnostics.map(\.code.rawValue)
        #expect(codes.sorted() == ["binary-file", "invalid-utf8"])
        let utf8 = ContentLoader(root: report.root, kinds: TestKinds.all).load().diagnostics.first { $0.code == .invalidUTF8 }
        #expect(utf8?.location.line == 4)
        #expect(utf8?.location.column == 5)
    }

    /// A CSV row of the wrong width is reported at its own line, counted in the file as written
    /// (a quoted field's line breaks count, and so do CRLF endings).
    @Test(arguments: [
        ("country,facility\narmenia,\"102nd base, Gyumri\"\ntajikistan\n", 3),
        ("country,facility\r\narmenia,\"102nd base,\r\nGyumri\"\r\ntajikistan\r\n", 4),
    ])
    func csvRowsWithTheWrongWidthPointAtTheirLine(_ csv: String, _ line: Int) throws {
        let report = try TemporaryReport(files: ["Content/site.yaml": TemporaryReport.site, "Content/data/bases.csv": csv])
        let problem = try #require(ContentLoader(root: report.root, kinds: TestKinds.all).load().diagnostics.first)
        #expect(problem.code == .csvRowWidth)
        #expect(problem.location.line == line)
    }

    @Test func anUnclosedQuoteInCSVIsASyntaxError() throws {
        let report = try TemporaryReport(files: [
            "Content/site.yaml": TemporaryReport.site,
            "Content/data/bases.csv": "country,facility\narmenia,\"102nd base\n",
        ])
        let problems = ContentLoader(root: report.root, kinds: TestKinds.all).load().diagnostics
        #expect(problems.map(\.code) == [.csvSyntax])
        #expect(problems.first?.location.line == 2)
    }

    @Test func invalidSlugsAreReported() throws {
        let report = try TemporaryReport(files: [
            "Content/site.yaml": TemporaryReport.site,
            "Content/countries/United_States.md": "---\ntitle: US\n---\n",
        ])
        #expect(ContentLoader(root: report.root, kinds: TestKinds.all).load().diagnostics.map(\.code) == [.invalidSlug])
    }
}
