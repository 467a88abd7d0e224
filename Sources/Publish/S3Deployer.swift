import Foundation

/// `s3://BUCKET[/prefix]`: syncs the site to a bucket with the AWS CLI, deleting objects the site
/// no longer has, each object with its content type and cache policy (a year for fingerprinted
/// assets, minutes for everything else). Credentials and region come from the AWS CLI's usual
/// environment and configuration; `endpoint` points it at another S3-compatible service.
struct S3Deployer: Deployer {
    var bucket: String
    var prefix: String
    var endpoint: String?
    /// Added to the AWS CLI's environment (credentials for a test server); empty in normal use.
    var environment: [String: String] = [:]

    /// One `aws s3 sync` run: which files it covers, through include and exclude filters (later
    /// filters win), and the headers it gives them.
    struct Pass: Equatable {
        var filters: [String]
        var contentType: String?
        var cacheControl: String
    }

    func deploy(_ site: URL, dryRun: Bool, log: (String) -> Void) throws(DeployError) {
        let aws = try ExternalTool.require("aws", install: "install the AWS CLI (pip install awscli)")
        let destination = "s3://\(bucket)/" + (prefix.isEmpty ? "" : prefix + "/")
        var changes = 0
        for pass in Self.passes(for: try Self.files(in: site)) {
            let arguments = ["s3", "sync", site.path, destination, "--delete", "--no-progress", "--only-show-errors"]
                .filter { !dryRun || $0 != "--only-show-errors" }
                + pass.filters + (pass.contentType.map { ["--content-type", $0] } ?? [])
                + ["--cache-control", pass.cacheControl] + (dryRun ? ["--dryrun"] : [])
                + (endpoint.map { ["--endpoint-url", $0] } ?? [])
            let lines = try aws.check(arguments, environment: environment).lines
            changes += lines.count
            lines.forEach(log)
        }
        log(dryRun ? "would change \(changes) object\(changes == 1 ? "" : "s") in \(destination)" : "synced \(destination)")
    }

    /// The passes that upload every file of the site with its headers and delete stale objects:
    /// fingerprinted assets by name, other files by extension, then one pass for whatever is left
    /// (files of unknown type, and objects the site no longer has).
    static func passes(for files: [String]) -> [Pass] {
        var passes: [Pass] = []
        var covered: [String] = []
        let fingerprinted = files.filter { ObjectHeaders.cacheControl(of: $0) == ObjectHeaders.immutable }
        let byType = Dictionary(grouping: fingerprinted) { ObjectHeaders.contentType(of: $0) }
        for (type, group) in byType.sorted(by: { ($0.key ?? "") < ($1.key ?? "") }) {
            let includes = group.sorted().flatMap { ["--include", $0] }
            passes.append(Pass(filters: ["--exclude", "*"] + includes, contentType: type, cacheControl: ObjectHeaders.immutable))
            covered += group
        }
        for (special, type) in ObjectHeaders.specialTypes.sorted(by: { $0.key < $1.key }) where files.contains(special) {
            passes.append(Pass(filters: ["--exclude", "*", "--include", special], contentType: type, cacheControl: ObjectHeaders.revalidate))
            covered.append(special)
        }
        let extensions = Set(files.map(ObjectHeaders.fileExtension)).filter { ObjectHeaders.contentTypes[$0] != nil }
        for fileExtension in extensions.sorted() {
            let pattern = "*.\(fileExtension)"
            let exceptions = covered.filter { ObjectHeaders.fileExtension(of: $0) == fileExtension }.flatMap { ["--exclude", $0] }
            passes.append(Pass(filters: ["--exclude", "*", "--include", pattern] + exceptions,
                               contentType: ObjectHeaders.contentTypes[fileExtension], cacheControl: ObjectHeaders.revalidate))
        }
        covered += extensions.sorted().map { "*.\($0)" }
        passes.append(Pass(filters: covered.flatMap { ["--exclude", $0] }, contentType: nil, cacheControl: ObjectHeaders.revalidate))
        return passes
    }

    /// The site's files, relative to its folder.
    static func files(in site: URL) throws(DeployError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: site, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw DeployError("cannot read \(site.path)")
        }
        let root = site.standardizedFileURL.path + "/"
        return enumerator.compactMap { item in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { return nil }
            return String(url.standardizedFileURL.path.dropFirst(root.count))
        }.sorted()
    }
}
