import ArgumentParser
import Pipeline
import Foundation
import Preview

/// `dossier serve`: builds the report, serves it with live reload, and rebuilds what changes.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the report and preview it in a browser, rebuilding and reloading as files change.",
        discussion: """
            Watches Content/ and Templates/. Only the pages a change reaches are built again; open pages reload \
            by themselves, and a failed build shows its problems over the page until they are fixed. \
            Public/ is not written. Stop with Ctrl-C.
            """)

    @OptionGroup var source: SourceOptions

    @Option(help: "The address to listen on; anything but loopback makes the preview reachable from other machines.")
    var host = "127.0.0.1"

    @Option(name: .shortAndLong, help: "The port; when it is taken, the next free one is used.")
    var port = 4000

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Poll for changes instead of using the system's file notifications (for network drives).")
    var poll = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let options = BuildOptions(source: source.url, includeDrafts: drafts)
        let printer = diagnostics.printer(root: source.url)
        // With JSON diagnostics on standard output, the status lines keep out of their way.
        let status = diagnostics.format == .json ? FileHandle.standardError : FileHandle.standardOutput
        let say: @Sendable (String) -> Void = { line in status.write(Data((line + "\n").utf8)) }
        let configuration = PreviewConfiguration(build: options, host: host, port: port, polling: poll)
        let server = PreviewServer(configuration: configuration) { event in
            switch event {
            case .serving(let url, let busyPort):
                if let busyPort { say("port \(busyPort) is busy; using the next free one") }
                say("serving \(url) (Ctrl-C to stop)")
                if !["127.0.0.1", "localhost", "::1"].contains(configuration.host) {
                    say("note: --host \(configuration.host) lets other machines on the network see the preview")
                }
            case .built(let warnings, let rendered, let pages, let seconds):
                printer.print(warnings)
                say("built \(rendered) of \(pages) pages in \(Int((seconds * 1000).rounded())) ms")
            case .failed(let problems):
                printer.print(problems)
                let errors = problems.filter { $0.severity == .error }.count
                say("build failed: \(errors) error\(errors == 1 ? "" : "s"); the browser shows them until they are fixed")
            case .changed(let paths):
                let root = options.source.path + "/"
                say("changed: " + paths.sorted().map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }.joined(separator: ", "))
            case .stopped:
                say("stopped")
            }
        }
        try await server.run()
    }
}
