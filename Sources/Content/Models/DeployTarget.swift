/// Where `dossier deploy` publishes the built site: a git branch, an rsync destination or an S3 bucket.
public enum DeployTarget: Sendable, Hashable, CustomStringConvertible {
    /// `git:REMOTE#BRANCH`: the site becomes the only content of `branch` on `remote`.
    case git(remote: String, branch: String)
    /// `rsync:DEST`: a folder or `host:path`, mirrored with deletes.
    case rsync(destination: String)
    /// `s3://BUCKET[/prefix]`, optionally at a non-AWS endpoint (MinIO, R2, a local test server).
    case s3(bucket: String, prefix: String, endpoint: String?)

    /// The branch a `git:` target without `#BRANCH` publishes to.
    public static let defaultBranch = "gh-pages"

    /// The forms a target is written in, for messages.
    public static let syntax = "git:REMOTE#BRANCH, rsync:DEST or s3://BUCKET[/prefix]"

    /// Parses a target as written on the command line or in `site.yaml`; nil when it has no known form.
    public init?(_ text: String, endpoint: String? = nil) {
        if text.hasPrefix("git:") {
            let spec = text.dropFirst("git:".count)
            // A remote may itself hold ':' (git@host:repo.git), never '#', so the last '#' starts the branch.
            let hash = spec.lastIndex(of: "#")
            let remote = String(hash.map { spec[..<$0] } ?? spec)
            let branch = hash.map { String(spec[spec.index(after: $0)...]) } ?? Self.defaultBranch
            // Nothing the tools could read as an option: a remote or branch never starts with '-'.
            guard !remote.isEmpty, !branch.isEmpty, !branch.contains(" "), !remote.hasPrefix("-"), !branch.hasPrefix("-") else { return nil }
            self = .git(remote: remote, branch: branch)
        } else if text.hasPrefix("rsync:") {
            let destination = String(text.dropFirst("rsync:".count))
            guard !destination.isEmpty, !destination.hasPrefix("-") else { return nil }
            self = .rsync(destination: destination)
        } else if text.hasPrefix("s3://") {
            let path = text.dropFirst("s3://".count).split(separator: "/", omittingEmptySubsequences: true)
            guard let bucket = path.first, Self.isBucketName(bucket) else { return nil }
            self = .s3(bucket: String(bucket), prefix: path.dropFirst().joined(separator: "/"), endpoint: endpoint)
        } else {
            return nil
        }
    }

    /// Whether `name` follows S3's bucket naming rules: 3 to 63 lowercase letters, digits, dots and
    /// hyphens, starting and ending with a letter or digit (so never an option of the AWS CLI).
    static func isBucketName(_ name: Substring) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-")
        let edge = Set("abcdefghijklmnopqrstuvwxyz0123456789")
        return (3...63).contains(name.count) && name.allSatisfy(allowed.contains)
            && name.first.map(edge.contains) == true && name.last.map(edge.contains) == true
    }

    /// The target as it is written.
    public var description: String {
        switch self {
        case .git(let remote, let branch): "git:\(remote)#\(branch)"
        case .rsync(let destination): "rsync:\(destination)"
        case .s3(let bucket, let prefix, _): "s3://\(bucket)" + (prefix.isEmpty ? "" : "/\(prefix)")
        }
    }
}

extension DeployTarget: Decodable {
    enum CodingKeys: String, CodingKey {
        case target, endpoint
    }

    /// A target in `site.yaml`: a string, or a mapping `{target, endpoint}` for S3-compatible hosts.
    public init(from decoder: any Decoder) throws {
        let text: String
        var endpoint: String?
        if let single = try? decoder.singleValueContainer().decode(String.self) {
            text = single
        } else {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .target)
            endpoint = try container.decodeIfPresent(String.self, forKey: .endpoint)
        }
        guard let target = DeployTarget(text, endpoint: endpoint) else {
            throw decoder.invalidValue("'\(text)' is not a deploy target", code: .invalidDeployTarget,
                                       hint: "write " + Self.syntax)
        }
        self = target
    }
}
