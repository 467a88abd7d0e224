import Foundation

/// `s3://BUCKET[/prefix]`: publishes the site to a bucket with the AWS CLI, each object with its
/// content type and cache policy (a year for fingerprinted assets, minutes for everything else).
///
/// What changed is decided by content: a file is uploaded when its MD5 differs from the object's
/// ETag (which is the MD5 of an object uploaded in one part), and objects the site no longer has
/// are deleted; so a dry run lists exactly what would change. Credentials and region come from the
/// AWS CLI's usual environment and configuration; `endpoint` points it at another S3-compatible service.
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
        let keyPrefix = prefix.isEmpty ? "" : prefix + "/"
        let destination = "s3://\(bucket)/\(keyPrefix)"
        let local = try SiteFiles.digests(in: site)
        let remote = try objects(aws, keyPrefix: keyPrefix)
        let uploads = local.keys.filter { remote[$0] != local[$0] }.sorted()
        let deletions = remote.keys.filter { local[$0] == nil }.sorted()
        for file in uploads { log("\(dryRun ? "would upload" : "upload"): \(destination)\(file)") }
        for file in deletions { log("\(dryRun ? "would delete" : "delete"): \(destination)\(file)") }
        if !dryRun {
            try upload(uploads, from: site, to: destination, aws)
            try delete(deletions.map { keyPrefix + $0 }, aws)
        }
        let count = uploads.count + deletions.count
        log("\(dryRun ? "would change" : "changed") \(count) object\(count == 1 ? "" : "s") in \(destination)")
    }

    /// The objects under the prefix: their keys below it, with their ETags.
    private func objects(_ aws: ExternalTool, keyPrefix: String) throws(DeployError) -> [String: String] {
        let output = try aws.check(["s3api", "list-objects-v2", "--bucket", bucket, "--prefix", keyPrefix,
                                    "--query", "Contents[].[Key, ETag]", "--output", "json"] + endpointArguments,
                                   environment: environment)
        let pairs = (try? JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8))) as? [[String]] ?? []
        return Dictionary(pairs.compactMap { pair in
            pair.count == 2 ? (String(pair[0].dropFirst(keyPrefix.count)), pair[1].trimmingCharacters(in: ["\""])) : nil
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Uploads `files` through the passes, from a folder holding only them (linked, not copied).
    private func upload(_ files: [String], from site: URL, to destination: String, _ aws: ExternalTool) throws(DeployError) {
        guard !files.isEmpty else { return }
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-s3-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            for file in files {
                let target = staging.appendingPathComponent(file)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                do {
                    try FileManager.default.linkItem(at: site.appendingPathComponent(file), to: target)
                } catch {
                    try FileManager.default.copyItem(at: site.appendingPathComponent(file), to: target)
                }
            }
        } catch {
            throw DeployError("cannot stage the files to upload: \(error.localizedDescription)")
        }
        for pass in Self.passes(for: files) {
            try aws.check(["s3", "sync", staging.path, destination, "--no-progress", "--only-show-errors"] + pass.filters
                          + (pass.contentType.map { ["--content-type", $0] } ?? []) + ["--cache-control", pass.cacheControl]
                          + endpointArguments, environment: environment)
        }
    }

    /// Deletes `keys`, a thousand (S3's limit) per request.
    private func delete(_ keys: [String], _ aws: ExternalTool) throws(DeployError) {
        for start in stride(from: 0, to: keys.count, by: 1000) {
            let batch = ["Objects": keys[start..<min(start + 1000, keys.count)].map { ["Key": $0] }, "Quiet": true] as [String: Any]
            guard let json = try? JSONSerialization.data(withJSONObject: batch),
                  let text = String(data: json, encoding: .utf8) else { throw DeployError("cannot list the objects to delete") }
            try aws.check(["s3api", "delete-objects", "--bucket", bucket, "--delete", text] + endpointArguments, environment: environment)
        }
    }

    private var endpointArguments: [String] { endpoint.map { ["--endpoint-url", $0] } ?? [] }

    /// The passes that upload `files` with their headers: fingerprinted assets by name, other
    /// files by extension, then one pass for files of unknown type (the AWS CLI guesses theirs).
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
            let exceptions = covered.filter { ObjectHeaders.fileExtension(of: $0) == fileExtension }.flatMap { ["--exclude", $0] }
            passes.append(Pass(filters: ["--exclude", "*", "--include", "*.\(fileExtension)"] + exceptions,
                               contentType: ObjectHeaders.contentTypes[fileExtension], cacheControl: ObjectHeaders.revalidate))
        }
        covered += extensions.sorted().map { "*.\($0)" }
        if files.contains(where: { file in !covered.contains(file) && ObjectHeaders.contentType(of: file) == nil }) {
            passes.append(Pass(filters: covered.flatMap { ["--exclude", $0] }, contentType: nil, cacheControl: ObjectHeaders.revalidate))
        }
        return passes
    }
}
