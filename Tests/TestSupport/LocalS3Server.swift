import Foundation
import Publish
#if canImport(Glibc)
import Glibc
#endif

/// A moto S3 server on 127.0.0.1, started for one test and stopped after it.
public final class LocalS3Server {
    /// Its address, for `--endpoint-url`.
    public let endpoint: String
    private let server: RunningProcess

    /// Dummy credentials and a region for the local server, handed to each AWS CLI run (setting
    /// them in this process's environment would race with the tests running beside).
    public static let credentials = ["AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"]

    /// Starts the server on a free port and waits until it answers: as long as it takes a busy
    /// machine to start Python and Flask (the wait ends as soon as the port answers, with the
    /// ceiling every test wait has), but no longer than the server runs.
    public init() async throws {
        let python = try ExternalTool.require("python3", install: Need.moto.howToGet)
        var lastError = "no port tried"
        for _ in 0..<5 {
            let port = Int.random(in: 20_000..<60_000)
            let server = try RunningProcess(python.executable, ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)])
            try await waitUntil("moto to answer on port \(port)") { !server.isRunning || Self.accepts(port: port) }
            if server.isRunning {
                self.server = server
                endpoint = "http://127.0.0.1:\(port)"
                return
            }
            // It exited: most likely the port was taken between choosing it and binding it.
            lastError = "moto exited on port \(port): \(server.errors.text.suffix(2000))"
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
    public func stop() { server.stop() }

    /// Runs `aws` against the server.
    @discardableResult
    public func aws(_ arguments: [String]) throws -> ExternalTool.Output {
        try ExternalTool.require("aws", install: Need.aws.howToGet).check(arguments + ["--endpoint-url", endpoint], environment: Self.credentials)
    }

    /// An object's headers.
    public func head(_ bucket: String, _ key: String) throws -> [String: Any] {
        let output = try aws(["s3api", "head-object", "--bucket", bucket, "--key", key, "--output", "json"])
        return try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any] ?? [:]
    }

    /// The keys under `prefix`.
    public func keys(_ bucket: String, prefix: String) throws -> Set<String> {
        let output = try aws(["s3api", "list-objects-v2", "--bucket", bucket, "--prefix", prefix, "--output", "json"])
        let listing = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any] ?? [:]
        return Set((listing["Contents"] as? [[String: Any]] ?? []).compactMap { $0["Key"] as? String })
    }

    /// An object's body as text.
    public func text(_ bucket: String, _ key: String) throws -> String {
        try aws(["s3", "cp", "s3://\(bucket)/\(key)", "-"]).standardOutput
    }
}

