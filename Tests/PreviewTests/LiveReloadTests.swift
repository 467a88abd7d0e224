import Foundation
import FoundationXML
import TestSupport
import Testing
@testable import Preview

/// Editing the report reaches an open browser: a reload event, then the new page; a broken file
/// shows its diagnostics over the page until it is fixed.
@Suite(.serialized) struct LiveReloadTests {
    @Test(arguments: [false, true])
    func anEditReloadsTheBrowserWithTheNewPage(polling: Bool) async throws {
        try await withPreview(polling: polling) { preview, report in
            let browser = try EventStreamClient(preview)
            let connected = try await browser.next("version")

            try edit(report, "Content/countries/belarus.md", replacing: "The first version", with: "The second version")
            let reload = try await browser.next("reload", after: connected.index)
            #expect(reload.data != connected.data)
            let page = try await preview.page("/countries/belarus/")
            let paragraphs = try page.nodes(forXPath: "//main//p").compactMap(\.stringValue)
            #expect(paragraphs.contains("The second version of the brief."))
            #expect(try page.nodes(forXPath: "//script[@data-dossier-live-reload='\(reload.data)']").count == 1)
            browser.close()
        }
    }

    @Test func aBrokenFileShowsItsDiagnosticsUntilFixed() async throws {
        try await withPreview { preview, report in
            let browser = try EventStreamClient(preview)
            let connected = try await browser.next("version")

            try edit(report, "Content/countries/belarus.md", replacing: "capital: Minsk", with: "capital: [Minsk")
            let broken = try await browser.next("reload", after: connected.index)
            let overlaid = try await preview.page("/countries/belarus/")
            let problems = try overlaid.nodes(forXPath: "//*[@id='dossier-build-errors']//li").compactMap(\.stringValue)
            #expect(problems.count == 1)
            #expect(problems.first?.range(of: #"^Content/countries/belarus\.md:\d+:\d+: error: YAML"#, options: .regularExpression) != nil,
                    "\(problems)")
            #expect(try overlaid.nodes(forXPath: "//h1").first?.stringValue == "Belarus", "the last good page stays under the overlay")

            try edit(report, "Content/countries/belarus.md", replacing: "capital: [Minsk", with: "capital: Minsk City")
            _ = try await browser.next("reload", after: broken.index)
            let fixed = try await preview.page("/countries/belarus/")
            #expect(try fixed.nodes(forXPath: "//*[@id='dossier-build-errors']").isEmpty)
            #expect(try fixed.nodes(forXPath: "//dd").compactMap(\.stringValue).contains("Minsk City"))
            browser.close()
        }
    }

    /// A report broken from the start has no site to serve: every address answers 500 with the
    /// overlay alone, its diagnostics shown as text (markup in them escaped, never run), until the
    /// fix builds the site.
    @Test func aFirstBuildThatFailsShowsItsEscapedDiagnosticsUntilFixed() async throws {
        let markup = "<script>alert(1)</script>"
        let broken = "---\ntitle: Belarus\n---\nSee [the other](country:atlantis\(markup)).\n"
        try await withPreview(changes: ["Content/countries/belarus.md": broken]) { preview, report in
            let browser = try EventStreamClient(preview)
            let connected = try await browser.next("version")
            let answer = try await preview.request("/countries/belarus/")
            #expect(answer.response.statusCode == 500)
            let page = try ParsedPage(data: answer.body)
            let problems = try page.texts("//*[@id='dossier-build-errors']//li")
            #expect(problems.count == 1)
            #expect(problems.first?.hasPrefix("Content/countries/belarus.md:4:") == true, "\(problems)")
            #expect(problems.first?.contains("atlantis\(markup)") == true, "the markup is shown as text: \(problems)")
            #expect(try page.nodes("//script").count == 1, "only the live-reload script runs")
            #expect(try page.nodes("//script[@data-dossier-live-reload]").count == 1)
            #expect(!String(decoding: answer.body, as: UTF8.self).contains(markup))

            try write(["Content/countries/belarus.md": "---\ntitle: Belarus\n---\nThe brief, fixed.\n"], into: report)
            _ = try await browser.next("reload", after: connected.index)
            let fixed = try await preview.request("/countries/belarus/")
            #expect(fixed.response.statusCode == 200)
            let fixedPage = try ParsedPage(data: fixed.body)
            #expect(try fixedPage.nodes("//*[@id='dossier-build-errors']").isEmpty)
            #expect(try fixedPage.texts("//main//p").contains("The brief, fixed."))
            browser.close()
        }
    }

    @Test func stopsWhileBrowsersAreListening() async throws {
        let report = try makeFixtureReport()
        let preview = try await RunningPreview(report)
        let browsers = try (0..<3).map { _ in try EventStreamClient(preview) }
        for browser in browsers { _ = try await browser.next("version") }
        try await preview.stop()
        for browser in browsers {
            try await browser.waitForEnd()
            #expect(browser.endedCleanly, "the stream is finished, not cut off")
        }
    }
}
