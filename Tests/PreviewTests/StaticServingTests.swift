import Foundation
import FoundationXML
import Pipeline
import TestSupport
import Testing
@testable import Preview

/// The preview answers as a static host would, over real HTTP.
@Suite(.serialized) struct StaticServingTests {
    @Test func servesFolderIndexesWithTheirTypeAndTheLiveReloadScript() async throws {
        try await withPreview { preview, report in
            let home = try await preview.request("/")
            #expect(home.response.statusCode == 200)
            #expect(home.response.value(forHTTPHeaderField: "Content-Type") == "text/html; charset=utf-8")
            let page = try XMLDocument(data: home.body, options: [])
            #expect(try page.nodes(forXPath: "//h1").first?.stringValue == "Overview")
            #expect(try page.nodes(forXPath: "//body/script[@data-dossier-live-reload]").count == 1)
            #expect(try page.nodes(forXPath: "//*[@id='dossier-build-errors']").isEmpty)

            let brief = try await preview.page("/countries/belarus/")
            #expect(try brief.nodes(forXPath: "//h1").first?.stringValue == "Belarus")
            // Assets are fingerprinted: the stylesheet is reached through the page's own link.
            let stylesheet = try #require(try page.nodes(forXPath: "//link[@rel='stylesheet']/@href").first?.stringValue)
            let css = try await preview.request("/" + stylesheet)
            #expect(css.response.value(forHTTPHeaderField: "Content-Type") == "text/css; charset=utf-8")
            let csv = try await preview.request("/data/prices.csv")
            #expect(csv.response.value(forHTTPHeaderField: "Content-Type") == "text/csv; charset=utf-8")
            #expect(String(decoding: csv.body, as: UTF8.self) == "country,price\nbelarus,47\n")
            #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("Public").path), "serve leaves Public/ alone")
        }
    }

