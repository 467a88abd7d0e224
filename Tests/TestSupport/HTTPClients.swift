import Foundation
import FoundationNetworking
import Testing

/// The HTTP client of the tests: no cache, no cookies, redirects returned rather than followed.
public enum HTTPClient {
    public static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }()

    public final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        public func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }
    }
}

/// A browser's live-reload connection: the Server-Sent Events the preview sends, as they arrive.
public final class EventStreamClient: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""
    private var events: [(name: String, data: String)] = []
    private var session: URLSession?
    private var hasEnded = false
    private var endError: (any Error)?

    /// Whether the server ended the stream.
    public var ended: Bool { lock.withLock { hasEnded } }
    /// Whether the stream ended as a finished response rather than a broken connection.
    public var endedCleanly: Bool { lock.withLock { hasEnded && endError == nil } }

    /// Connects to the event stream of the preview at `base`.
    public init(base: URL) throws {
        super.init()
        // A browser's EventSource waits as long as the server is silent; URLSession's default gives
        // up after 60 s without a byte, which on a loaded machine cut the stream (NSURLError -1001)
        // while a signalled server was still stopping, and failed a test of a clean stop.
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 24 * 60 * 60
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        self.session = session
        session.dataTask(with: try #require(URL(string: "/_dossier/events", relativeTo: base))).resume()
    }

    public func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
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

    public func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock {
            hasEnded = true
            endError = error
        }
    }

    /// Waits for the next event named `name` after the first `after` events, and returns its data.
    public func next(_ name: String, after count: Int = 0) async throws -> (data: String, index: Int) {
        func found() -> (offset: Int, element: (name: String, data: String))? {
            lock.withLock { events.enumerated().dropFirst(count).first { $0.element.name == name } }
        }
        try await waitUntil("a '\(name)' event after the first \(count)") { found() != nil }
        guard let event = found() else { throw WaitTimedOut(description: "no '\(name)' event") }
        return (event.element.data, event.offset + 1)
    }

    /// Waits until the server ends the stream.
    public func waitForEnd() async throws {
        try await waitUntil("the server to end the event stream") { ended }
    }

    /// How many events have arrived.
    public var count: Int { lock.withLock { events.count } }

    /// Closes the connection.
    public func close() { session?.invalidateAndCancel() }
}

// A failed expectation describes the values it names; by default that reflects over the client's
// stored properties without its lock while URLSession's thread writes them, which crashed the test
// process. The description reads them under the lock.
extension EventStreamClient: CustomTestStringConvertible {
    public var testDescription: String {
        lock.withLock {
            "event stream (\(events.count) events, \(hasEnded ? "ended" : "open")\(endError.map { ", error: \($0)" } ?? ""))"
        }
    }
}
