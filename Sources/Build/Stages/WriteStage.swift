import Content
import Foundation

/// Writes the site into a fresh folder beside the output and swaps it in only when everything is
/// written, so a failed or interrupted build never leaves a half-written `Public/`.
public struct WriteStage: BuildStage {
    public let name = "write"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        do {
            try Self.write(context.files, to: context.options.output)
        } catch {
            context.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: context.options.output.path, line: 1, column: 1),
                                                  code: "write-failed", "cannot write the site: \(error.localizedDescription)"))
        }
    }

    /// Writes `files` to a sibling of `output` and renames it into place.
    public static func write(_ files: [String: Data], to output: URL) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(token)")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(token)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders: Set<String> = []
            for (path, data) in files {
                let url = staging.appendingPathComponent(path)
                let folder = url.deletingLastPathComponent().path
                if folders.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                guard manager.createFile(atPath: url.path, contents: data) else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
                }
            }
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: retired)
            }
            try manager.moveItem(at: staging, to: output)
        } catch {
            try? manager.removeItem(at: staging)
            if manager.fileExists(atPath: retired.path), !manager.fileExists(atPath: output.path) {
                try? manager.moveItem(at: retired, to: output)
            }
            throw error
        }
        try? manager.removeItem(at: retired)
    }
}