    @Test func movesToTheNextPortWhenItsPortIsTaken() async throws {
        let report = try makeFixtureReport()
        let first = try await RunningPreview(report)
        let taken = try #require(first.base.port)
        let second = try await RunningPreview(report, port: taken)
        #expect(second.busyPort == taken)
        #expect(second.base.port.map { $0 > taken } == true)
        #expect(try await second.request("/").response.statusCode == 200)
        try await second.stop()

        var configuration = PreviewConfiguration(build: BuildOptions(source: report), port: taken)
        configuration.portAttempts = 1
        await #expect(throws: PreviewServer.PortsBusy.self) {
            try await PreviewServer(configuration: configuration) { _ in }.run()
        }
        try await first.stop()
    }

    @Test func redirectsFoldersAskedForWithoutTheirSlash() async throws {
        try await withPreview { preview, _ in
            let response = try await preview.request("/countries/belarus?x=1").response
            #expect(response.statusCode == 301)
            #expect(response.value(forHTTPHeaderField: "Location") == "/countries/belarus/?x=1")
        }
    }

    @Test func answersMissingPagesWithTheSites404Page() async throws {
        try await withPreview { preview, _ in
            let missing = try await preview.request("/countries/atlantis/")
            #expect(missing.response.statusCode == 404)
            let page = try XMLDocument(data: missing.body, options: [])
            #expect(try page.nodes(forXPath: "//title").first?.stringValue?.contains("Page not found") == true)
        }
    }

    /// The fixture's base_url has a path (/fixture/) while the preview serves at `/`: the not-found
    /// page, shown at any depth, must still load its stylesheet and scripts and link to live pages.
    @Test func theNotFoundPageLinksWorkWhereThePreviewServesIt() async throws {
        try await withPreview { preview, _ in
            let missing = try await preview.request("/countries/atlantis/deeper/")
            #expect(missing.response.statusCode == 404)
            let page = try ParsedPage(data: missing.body)
            let resources = try page.texts("//link[@rel='stylesheet']/@href | //script/@src")
            let links = try page.texts("//a/@href | //form/@action").filter { !$0.contains("://") && !$0.hasPrefix("#") }
            #expect(resources.contains { $0.contains("assets/site.") }, "the page has its stylesheet")
            #expect(links.count >= 3, "the page has its navigation")
            for reference in resources + links {
                #expect(reference.hasPrefix("/"), "\(reference) would resolve against the missing page's own path")
                let answer = try await preview.request(reference)
                #expect(answer.response.statusCode == 200, "\(reference) answers \(answer.response.statusCode)")
            }
        }
    }

    @Test func headAndConditionalRequests() async throws {
        try await withPreview { preview, _ in
            let full = try await preview.request("/countries/belarus/")
            let head = try await preview.request("/countries/belarus/", method: "HEAD")
            #expect(head.response.statusCode == 200)
            #expect(head.body.isEmpty)
            #expect(head.response.value(forHTTPHeaderField: "Content-Length") == String(full.body.count))
            let tag = try #require(full.response.value(forHTTPHeaderField: "ETag"))
            #expect(head.response.value(forHTTPHeaderField: "ETag") == tag)

            let unchanged = try await preview.request("/countries/belarus/", headers: ["If-None-Match": tag])
            #expect(unchanged.response.statusCode == 304)
            #expect(unchanged.body.isEmpty)
            let stale = try await preview.request("/countries/belarus/", headers: ["If-None-Match": "\"other\""])
            #expect(stale.response.statusCode == 200)
            #expect(try await preview.request("/", method: "POST").response.statusCode == 405)
        }
    }

    @Test(arguments: ["/%2e%2e/%2e%2e/etc/passwd", "/countries/%2E%2E/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd",
                      "//etc/passwd", "/%2Fetc%2Fpasswd", "/countries/..%5c..%5cetc/passwd", "/assets/%00"])
    func refusesPathsThatLeaveTheSite(path: String) async throws {
        try await withPreview { preview, _ in
            let response = try await preview.request(path)
            #expect(response.response.statusCode == 403)
            #expect(!String(decoding: response.body, as: UTF8.self).contains("root:"))
        }
    }

    @Test func resolvesPathsWithoutLeavingTheSite() {
        let files: Set<String> = ["index.html", "countries/index.html", "countries/belarus/index.html", "assets/site.css"]
        #expect(SitePath.resolve("/", in: files) == .file("index.html"))
        #expect(SitePath.resolve("/countries/belarus/", in: files) == .file("countries/belarus/index.html"))
        #expect(SitePath.resolve("/countries/belarus", in: files) == .redirect(location: "/countries/belarus/"))
        #expect(SitePath.resolve("/assets/site%2Ecss", in: files) == .file("assets/site.css"))
        #expect(SitePath.resolve("/countries/../index.html", in: files) == .refused)
        #expect(SitePath.resolve("/./index.html", in: files) == .refused)
        #expect(SitePath.resolve("/%zz", in: files) == .refused)
        #expect(SitePath.resolve("/countries/atlantis/", in: files) == .notFound)
    }
}

/// Files linked from the theme to outside the report are neither built nor served.
@Suite struct LinkedFileTests {
    /// The address a theme asset is served at: fingerprinted after its content.
    static func servedPath(of asset: String, content: String) -> String {
        "/" + AssetFingerprint.name(for: "assets/" + asset, data: Data(content.utf8))
    }

    @Test func anAssetLinkedFromOutsideTheReportIsNotServed() async throws {
        let outside = try temporaryFolder("outside").appendingPathComponent("secret.txt")
        try "secret\n".write(to: outside, atomically: true, encoding: .utf8)
        try await withPreview { preview, report in
            let assets = report.appendingPathComponent("Templates/assets")
            try FileManager.default.createSymbolicLink(at: assets.appendingPathComponent("secret.txt"), withDestinationURL: outside)
            // An asset added with it shows when the rebuild that saw both has been served.
            try "public\n".write(to: assets.appendingPathComponent("public.txt"), atomically: true, encoding: .utf8)
            let published = Self.servedPath(of: "public.txt", content: "public\n")
            try await waitUntil("the rebuild to serve \(published)") { try await preview.request(published).response.statusCode == 200 }

            let response = try await preview.request(Self.servedPath(of: "secret.txt", content: "secret\n"))
            #expect(response.response.statusCode == 404)
            #expect(!String(decoding: response.body, as: UTF8.self).contains("secret"))
            #expect(preview.diagnostics.map(\.description).contains {
                $0.hasPrefix("Templates/assets/secret.txt:1:1: warning: the asset links to '\(outside.resolvingSymlinksInPath().path)', outside the report")
            })
        }
    }
}
