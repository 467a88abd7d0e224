import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Pipeline

/// The not-found page is shown at whatever address was missing, so its links cannot be relative:
/// they start from the path the site is served under, which a build takes from base_url, from
/// `--base-url` (a staging host under another path) or, in the preview, from `/`.
@Suite struct NotFoundPageTests {
    /// A build of the fixture (base_url `https://example.org/dossier/`) and the path its links must start from.
    struct Case: Sendable, CustomTestStringConvertible {
        var baseURL: String?
        var sitePath: String?
        var expected: String
        var testDescription: String { "base URL \(baseURL ?? "of site.yaml"), site path \(sitePath ?? "of the base URL") → \(expected)" }
    }

    @Test(arguments: [
        Case(baseURL: nil, sitePath: nil, expected: "/dossier/"),
        Case(baseURL: "https://staging.example.net/review/2006", sitePath: nil, expected: "/review/2006/"),
        Case(baseURL: "https://staging.example.net", sitePath: nil, expected: "/"),
        Case(baseURL: nil, sitePath: "/", expected: "/"),
    ])
    func linksStartFromWhereTheSiteIsServed(_ served: Case) throws {
        let fixture = try ReportFixture(["Content/site.yaml": "title: Test Report\nbase_url: https://example.org/dossier/\nlanguage: en\nas_of: 2006-03-01\n"])
        let output = temporaryPath("not-found")
        let result = Builder(writingInto: output).run(BuildOptions(source: fixture.root, baseURL: served.baseURL, sitePath: served.sitePath))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let page = try ParsedPage(output.appendingPathComponent("404.html"))
        let references = try page.texts("//a/@href | //link/@href | //script/@src | //form/@action")
            .filter { !$0.contains("://") && !$0.hasPrefix("#") }
        #expect(references.count >= 5)
        for reference in references {
            #expect(reference.hasPrefix(served.expected), "\(reference)")
            let target = try #require(SiteLinks.target(of: reference, in: "404.html", folder: output, sitePath: served.expected))
            #expect(FileManager.default.fileExists(atPath: target.path), "\(reference) names no file of the site")
        }
        #expect(try page.texts("//link[@rel='stylesheet']/@href").contains { $0.hasPrefix(served.expected + "assets/site.") })
    }
}
