import Foundation

/// A program Dossier runs (git, rsync, aws, chromium), found on `PATH` and always given its
/// arguments as an array, never through a shell.
public struct ExternalTool: Sendable {
    /// The program's name, for messages.
    public let name: String
    /// Where it is installed.
    public let executable: URL

    /// The program at `executable`, called `name` in messages.
    public init(name: String, executable: URL) {
        self.name = name
        self.executable = executable
    }

    /// What a finished run printed and how it ended.
    public struct Output: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output as text.
        public var standardOutput: String
        /// Standard error as text.
        public var standardError: String
        /// Standard output split into lines, without empty ones.
        public var lines: [String] { standardOutput.split(whereSeparator: \.isNewline).map(String.init) }
    }

    /// The first of `names` found on `PATH`, or nil.
    public static func find(_ names: String...) -> ExternalTool? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return ExternalTool(name: name, executable: candidate)
                }
            }
        }
        return nil
    }

    /// The tool `name`, or an error saying how to install it.
    public static func require(_ name: String, install: String) throws(DeployError) -> ExternalTool {
        guard let tool = find(name) else { throw DeployError("'\(name)' is not installed or not on PATH; \(install)") }
        return tool
    }

    /// Runs the tool and waits for it; `environment` is added to this process's own.
    @discardableResult
    public func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws(DeployError) -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw DeployError("cannot run \(name): \(error.localizedDescription)")
        }
        // Both pipes are drained at once, so a tool that fills one while we wait on the other cannot stall.
        let errorText = PipeReader(errors)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: errorText.text())
    }

    /// Runs the tool and fails with its error output unless it exits 0.
    @discardableResult
    public func check(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws(DeployError) -> Output {
        let result = try run(arguments, in: folder, environment: environment)
        guard result.status == 0 else {
            let detail = (result.standardError.isEmpty ? result.standardOutput : result.standardError)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw DeployError("\(name) \(arguments.first ?? "") failed (exit \(result.status)): \(detail)")
        }
        return result
    }
}

/// Reads a pipe to its end on a background thread.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        // `data` is written only here and read only after `done` is signalled.
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Why a deploy could not be done, in words for the person running it.
public struct DeployError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public var description: String

    /// An error saying `message`.
    public init(_ message: String) { description = message }
}
