import Foundation
import FoundationNetworking
import TestSupport
import Testing

/// `dossier serve` as a user runs it: a process that prints where it serves and stops on a signal,
/// even with a browser listening for reloads.
@Suite(.serialized, .requires(.dossierExecutable))
struct ServeCommandTests {
    /// A small report to serve.
    static func report(_ files: [String: String] = [:]) throws -> URL {
        try temporaryReport([
            "Content/site.yaml": "title: Served\nbase_url: https://example.org/served/\nlanguage: en\nas_of: 2006-03-01\n",
            "Content/index.md": "---\ntitle: Overview\n---\nSee [Belarus](country:belarus).\n",
            "Content/countries/belarus.md": "---\ntitle: Belarus\n---\nA brief.\n",
        ].merging(files) { _, new in new })
    }

    /// Starts `dossier serve` on `report` with `arguments` and waits for its address.
    static func serve(_ report: URL, _ arguments: [String] = [], statusInErrors: Bool = false) async throws -> (RunningProcess, URL) {
        let process = try RunningProcess(DossierExecutable.url, ["serve", "--source", report.path, "--port", "0"] + arguments)
        let line = try await process.line(inErrors: statusInErrors, "the 'serving' line") { $0.hasPrefix("serving ") }
        let address = try #require(line.split(separator: " ").dropFirst().first.map(String.init))
        return (process, try #require(URL(string: address)))
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func stopsOnASignalWithABrowserListening(signal: Int32) async throws {
        let (process, url) = try await Self.serve(try Self.report())
        #expect(url.absoluteString.hasPrefix("http://127.0.0.1:"), "bound to loopback by default")
        let browser = try EventStreamClient(base: url)
        _ = try await browser.next("version")
        process.send(signal)
        #expect(try await process.exitStatus() == 0)
        try await browser.waitForEnd()
        #expect(browser.endedCleanly, "the stream is finished, not cut off")
        #expect(process.output.text.contains("stopped"))
    }

    /// A report broken from the start still serves: the diagnostics go to the terminal, the browser
    /// gets the overlay, and the command stops cleanly.
    @Test func servesAFirstBuildThatFails() async throws {
        let report = try Self.report(["Content/countries/belarus.md": "---\ntitle: Belarus\n---\nSee [Atlantis](country:atlantis).\n"])
        let (process, url) = try await Self.serve(report)
        let status = try await process.line("the failed build's line") { $0.hasPrefix("build failed: ") }
        #expect(status == "build failed: 1 error; the browser shows them until they are fixed")
        #expect(process.errors.text.contains("Content/countries/belarus.md:4:"), "\(process.errors.text)")
        let (body, response) = try await HTTPClient.session.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 500)
        #expect(try ParsedPage(data: body).texts("//*[@id='dossier-build-errors']//li").count == 1)
        process.send(SIGINT)
        #expect(try await process.exitStatus() == 0)
    }
}
