import Pipeline
import Foundation
import FoundationNetworking
import FoundationXML
import Preview
import Testing

/// The repository, whose `Templates/` the fixture report uses.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A small report in a temporary folder: the repository's theme and a few content files.
func makeFixtureReport() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-preview-\(UUID().uuidString)")
    let content = folder.appendingPathComponent("Content")
    try FileManager.default.createDirectory(at: content.appendingPathComponent("countries"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: content.appendingPathComponent("data"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates"), to: folder.appendingPathComponent("Templates"))
    let files = [
        "site.yaml": "title: Fixture Report\nbase_url: https://example.org/\nlanguage: en\nas_of: 2006-03-01\nsections:\n  not-found: {title: Page not found}\n",
        "index.md": "---\ntitle: Overview\n---\nSee [Belarus](country:belarus).\n",
        "countries/belarus.md": "---\ntitle: Belarus\ncapital: Minsk\n---\nThe first version of the brief.\n",
        "countries/russia.md": "---\ntitle: Russia\n---\nThe largest state.\n",
        "data/prices.csv": "country,price\nbelarus,47\n",
    ]
    for (path, text) in files {
        try text.write(to: content.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }
    return folder
}

/// Replaces the first occurrence of `old` in a report file, as an editor saving it would.
func edit(_ report: URL, _ file: String, replacing old: String, with new: String) throws {
    let url = report.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    let range = try #require(text.range(of: old), "'\(old)' not found in \(file)")
    try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
}

/// Runs `body` against a preview of a fresh fixture report, then stops the server and removes the report.
func withPreview(polling: Bool = false, _ body: (RunningPreview, URL) async throws -> Void) async throws {
    let report = try makeFixtureReport()
    defer { try? FileManager.default.removeItem(at: report) }
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

    /// Starts the preview of `report` on `port` (0: any free one) and waits until it listens.
    init(_ report: URL, port: Int = 0, polling: Bool = false) async throws {
        let serving = Box<(url: String, busyPort: Int?)>()
        let configuration = PreviewConfiguration(build: BuildOptions(source: report, output: report.appendingPathComponent("Public")),
                                                 port: port, polling: polling)
        let server = PreviewServer(configuration: configuration) { event in
            if case .serving(let url, let busyPort) = event { serving.set((url, busyPort)) }
        }
        self.server = server
        task = Task { try await server.run() }
        let address = try await serving.wait()
        base = try #require(URL(string: address.url))
        busyPort = address.busyPort
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

/// Waits until `condition` holds, checking every 10 ms; gives up after a minute, so a broken server
/// fails the test instead of hanging it. Returns whether the condition came to hold.
@discardableResult
func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + .seconds(60)
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(10))
    }
    return false
}

/// A value set once by one task and awaited by another.
final class Box<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func set(_ newValue: Value) { lock.withLock { value = newValue } }

    /// The value, once set; gives up after a minute so a broken server fails the test instead of hanging it.
    func wait() async throws -> Value {
        try await eventually { lock.withLock { value } != nil }
        guard let value = lock.withLock({ value }) else { throw CancellationError() }
        return value
    }
}

/// The HTTP client of the tests: no cache, no cookies, redirects returned rather than followed.
enum HTTPClient {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }()

    final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }
    }
}

/// A browser's live-reload connection: the Server-Sent Events the preview sends, as they arrive.
final class EventStreamClient: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    private var events: [(name: String, data: String)] = []
    private var session: URLSession?
    private var hasEnded = false
    private var endError: (any Error)?

    /// Whether the server ended the stream.
    var ended: Bool { lock.withLock { hasEnded } }
    /// Whether the stream ended as a finished response rather than a broken connection.
    var endedCleanly: Bool { lock.withLock { hasEnded && endError == nil } }

    /// Connects to the event stream of the preview at `base`.
    init(base: URL) throws {
        super.init()
        let session = URLSession(configuration: .ephemeral, delegate: self, delegateQueue: nil)
        self.session = session
        session.dataTask(with: try #require(URL(string: "/_dossier/events", relativeTo: base))).resume()
    }

    /// Connects to the preview's event stream.
    convenience init(_ preview: RunningPreview) throws {
        try self.init(base: preview.base)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.withLock {
            buffer += String(decoding: data, as: UTF8.self)
            while let end = buffer.range(of: "\n\n") {
                let block = buffer[..<end.lowerBound]
                buffer = String(buffer[end.upperBound...])
                var name = "message", payload = ""
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { payload = String(line.dropFirst(6)) }
                }
                events.append((name, payload))
            }
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock {
            hasEnded = true
            endError = error
        }
    }

    /// Waits for the next event named `name` after the first `after` events, and returns its data.
    func next(_ name: String, after count: Int = 0) async throws -> (data: String, index: Int) {
        func found() -> (offset: Int, element: (name: String, data: String))? {
            lock.withLock { events.enumerated().dropFirst(count).first { $0.element.name == name } }
        }
        try await eventually { found() != nil }
        guard let event = found() else { throw CancellationError() }
        return (event.element.data, event.offset + 1)
    }

    /// Whether the stream ends within a minute.
    func waitForEnd() async throws -> Bool {
        try await eventually { ended }
    }

    /// How many events have arrived.
    var count: Int { lock.withLock { events.count } }

    /// Closes the connection.
    func close() { session?.invalidateAndCancel() }
}
