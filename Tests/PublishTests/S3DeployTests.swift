import Content
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Publish

/// A moto S3 server on 127.0.0.1, started for one test and stopped after it.
final class LocalS3Server {
    let endpoint: String
    private let process: Process

    /// Dummy credentials and a region for the local server, handed to each AWS CLI run (setting
    /// them in this process's environment would race with the tests running beside).
    static let credentials = ["AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"]

    /// Whether the AWS CLI and moto's server are installed.
    static let available: Bool = {
        guard ExternalTool.find("aws") != nil, let python = ExternalTool.find("python3") else { return false }
        return (try? python.run(["-c", "import moto.server, flask"]))?.status == 0
    }()

    /// Starts the server on a free port and waits (a bounded number of tries) until it answers.
    init() throws {
        let python = try ExternalTool.require("python3", install: "install python3")
        var lastError = "no port tried"
        for _ in 0..<5 {
            let port = Int.random(in: 20_000..<60_000)
            let process = Process()
            process.executableURL = python.executable
            process.arguments = ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let endpoint = "http://127.0.0.1:\(port)"
            for _ in 0..<100 where process.isRunning {
                if Self.accepts(port: port) {
                    self.process = process
                    self.endpoint = endpoint
                    return
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            lastError = "moto did not answer on port \(port)"
        }
        throw DeployError(lastError)
    }

    /// Whether something listens on the loopback `port`.
    static func accepts(port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    /// Stops the server; moto's does not stop on SIGTERM, and holds nothing worth a clean shutdown.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { stop() }

    /// Runs `aws` against the server.
    @discardableResult
    func aws(_ arguments: [String]) throws -> ExternalTool.Output {
        try ExternalTool.require("aws", install: "pip install awscli").check(arguments + ["--endpoint-url", endpoint], environment: Self.credentials)
    }

    /// An object's headers.
    func head(_ bucket: String, _ key: String) throws -> [String: Any] {
        let output = try aws(["s3api", "head-object", "--bucket", bucket, "--key", key, "--output", "json"])
        return try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any] ?? [:]
    }

    /// The keys under `prefix`.
    func keys(_ bucket: String, prefix: String) throws -> Set<String> {
        let output = try aws(["s3api", "list-objects-v2", "--bucket", bucket, "--prefix", prefix, "--output", "json"])
        let listing = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any] ?? [:]
        return Set((listing["Contents"] as? [[String: Any]] ?? []).compactMap { $0["Key"] as? String })
    }

    /// An object's body as text.
    func text(_ bucket: String, _ key: String) throws -> String {
        try aws(["s3", "cp", "s3://\(bucket)/\(key)", "-"]).standardOutput
    }
}

/// `s3://BUCKET/prefix` through the AWS CLI against a local moto server.
@Suite(.enabled(if: LocalS3Server.available, "the AWS CLI or moto's server is not installed (scripts/setup installs awscli and moto[server])"))
struct S3DeployTests {
    @Test func syncsWithContentTypesAndCacheHeadersAndDeletes() throws {
        let server = try LocalS3Server()
        defer { server.stop() }
        try server.aws(["s3api", "create-bucket", "--bucket", "reports"])
        let site = try Fixture.site(Fixture.sampleSite)
        let deployer = S3Deployer(bucket: "reports", prefix: "dossier", endpoint: server.endpoint, environment: LocalS3Server.credentials)

        try deployer.deploy(site, dryRun: false) { _ in }
        #expect(try server.keys("reports", prefix: "dossier/") == Set(Fixture.sampleSite.keys.map { "dossier/" + $0 }))
        for (path, text) in Fixture.sampleSite {
            #expect(try server.text("reports", "dossier/" + path) == text, "\(path) differs")
        }
        let expected: [String: (type: String, cache: String)] = [
            "index.html": ("text/html; charset=utf-8", ObjectHeaders.revalidate),
            "countries/belarus/index.html": ("text/html; charset=utf-8", ObjectHeaders.revalidate),
            "assets/site.0123456789abcdef.css": ("text/css; charset=utf-8", ObjectHeaders.immutable),
            "feed.xml": ("application/atom+xml", ObjectHeaders.revalidate),
            "sitemap.xml": ("application/xml", ObjectHeaders.revalidate),
            "data/gas-prices.csv": ("text/csv; charset=utf-8", ObjectHeaders.revalidate),
        ]
        for (path, headers) in expected {
            let head = try server.head("reports", "dossier/" + path)
            #expect(head["ContentType"] as? String == headers.type, "\(path)")
            #expect(head["CacheControl"] as? String == headers.cache, "\(path)")
        }

        try server.aws(["s3", "cp", "-", "s3://reports/dossier/old/stale.txt"])
        try FileManager.default.removeItem(at: site.appendingPathComponent("countries/ukraine"))
        try Fixture.write(["index.html": "<!DOCTYPE html><title>Home, revised</title>"], into: site)
        var plan: [String] = []
        try deployer.deploy(site, dryRun: true) { plan.append($0) }
        // Compared by content: exactly the changed page, the deleted page and the stale object.
        #expect(plan == ["would upload: s3://reports/dossier/index.html",
                         "would delete: s3://reports/dossier/countries/ukraine/index.html",
                         "would delete: s3://reports/dossier/old/stale.txt",
                         "would change 3 objects in s3://reports/dossier/"])
        #expect(try server.keys("reports", prefix: "dossier/countries/ukraine/").count == 1, "a dry run changes nothing")

        try deployer.deploy(site, dryRun: false) { _ in }
        #expect(try server.keys("reports", prefix: "dossier/") == Set(try Fixture.contents(of: site).keys.map { "dossier/" + $0 }))
        #expect(try server.text("reports", "dossier/index.html") == "<!DOCTYPE html><title>Home, revised</title>")
        #expect(try server.head("reports", "dossier/index.html")["ContentType"] as? String == "text/html; charset=utf-8")
        var again: [String] = []
        try deployer.deploy(site, dryRun: true) { again.append($0) }
        #expect(again == ["would change 0 objects in s3://reports/dossier/"])
    }

    @Test func passesCoverEveryFileOnceWithItsHeaders() {
        let passes = S3Deployer.passes(for: Fixture.sampleSite.keys.sorted())
        let immutable = passes.filter { $0.cacheControl == ObjectHeaders.immutable }
        #expect(immutable.map(\.filters) == [["--exclude", "*", "--include", "assets/site.0123456789abcdef.css"]])
        #expect(passes.contains { $0.filters == ["--exclude", "*", "--include", "feed.xml"] && $0.contentType == "application/atom+xml" })
        #expect(passes.contains { $0.filters == ["--exclude", "*", "--include", "*.xml", "--exclude", "feed.xml"] })
        let rest = passes.last!
        #expect(rest.contentType == nil && rest.filters.contains("*.html") && !rest.filters.contains("--include"))
    }
}
