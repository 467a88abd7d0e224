import Pipeline
import Foundation

/// `rsync:DEST`: mirrors the site to a folder or `host:path`, deleting what the site no longer has.
/// Files are compared by content (`--checksum`), since every build writes every file anew.
struct RsyncDeployer: Deployer {
    /// A folder (relative to the report folder) or a remote `host:path`.
    var destination: String
    var source: URL

    func deploy(_ site: URL, dryRun: Bool, log: (String) -> Void) throws(DeployError) {
        let rsync = try ExternalTool.require("rsync", install: "install rsync (Debian: apt-get install rsync)")
        var target = Location.resolve(destination, from: source)
        let local = !Location.isRemote(target)
        if local {
            // A mirror deletes whatever the site lacks, so a local folder gets the same guard as an output.
            do throws(OutputGuard.Refusal) {
                try OutputGuard.check(output: URL(fileURLWithPath: target), source: source)
            } catch {
                throw DeployError(error.description)
            }
            // A dry run changes nothing, not even by creating the destination.
            do {
                if !dryRun { try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true) }
            } catch {
                throw DeployError("cannot create \(target): \(error.localizedDescription)")
            }
        }
        if !target.hasSuffix("/") { target += "/" }
        // The marker is not part of the site; excluded, it is neither sent nor deleted on the receiving side.
        let arguments = ["--recursive", "--links", "--checksum", "--delete", "--itemize-changes", "--exclude=/\(OutputGuard.markerName)"]
            + (dryRun ? ["--dry-run"] : []) + [site.path + "/", target]
        let changes = try rsync.check(arguments).lines.filter { !$0.hasPrefix(".") }
        if local, !dryRun { OutputGuard.mark(URL(fileURLWithPath: target)) }
        changes.forEach(log)
        log("\(dryRun ? "would change" : "changed") \(changes.count) path\(changes.count == 1 ? "" : "s") in \(destination)")
    }
}
