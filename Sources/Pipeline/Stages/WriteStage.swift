import CFileSwap
import Diagnostics
import Content
import Foundation

/// Writes the site into a folder beside the output and swaps it in only when everything is written,
/// so a failed or killed build never leaves a half-written `Public/`.
///
/// The folder written into is the site of the build before last, kept as `.Public.previous`: files are
/// overwritten in place and leftovers pruned. Reusing existing files is what makes the swap as cheap as
/// writing over `Public/` directly — creating a thousand new files right after deleting a thousand
/// old ones is several times slower on ext4. The swap is one atomic exchange of the two names, so
/// at every instant `Public/` is either the whole old site or the whole new one.
///
/// Builds into one output take turns: each holds a lock on `.Public.lock` beside it while it writes
/// (an advisory `flock`, which the system releases when a build dies, so a killed build never leaves
/// it stuck).
public struct WriteStage: BuildStage {
    public let name = "write"

    public init() {}

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        let output = context.options.output
        do {
            try OutputGuard.check(output: output, source: context.options.source)
            let config = context.graph?.content.site
            try Self.write(context.files, to: output, finishing: context.options.printedEdition.map { step in
                { site in
                    guard let config else { return }
                    do {
                        try step.make(site, site.appendingPathComponent(PrintedEditionStep.file), config)
                    } catch {
                        throw PrintingFailed(description: "\(error)")
                    }
                }
            })
        } catch let failure as PrintingFailed {
            context.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: output.path, line: 1, column: 1), code: .writeFailed,
                                                  "cannot make \(PrintedEditionStep.file): \(failure.description); the site was not replaced"))
        } catch let refusal as OutputGuard.Refusal {
            context.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: output.path, line: 1, column: 1),
                                                  code: .writeFailed, refusal.description))
        } catch {
            context.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: output.path, line: 1, column: 1),
                                                  code: .writeFailed, "cannot write the site: \(Self.describe(error))"))
        }
    }

    /// The printed edition could not be made, and why.
    struct PrintingFailed: Error, CustomStringConvertible {
        var description: String
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

    /// The file beside `output` that builds into it lock while they write.
    public static func lockFile(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock")
    }

    /// Writes `files` (and the marker saying Dossier made the folder) into the spare folder beside
    /// `output`, then swaps it with `output`, holding the output's lock throughout. The caller has
    /// checked `output` with ``OutputGuard``. `finishing` runs on the written folder before the swap
    /// (it adds the printed edition); when it throws, nothing is swapped in.
    public static func write(_ files: [String: Data], to output: URL, finishing: ((URL) throws -> Void)? = nil) throws {
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let lock = try OutputLock(lockFile(for: output), waitingFor: output.lastPathComponent)
        defer { lock.release() }
        let staging = spare(for: output).path
        // A link or file in the spare's place would be written through or lost; only a real folder is reused.
        guard FileTree.isFolder(staging) != false else {
            throw FileTree.SystemError(call: "reuse", path: staging, code: ENOTDIR)
        }
        // The marker goes first, so a build checking this folder while it is being written (waiting
        // for the lock) knows it for Dossier's, whatever else it holds yet.
        let marker = [OutputGuard.markerName: OutputGuard.markerText]
        try FileTree.write(marker, below: staging)
        try FileTree.write(files, below: staging)
        try FileTree.prune(staging, keeping: Set(files.keys).union(marker.keys))
        try finishing?(URL(fileURLWithPath: staging, isDirectory: true))
        guard FileTree.isFolder(output.path) != nil else {
            guard rename(staging, output.path) == 0 else { throw FileTree.SystemError(call: "rename", path: output.path, code: errno) }
            return
        }
        guard dossier_exchange_paths(staging, output.path) == 0 else {
            throw FileTree.SystemError(call: "renameat2 (exchange)", path: output.path, code: errno)
        }
    }
}
