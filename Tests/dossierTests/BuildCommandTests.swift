import Foundation
import TestSupport
import Testing

/// `dossier build` as a user runs it: exit status, what it prints where, and its options.
@Suite(.requires(.dossierExecutable)) struct BuildCommandTests {
    @Test func buildsAndSaysSoOnStandardOutput() throws {
        let report = try commandReport()
        let output = report.appendingPathComponent("Site")
        let result = try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
        let line = try #require(result.output.split(separator: "\n").only)
        #expect(line.range(of: #"^built \d+ pages into .*/Site/ in \d+ ms$"#, options: .regularExpression) != nil, "\(line)")
        let home = try ParsedPage(output.appendingPathComponent("index.html"))
        #expect(try home.texts("//h1") == ["Overview"])
    }

    /// With `--format json`, standard output is the diagnostics' JSON alone; the status line moves to standard error.
    @Test func jsonModeMovesTheStatusLineToStandardError() throws {
        let report = try commandReport(["Content/pages/about.md": "---\ntitle: About\n---\n![](../assets/site.css)\n"])
        let output = temporaryPath("site")
        let result = try DossierProcess.run(["build", "--format", "json", "--source", report.path, "--output", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]], "\(result.output)")
        #expect(entries.contains { $0["code"] as? String == "image-missing-alt" })
        #expect(result.errorLines.contains { $0.hasPrefix("built ") && $0.contains(" with \(entries.count) warning") }, "\(result.errors)")
    }

    /// A second build with nothing changed says so and rewrites nothing; through a pipe no progress line shows.
    @Test func aSecondBuildWithNothingChangedRewritesNothing() throws {
        let report = try commandReport()
        let output = temporaryPath("site")
        let first = try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
        #expect(first.status == 0, "\(first.errors)")
        let page = output.appendingPathComponent("index.html")
        let before = try FileManager.default.attributesOfItem(atPath: page.path)
        let second = try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.hasSuffix(" (nothing changed since the last build: no file rewritten)\n"), "\(second.output)")
        #expect(second.errors.isEmpty && !first.errors.contains("\r") && !first.output.contains("\u{1B}"), "\(first.errors)")
        let after = try FileManager.default.attributesOfItem(atPath: page.path)
        #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
    }

    @Test func aFailedBuildExitsOneAndLeavesTheSiteAsItWas() throws {
        let report = try commandReport()
        let output = temporaryPath("site")
        #expect(try DossierProcess.run(["build", "--source", report.path, "--output", output.path]).status == 0)
        let before = try snapshot(output)
        try write(brokenBrief, into: report)
        let result = try DossierProcess.run(["build", "--source", report.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errorLines.contains { $0.hasPrefix("Content/countries/belarus.md:4:") && $0.contains("'atlantis'") && $0.hasSuffix("[unknown-reference]") },
                "\(result.errors)")
        #expect(result.errorLines.last == "build failed: 1 error; \(output.path)/ left as it was")
        #expect(try snapshot(output) == before)
    }

    /// `--base-url` takes only an absolute http(s) address: anything else is bad usage, exit 2, nothing built.
    @Test(arguments: ["example.org/report/", "/report/", "ftp://example.org/report/", "https://", "report"])
    func aBaseURLThatIsNotAnAddressIsBadUsage(_ baseURL: String) throws {
        let report = try commandReport()
        let output = temporaryPath("site")
        let result = try DossierProcess.run(["build", "--source", report.path, "--output", output.path, "--base-url", baseURL])
        #expect(result.status == 2)
        #expect(result.errors.contains("--base-url must be an absolute http(s) URL, such as https://example.org/report/ (got '\(baseURL)')"),
                "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aBaseURLReplacesSiteYAMLsForOneBuild() throws {
        let report = try commandReport()
        let output = temporaryPath("site")
        let result = try DossierProcess.run(["build", "--source", report.path, "--output", output.path,
                                             "--base-url", "https://staging.example.net/review"])
        #expect(result.status == 0, "\(result.errors)")
        let home = try ParsedPage(output.appendingPathComponent("index.html"))
        #expect(try home.texts("//link[@rel='canonical']/@href") == ["https://staging.example.net/review/"])
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://staging.example.net/review/countries/belarus/</loc>"))
        #expect(!sitemap.contains("example.org/cli"))
        let notFound = try ParsedPage(output.appendingPathComponent("404.html"))
        let stylesheets = try notFound.texts("//link[@rel='stylesheet']/@href")
        #expect(!stylesheets.isEmpty && stylesheets.allSatisfy { $0.hasPrefix("/review/assets/") }, "\(stylesheets)")
    }

    /// `--offline`: every link inside the site names a file, so the folder works from disk.
    @Test func offlineLinksNameFiles() throws {
        let report = try commandReport()
        let output = temporaryPath("site")
        #expect(try DossierProcess.run(["build", "--offline", "--source", report.path, "--output", output.path]).status == 0)
        let brief = try ParsedPage(output.appendingPathComponent("countries/belarus/index.html"))
        let links = try brief.texts("//a/@href").filter { !$0.contains("://") && !$0.hasPrefix("#") }
        #expect(links.count >= 3)
        for link in links {
            let target = try #require(SiteLinks.target(of: link, in: "countries/belarus/index.html", folder: output))
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder)
            #expect(!link.split(separator: "#")[0].hasSuffix("/") && exists && !isFolder.boolValue, "\(link) does not name a file")
        }
    }

    @Test func timingsListEveryStage() throws {
        let report = try commandReport()
        let result = try DossierProcess.run(["build", "--timings", "--source", report.path, "--output", temporaryPath("site").path])
        #expect(result.status == 0, "\(result.errors)")
        let stages = result.errorLines.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(["load", "render", "write"].allSatisfy(stages.contains), "\(result.errors)")
        #expect(result.errorLines.allSatisfy { $0.hasSuffix(" ms") })
    }

    /// Usage mistakes exit 2 with one message and build nothing.
    @Test(arguments: [
        (["build", "--bogus"], "Unknown option '--bogus'"),
        (["build", "--format", "xml"], "The value 'xml' is invalid for '--format <format>'"),
        (["build", "--output", "/"], "refusing to write the site into /: "),
        (["build", "stray"], "Unexpected argument 'stray'"),
    ])
    func badUsageExitsTwo(_ arguments: [String], _ message: String) throws {
        // On a real report, so the usage mistake is the only one.
        let result = try DossierProcess.run(arguments + ["--source", try commandReport().path])
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
    }

    /// `raw_html: true` lets authors' HTML through to the page; without it the HTML is left out, with a warning at it.
    @Test(arguments: [true, false])
    func rawHTMLReachesThePageOnlyWhenAllowed(_ allowed: Bool) throws {
        let report = try commandReport([
            "Content/site.yaml": "title: Command Report\nbase_url: https://example.org/cli/\nlanguage: en\nas_of: 2006-03-01\nraw_html: \(allowed)\n",
            "Content/countries/belarus.md": "---\ntitle: Belarus\n---\nThe brief.\n\n<aside class=\"note\" id=\"raw\">A <abbr title=\"Belarus\">BY</abbr> note.</aside>\n",
        ])
        let output = temporaryPath("site")
        let result = try DossierProcess.run(["build", "--format", "json", "--source", report.path, "--output", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let warnings = entries.filter { $0["code"] as? String == "raw-html-omitted" }
        let page = try ParsedPage(output.appendingPathComponent("countries/belarus/index.html"))
        if allowed {
            #expect(warnings.isEmpty)
            #expect(try page.texts("//main//aside[@id='raw'][@class='note']") == ["A BY note."])
            #expect(try page.texts("//main//aside[@id='raw']/abbr/@title") == ["Belarus"])
        } else {
            #expect(warnings.map { "\($0["file"] ?? ""):\($0["line"] ?? 0):\($0["column"] ?? 0)" } == ["Content/countries/belarus.md:6:1"])
            #expect(try page.nodes("//*[@id='raw'] | //abbr").isEmpty)
            #expect(!(try String(contentsOf: output.appendingPathComponent("countries/belarus/index.html"), encoding: .utf8)).contains("BY</abbr>"))
        }
    }
}

extension Collection {
    /// The one element, or nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
