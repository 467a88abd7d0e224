import Foundation
import Testing

/// The `dossier` executable beside the test bundle, built with the package.
private let executable = (Bundle.main.executableURL ?? Bundle.main.bundleURL).deletingLastPathComponent().appendingPathComponent("dossier")

/// `dossier serve` as a user runs it: a process that prints where it serves and stops on a signal,
/// even with a browser listening for reloads.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: executable.path),
                             "the dossier executable is not built beside the tests (run 'swift build' first)"))
struct CommandLineTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func stopsOnASignalWithABrowserListening(signal: Int32) async throws {
        let report = try makeFixtureReport()
        defer { try? FileManager.default.removeItem(at: report) }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["serve", "--source", report.path, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let lines = Box<String>()
        let collected = LockedText()
        output.fileHandleForReading.readabilityHandler = { handle in
            collected.append(String(decoding: handle.availableData, as: UTF8.self))
            if let line = collected.text.split(separator: "\n").first(where: { $0.hasPrefix("serving ") }) { lines.set(String(line)) }
        }
        try process.run()
        let serving = try await lines.wait()
        let url = try #require(serving.split(separator: " ").dropFirst().first.map(String.init))
        #expect(url.hasPrefix("http://127.0.0.1:"), "bound to loopback by default")

        let browser = try EventStreamClient(base: try #require(URL(string: url)))
        _ = try await browser.next("version")
        kill(process.processIdentifier, signal)
        let exited = Box<Int32>()
        process.terminationHandler = { exited.set($0.terminationStatus) }
        if !process.isRunning { exited.set(process.terminationStatus) }
        #expect(try await exited.wait() == 0)
        #expect(try await browser.waitForEnd())
        #expect(browser.endedCleanly, "the stream is finished, not cut off")
        output.fileHandleForReading.readabilityHandler = nil
        #expect(collected.text.contains("stopped"))
    }
}

/// Text appended from one thread and read from another.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var value = ""

    func append(_ more: String) { lock.withLock { value += more } }
    var text: String { lock.withLock { value } }
}
