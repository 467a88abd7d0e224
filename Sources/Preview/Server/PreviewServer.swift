import Diagnostics
import Pipeline
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// What `dossier serve` serves and how.
public struct PreviewConfiguration: Sendable {
    /// The report to build (the output folder is not written).
    public var build: BuildOptions
    /// The address to listen on: loopback unless asked otherwise.
    public var host: String
    /// The port; 0 lets the system choose. A busy port is followed by the next ones.
    public var port: Int
    /// Whether to poll for changes instead of using the system's notifications.
    public var polling: Bool
    /// How many ports to try, from `port` on, when it is taken.
    public var portAttempts = 10

    /// A configuration for the report `build.source`.
    public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 4000, polling: Bool = false) {
        self.build = build
        self.host = host
        self.port = port
        self.polling = polling
    }
}

/// What the preview tells whoever runs it (the command line prints it; tests wait for it).
public enum PreviewEvent: Sendable {
    /// The server is listening at `url`; `busyPort` is the port asked for when it was taken.
    case serving(url: String, busyPort: Int?)
    /// A build succeeded: its warnings, how many pages it rendered again out of all, and how long it took.
    case built(warnings: [Diagnostic], rendered: Int, pages: Int, seconds: Double)
    /// A build failed; the browser shows the same diagnostics.
    case failed(diagnostics: [Diagnostic])
    /// Files changed, so the site is built again.
    case changed(paths: Set<String>)
    /// The server stopped.
    case stopped
}

/// The preview: builds the report, serves it from memory, rebuilds what changed when files change,
/// and tells open browsers to reload. Stops gracefully on SIGINT and SIGTERM, or on `stop()`.
public final class PreviewServer: @unchecked Sendable {
    /// What is served and how.
    public let configuration: PreviewConfiguration
    private let report: @Sendable (PreviewEvent) -> Void
    private let store = SiteStore()
    private let builder: IncrementalBuilder
    private let lock = NSLock()
    private var group: ServiceGroup?
    private var stopRequested = false

    /// A server for `configuration` that reports what it does to `report`.
    public init(configuration: PreviewConfiguration, report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.configuration = configuration
        self.report = report
        // The preview serves the site at `/`, whatever path base_url has, so the not-found page
        // (shown at any depth) must link from `/` for its stylesheet and navigation to load.
        var options = configuration.build
        options.sitePath = "/"
        builder = IncrementalBuilder(options: options)
    }

    /// Builds, serves and watches until stopped.
    public func run() async throws {
        _ = await rebuild()
        let ports = configuration.port == 0 ? [0] : Array(configuration.port..<(configuration.port + max(1, configuration.portAttempts)))
        for port in ports {
            do {
                try await serve(on: port, asked: configuration.port)
                report(.stopped)
                return
            } catch let error as IOError where error.errnoCode == EADDRINUSE && port != 0 {
                continue
            }
        }
        throw PortsBusy(ports: ports)
    }

    /// Every port tried was taken.
    public struct PortsBusy: Error, CustomStringConvertible {
        /// The ports tried, in order.
        public var ports: [Int]

        public var description: String {
            "ports \(ports.first ?? 0)–\(ports.last ?? 0) are all in use; choose another with --port"
        }
    }

    /// Stops the server as SIGINT would: live-reload streams end, then the server.
    public func stop() async {
        let running = lock.withLock {
            stopRequested = true
            return group
        }
        await running?.triggerGracefulShutdown()
    }

    private func serve(on port: Int, asked: Int) async throws {
        let broadcaster = ReloadBroadcaster()
        var logger = Logger(label: "dossier.serve")
        logger.logLevel = .critical
        let host = configuration.host
        let report = report
        let app = Application(
            responder: SiteResponder(store: store, broadcaster: broadcaster),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                let shownHost = host.contains(":") ? "[\(host)]" : host
                report(.serving(url: "http://\(shownHost):\(bound)/", busyPort: port != asked ? asked : nil))
            },
            logger: logger)
        // Watching starts before the server does, so an edit made as soon as the page is served is seen.
        let changes = FileWatchers.watching(["Content", "Templates"].map { configuration.build.source.appendingPathComponent($0) },
                                            polling: configuration.polling).changes()
        // Shut down in reverse order: first the live-reload streams end, then the watcher, then the HTTP server.
        var groupConfiguration = ServiceGroupConfiguration(
            services: [app, RebuildLoop(server: self, changes: changes, broadcaster: broadcaster), LiveReloadShutdown(broadcaster: broadcaster)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        // Whatever keeps a graceful stop waiting (a client that never reads) is cancelled after a while.
        // Ending the live-reload streams and closing their connections takes milliseconds on an idle
        // machine but took over 3 s under a sanitizer on a loaded one, which cut the streams instead
        // of finishing them; 10 s leaves room for that and still stops a stuck client's server.
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(10)
        let group = ServiceGroup(configuration: groupConfiguration)
        let stopEarly = lock.withLock {
            self.group = group
            return stopRequested
        }
        if stopEarly { await group.triggerGracefulShutdown() }
        try await group.run()
    }

    /// Builds the report again and serves the result; returns the new version when browsers should reload.
    func rebuild() async -> Int? {
        let builder = builder
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: builder.build()) }
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        if result.succeeded {
            report(.built(warnings: result.diagnostics, rendered: result.renderedPages.count, pages: result.pageCount, seconds: result.seconds))
            return store.update(files: result.files, errors: [])
        }
        report(.failed(diagnostics: result.diagnostics))
        return store.update(files: nil, errors: errors)
    }

    /// Rebuilds on every batch of changes and tells the browsers.
    private struct RebuildLoop: Service {
        let server: PreviewServer
        let changes: AsyncStream<Set<String>>
        let broadcaster: ReloadBroadcaster

        func run() async {
            let (server, changes, broadcaster) = (server, changes, broadcaster)
            await cancelWhenGracefulShutdown {
                for await paths in changes {
                    server.report(.changed(paths: paths))
                    if let version = await server.rebuild() { broadcaster.publish(version) }
                }
            }
        }
    }
}
