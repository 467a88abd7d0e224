import Diagnostics
import Foundation
import FoundationNetworking
import FoundationXML
import Pipeline
import Preview
import TestSupport
import Testing

/// The files of a small report, beside the repository's theme. Its `base_url` has a path, as a
/// site published under a folder of its host does, while the preview serves it at `/`.
let fixtureFiles = [
    "Content/site.yaml": "title: Fixture Report\nbase_url: https://example.org/fixture/\nlanguage: en\nas_of: 2006-03-01\nsections:\n  not-found: {title: Page not found}\n",
    "Content/index.md": "---\ntitle: Overview\n---\nSee [Belarus](country:belarus) and [Russia](country:russia).\n",
    "Content/countries/belarus.md": "---\ntitle: Belarus\ncapital: Minsk\n---\nThe first version of the brief.\n",
    "Content/countries/russia.md": "---\ntitle: Russia\n---\nThe largest state.\n",
    "Content/data/prices.csv": "country,price\nbelarus,47\n",
]

/// A small report in a temporary folder: the repository's theme and a few content files, with `changes`
/// (path → text) written over them.
func makeFixtureReport(_ changes: [String: String] = [:]) throws -> URL {
    try temporaryReport(fixtureFiles.merging(changes) { _, new in new })
}

/// Runs `body` against a preview of a fresh fixture report, then stops the server and removes the report.
func withPreview(polling: Bool = false, changes: [String: String] = [:], _ body: (RunningPreview, URL) async throws -> Void) async throws {
    let report = try makeFixtureReport(changes)
    let preview = try await RunningPreview(report, polling: polling)
    do {
        try await body(preview, report)
    } catch {
        try? await preview.stop()
        throw error
    }
    try await preview.stop()
}

/// A preview server running on a port the system chose, for one test.
final class RunningPreview: @unchecked Sendable {
    let server: PreviewServer
    let task: Task<Void, any Error>
    let base: URL
    /// The port asked for, when it was taken and another was used.
    let busyPort: Int?
    /// Every event the server reported, in order.
    private let events = EventLog()

    /// Starts the preview of `report` on `port` (0: any free one) and waits until it listens.
    init(_ report: URL, port: Int = 0, polling: Bool = false) async throws {
        let serving = Box<(url: String, busyPort: Int?)>()
        let configuration = PreviewConfiguration(build: BuildOptions(source: report),
                                                 port: port, polling: polling)
        let events = events
        let server = PreviewServer(configuration: configuration) { event in
            events.append(event)
            if case .serving(let url, let busyPort) = event { serving.set((url, busyPort)) }
        }
        self.server = server
        task = Task { try await server.run() }
        let address = try await serving.wait(for: "the preview to listen")
        base = try #require(URL(string: address.url))
        busyPort = address.busyPort
    }

    /// The diagnostics of every build so far: warnings of the builds that succeeded, all problems of those that failed.
    var diagnostics: [Diagnostic] {
        events.all.flatMap { event -> [Diagnostic] in
            switch event {
            case .built(let warnings, _, _, _): warnings
            case .failed(let problems): problems
            default: []
            }
        }
    }

    /// Stops the server and waits for it.
    func stop() async throws {
        await server.stop()
        try await task.value
    }

    /// A request to `path` (sent as written, not normalized) without following redirects or caching.
    func request(_ path: String, method: String = "GET", headers: [String: String] = [:]) async throws -> (response: HTTPURLResponse, body: Data) {
        var request = URLRequest(url: try #require(URL(string: base.absoluteString.dropLast() + path)))
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (body, response) = try await HTTPClient.session.data(for: request)
        return (try #require(response as? HTTPURLResponse), body)
    }

    /// The page at `path`, parsed (the theme and the preview's additions are well-formed XML).
    func page(_ path: String) async throws -> XMLDocument {
        try XMLDocument(data: try await request(path).body, options: [])
    }
}

/// The events a preview reported, appended from its threads.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [PreviewEvent] = []

    func append(_ event: PreviewEvent) { lock.withLock { events.append(event) } }
    var all: [PreviewEvent] { lock.withLock { events } }
}

extension EventStreamClient {
    /// Connects to the preview's event stream.
    convenience init(_ preview: RunningPreview) throws {
        try self.init(base: preview.base)
    }
}
