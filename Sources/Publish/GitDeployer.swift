import Pipeline
import Foundation

/// `git:REMOTE#BRANCH`: commits the site as the whole content of `branch` (on top of its previous
/// commit, so the branch keeps its history) with a message naming the source commit, and pushes it.
/// The commit is made in a scratch repository, so the report's own work tree and index are never touched.
struct GitDeployer: Deployer {
    /// A remote name of the report's repository (`origin`), a URL or a path.
    var remote: String
    var branch: String
    /// The report folder, whose commit the message names.
    var source: URL

    func deploy(_ site: URL, dryRun: Bool, log: (String) -> Void) throws(DeployError) {
        let git = try ExternalTool.require("git", install: "install git (Debian: apt-get install git)")
        let address = try resolvedRemote(git)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-deploy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let repository = ["--git-dir=\(scratch.path)", "--work-tree=\(site.path)"]
        try git.check(["init", "--quiet", "--bare", scratch.path])

        let branchRef = "refs/heads/\(branch)"
        let existing = try git.check(repository + ["ls-remote", "--heads", address, branchRef]).lines.isEmpty == false
        var parent: String?
        if existing {
            try git.check(repository + ["fetch", "--quiet", "--depth=1", address, branchRef])
            parent = try git.check(repository + ["rev-parse", "FETCH_HEAD"]).lines.first
        }
        try git.check(repository + ["-c", "core.excludesFile=/dev/null", "add", "--all", "--force", "--", ".", ":(top,exclude)\(OutputGuard.markerName)"])
        let tree = try git.check(repository + ["write-tree"]).lines.first ?? ""
        if let parent, try git.check(repository + ["rev-parse", "\(parent)^{tree}"]).lines.first == tree {
            log("\(branch) on \(remote) already holds this site; nothing to push")
            return
        }
        let changes = if let parent {
            try git.check(repository + ["diff-tree", "-r", "--name-status", parent, tree]).lines
        } else {
            try git.check(repository + ["ls-tree", "-r", "--name-only", tree]).lines.map { "A\t" + $0 }
        }
        if dryRun {
            changes.forEach(log)
            log("would commit \(changes.count) change\(changes.count == 1 ? "" : "s") to \(branch) on \(remote) and push")
            return
        }
        let revision = SourceRevision(of: source, git: git)
        let message = "Publish the site built from \(revision.description)"
        let commit = try git.check(repository + ["commit-tree", tree] + (parent.map { ["-p", $0] } ?? []) + ["-m", message],
                                   environment: revision.identity).lines.first ?? ""
        try git.check(repository + ["push", "--quiet", address, "\(commit):\(branchRef)"])
        log("pushed \(changes.count) change\(changes.count == 1 ? "" : "s") to \(branch) on \(remote) (\(commit.prefix(12)): \(message))")
    }

    /// A remote name of the report's repository becomes its URL; a path is taken from the report folder.
    private func resolvedRemote(_ git: ExternalTool) throws(DeployError) -> String {
        if !remote.contains("/"), !remote.contains(":"),
           let url = try git.run(["-C", source.path, "remote", "get-url", remote]).lines.first {
            return url
        }
        return Location.resolve(remote, from: source)
    }
}

/// The commit a site was built from, for the deploy commit's message, and who to name as its author.
struct SourceRevision: CustomStringConvertible {
    /// `a1b2c3d4e5f6 (the commit's subject)`, marked when the work tree had changes; or a note that there is no repository.
    var description: String
    /// Author and committer for the deploy commit: the report repository's configured identity, else Dossier's.
    var identity: [String: String]

    init(of source: URL, git: ExternalTool) {
        func ask(_ arguments: [String]) -> String? {
            guard let result = try? git.run(["-C", source.path] + arguments), result.status == 0 else { return nil }
            return result.lines.first
        }
        if let commit = ask(["rev-parse", "--short=12", "HEAD"]) {
            let subject = ask(["log", "-1", "--format=%s"]).map { " (\($0))" } ?? ""
            let dirty = (try? git.run(["-C", source.path, "status", "--porcelain"]))?.lines.isEmpty == false
            description = "commit \(commit)\(subject)" + (dirty ? " with uncommitted changes" : "")
        } else {
            description = "\(source.lastPathComponent), which is not a git repository"
        }
        let name = ask(["config", "user.name"]) ?? "Dossier"
        let email = ask(["config", "user.email"]) ?? "dossier@localhost"
        identity = ["GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email]
    }
}
