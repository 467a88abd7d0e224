import Foundation
import Publish
#if canImport(Glibc)
import Glibc
#endif

/// The `dossier` executable the package builds, in the build folder beside the test bundle.
public enum DossierExecutable {
    /// Where it is.
    public static let url: URL = {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("dossier").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("dossier")
    }()

    /// The executable as a tool, run (and its two outputs read at once) the way Dossier runs its own tools.
    public static var tool: ExternalTool { ExternalTool(name: "dossier", executable: url) }

    /// Runs `dossier` with `arguments`, in `folder` when given, and waits for it.
    @discardableResult
    public static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> ExternalTool.Output {
        try tool.run(arguments, in: folder, environment: environment)
    }
}

/// A program that keeps running while the test talks to it (`dossier serve`, a local S3 server):
/// both of its outputs are read as they arrive, so a chatty child never blocks on a full pipe.
public final class RunningProcess: @unchecked Sendable {
    /// The child.
    public let process = Process()
    /// What it printed on standard output so far.
    public let output = LockedText()
    /// What it printed on standard error so far.
    public let errors = LockedText()
    private let exit = Box<Int32>()

    /// Starts `executable` with `arguments`; `environment` is added to this process's own.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = FileHandle.nullDevice
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        Self.collect(outputPipe, into: output)
        Self.collect(errorPipe, into: errors)
        let exit = exit
        process.terminationHandler = { exit.set($0.terminationStatus) }
        try process.run()
    }

    /// Appends what arrives on `pipe` to `text` until the pipe closes.
    private static func collect(_ pipe: Pipe, into text: LockedText) {
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { text.append(String(decoding: data, as: UTF8.self)) }
        }
    }

    /// Whether it is still running.
    public var isRunning: Bool { exit.current == nil }

    /// The first line of standard output (or, with `inErrors`, standard error) that `matches`, once printed.
    public func line(inErrors: Bool = false, _ what: String, matching matches: @escaping (Substring) -> Bool) async throws -> String {
        let text = inErrors ? errors : output
        try await waitUntil("\(what) (output so far: \(self.output.text.suffix(2000)) | errors: \(self.errors.text.suffix(2000)))") {
            text.text.split(separator: "\n").contains(where: matches)
        }
        return String(text.text.split(separator: "\n").first(where: matches) ?? "")
    }

    /// Sends `signal`.
    public func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Its exit status, once it has exited.
    public func exitStatus() async throws -> Int32 {
        try await exit.wait(for: "\(process.executableURL?.lastPathComponent ?? "the process") to exit")
    }

    /// Kills it if it still runs, and waits until it has exited.
    public func stop() {
        if process.isRunning { send(SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }
}
