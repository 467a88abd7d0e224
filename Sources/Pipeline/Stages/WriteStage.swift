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
///
/// Files whose bytes did not change are not written again (see `write`), and the build's record
/// (`BuildRecord`, `.Public.cache`) is kept beside the output for the next build.
public struct WriteStage: BuildStage {
    public let name = "write"
    /// The folder the site replaces.
    public let output: URL

    /// A stage writing the site into `output`.
    public init(into output: URL) { self.output = output }

    public func run(_ context: inout BuildContext) {
        guard !context.failed else { return }
        do {
            try OutputGuard.check(output: output, source: context.options.source)
            let config = context.content.site
            // Earlier editions are read from git by commit id, which never changes; but what git could
            // not give this time (a shallow clone, no git) it may give the next, so such a build leaves no record.
            let record = context.recordKey.flatMap { key in
                context.diagnostics.contains { $0.code == .editionsUnavailable } ? nil
                    : BuildRecord(key: key, pages: context.files.keys.filter { $0.hasSuffix(".html") }.count, diagnostics: context.diagnostics, files: [:])
            }
            try Self.write(context.files, to: output, finishing: context.options.printedEdition.map { step in
                { site in
                    do {
                        try step.make(site, site.appendingPathComponent(PrintedEditionStep.file), config)
                    } catch {
                        throw PrintingFailed(description: "\(error)")
                    }
                }
            }, recording: { output in
                // Without a record of this build, the next one must not trust the old record's account of the output.
                guard var record, let stamps = BuildRecord.stamps(of: output) else { return BuildRecord.remove(for: output) }
                record.files = stamps
                try? record.save(for: output)
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

    /// Writes `files` (and the marker saying Dossier made the folder) into the spare folder beside
    /// `output`, then swaps it with `output`, holding the output's lock throughout. The caller has
    /// checked `output` with ``OutputGuard``. `finishing` runs on the written folder before the swap
    /// (it adds the printed edition); when it throws, nothing is swapped in. `recording` runs last,
    /// still under the lock (it keeps the build's record).
    ///
    /// A file whose bytes `output` already holds is not written again: the spare folder gets a hard
    /// link to it, so it keeps its inode and modification time through the swap. When `output`
    /// already holds exactly `files` (and there is nothing to finish), nothing is written or swapped.
    public static func write(_ files: [String: Data], to output: URL, finishing: ((URL) throws -> Void)? = nil,
                             recording: ((URL) -> Void)? = nil) throws {
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let lock = try OutputLock(OutputFolder(output).lock, waitingFor: output.lastPathComponent)
        defer { lock.release() }
        let staging = OutputFolder(output).spare.path
        // A link or file in the spare's place would be written through or lost; only a real folder is reused.
        guard FileTree.isFolder(staging) != false else {
            throw FileTree.SystemError(call: "reuse", path: staging, code: ENOTDIR)
        }
        // The marker goes first, so a build checking this folder while it is being written (waiting
        // for the lock) knows it for Dossier's, whatever else it holds yet.
        let marker = [OutputGuard.markerName: OutputGuard.markerText]
        let kept = Set(files.keys).union(marker.keys)
        let markerKept = try FileTree.mirror(marker, into: staging, reusing: output.path)
        let filesKept = try FileTree.mirror(files, into: staging, reusing: output.path)
        if markerKept, filesKept, finishing == nil, let live = FileTree.listing(of: output.path),
           live.files == kept, live.folders == FileTree.folders(holding: kept) {
            recording?(output)
            return
        }
        try FileTree.prune(staging, keeping: kept)
        try finishing?(URL(fileURLWithPath: staging, isDirectory: true))
        if FileTree.isFolder(output.path) == nil {
            guard rename(staging, output.path) == 0 else { throw FileTree.SystemError(call: "rename", path: output.path, code: errno) }
        } else {
            guard dossier_exchange_paths(staging, output.path) == 0 else {
                throw FileTree.SystemError(call: "renameat2 (exchange)", path: output.path, code: errno)
            }
        }
        recording?(output)
    }
}
