import Diagnostics
import Content
import Foundation

/// Writes the site into a folder beside the output and swaps it in only when everything is written,
/// so a failed or interrupted build never leaves a half-written `Public/`.
///
/// The folder written into is the site of the build before last, kept as `.Public.previous`: files are
/// overwritten in place and leftovers pruned. Reusing existing files is what makes the swap as cheap as
/// writing over `Public/` directly — creating a thousand new files right after deleting a thousand
/// old ones is several times slower on ext4.
public struct WriteStage: BuildStage {
    public let name = "write"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        do {
            try Self.write(context.files, to: context.options.output)
        } catch {
            context.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: context.options.output.path, line: 1, column: 1),
                                                  code: .writeFailed, "cannot write the site: \(Self.describe(error))"))
        }
    }

    /// What went wrong, in one line: the system call and path for the tree's own errors, Foundation's
    /// sentence (not its dump of the whole error) for the rest.
    static func describe(_ error: any Error) -> String {
        (error as? FileTree.SystemError)?.description ?? error.localizedDescription
    }

    /// The folder beside `output` that holds the build before last, reused by the next build.
    public static func spare(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous")
    }

    /// Writes `files` into the spare folder beside `output`, then swaps it with `output`.
    public static func write(_ files: [String: Data], to output: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let staging = spare(for: output).path
        if FileTree.isFolder(staging) == false { try FileTree.remove(staging) }
        try FileTree.write(files, below: staging)
        try FileTree.prune(staging, keeping: Set(files.keys))
        guard FileTree.isFolder(output.path) != nil else {
            try manager.moveItem(atPath: staging, toPath: output.path)
            return
        }
        let swap = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).swap-\(getpid())").path
        try manager.moveItem(atPath: output.path, toPath: swap)
        do {
            try manager.moveItem(atPath: staging, toPath: output.path)
        } catch {
            try? manager.moveItem(atPath: swap, toPath: output.path)
            throw error
        }
        try manager.moveItem(atPath: swap, toPath: staging)
    }
}
