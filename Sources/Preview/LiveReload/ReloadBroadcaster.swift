import Foundation
import ServiceLifecycle

/// Tells every connected browser the site's new version, and ends their streams when the server stops.
final class ReloadBroadcaster: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]
    private var finished = false

    /// A broadcaster with no listeners.
    init() {}

    /// A stream of the versions published from now on; it ends when the server stops.
    func listen() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        let accepted = lock.withLock {
            guard !finished else { return false }
            listeners[id] = continuation
            return true
        }
        if !accepted { continuation.finish() }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends `version` to every listener.
    func publish(_ version: Int) {
        for listener in lock.withLock({ Array(listeners.values) }) { listener.yield(version) }
    }

    /// Ends every stream, and every stream opened later, so open connections let the server stop.
    func finishAll() {
        let ended = lock.withLock {
            finished = true
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for listener in ended { listener.finish() }
    }
}

/// Ends the live-reload streams on graceful shutdown (Ctrl-C, SIGTERM). Without it the HTTP server
/// would wait for the browsers' never-ending event streams and never stop.
///
/// It must be shut down before the HTTP server, so it comes after the server in the service group
/// (a group shuts its services down in reverse order).
struct LiveReloadShutdown: Service {
    let broadcaster: ReloadBroadcaster

    func run() async {
        try? await gracefulShutdown()
        broadcaster.finishAll()
    }
}
