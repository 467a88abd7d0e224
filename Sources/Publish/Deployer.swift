import Content
import Foundation

/// Publishes a built site folder to one target.
public protocol Deployer: Sendable {
    /// Makes the target hold exactly the files of `site`; with `dryRun`, only reports what would change.
    /// Each change (or, for a real run, each step) is handed to `log` as a line.
    func deploy(_ site: URL, dryRun: Bool, log: (String) -> Void) throws(DeployError)
}

extension DeployTarget {
    /// The deployer for this target; relative local paths are taken from `source`, the report folder.
    public func deployer(source: URL) -> any Deployer {
        switch self {
        case .git(let remote, let branch): GitDeployer(remote: remote, branch: branch, source: source)
        case .rsync(let destination): RsyncDeployer(destination: destination, source: source)
        case .s3(let bucket, let prefix, let endpoint): S3Deployer(bucket: bucket, prefix: prefix, endpoint: endpoint)
        }
    }
}

/// Resolves a local path written relative to the report folder; leaves remote addresses as they are.
enum Location {
    /// `path` as an absolute path when it names a local folder (`out/site`, `../mirror`), else unchanged
    /// (`host:path`, `user@host:path`, `ssh://…`, `https://…`).
    static func resolve(_ path: String, from source: URL) -> String {
        if path.hasPrefix("/") || isRemote(path) { return path }
        return source.appendingPathComponent(path).standardizedFileURL.path
    }

    /// Whether `path` is a remote address: a URL, or `host:path` with the colon before any slash.
    static func isRemote(_ path: String) -> Bool {
        if path.contains("://") { return true }
        guard let colon = path.firstIndex(of: ":") else { return false }
        return !path[..<colon].contains("/")
    }
}
