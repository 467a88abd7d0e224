import Foundation
import Publish
import TestSupport
import Testing

/// `dossier deploy` as a user runs it, against real rsync, git and moto's S3 server.
@Suite(.requires(.dossierExecutable)) struct DeployCommandTests {
    /// `commandReport` with `deploy` (YAML list items) in its site.yaml.
    static func report(deploy: [String] = [], _ changes: [String: String] = [:]) throws -> URL {
        let list = deploy.isEmpty ? "" : "deploy:\n" + deploy.map { "  - \($0)\n" }.joined()
        return try commandReport(["Content/site.yaml": "title: Command Report\nbase_url: https://example.org/cli/\nlanguage: en\nas_of: 2006-03-01\n" + list]
            .merging(changes) { _, new in new })
    }

    /// Runs `dossier deploy` on `report`, building into its `Public/`.
    static func deploy(_ report: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> DossierProcess.Result {
        try DossierProcess.run(["deploy", "--source", report.path] + arguments, in: report, environment: environment)
    }

    @Test(.requires(.rsync)) func publishesToATargetAndSaysSo() throws {
        let report = try Self.report()
        let result = try Self.deploy(report, ["rsync:published"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").last == "published to rsync:published")
        var published = try snapshot(report.appendingPathComponent("published"))
        #expect(published.removeValue(forKey: ".dossier-output") != nil)
        var built = try snapshot(report.appendingPathComponent("Public"))
        built.removeValue(forKey: ".dossier-output")
        #expect(published == built && published["countries/belarus/index.html"] != nil)
    }

    /// `--pdf` prints the printed edition into the site before it is published: the target gets
    /// `report.pdf`, and the overview links to it.
    @Test(.requires(.rsync), .requires(.chromium)) func publishesThePrintedEditionWithPDF() throws {
        let report = try Self.report()
        let result = try Self.deploy(report, ["--pdf", "rsync:published"])
        #expect(result.status == 0, "\(result.errors)")
        let published = report.appendingPathComponent("published")
        let pdf = try Data(contentsOf: published.appendingPathComponent("report.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)) && pdf.count > 1_000)
        let overview = try ParsedPage(published.appendingPathComponent("index.html"))
        #expect(try overview.nodes("//a[@href='report.pdf']").count == 1)
    }

    @Test func saysSoWhenPDFIsAskedForWithoutChromium() throws {
        let report = try Self.report()
        let empty = try temporaryFolder("no-browsers-deploy")
        let result = try Self.deploy(report, ["--pdf", "rsync:published"], environment: ["PATH": empty.path])
        #expect(result.status == 1)
        #expect(result.errorLines.first?.hasPrefix("deploy: --pdf: no Chromium found") == true, "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("published").path))
    }

    @Test(.requires(.rsync)) func aDryRunChangesNothing() throws {
        let report = try Self.report(deploy: ["rsync:published"])
        let result = try Self.deploy(report, ["--dry-run"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").last == "checked rsync:published")
        #expect(result.output.contains("rsync:published: "), "each target's plan is listed under its name")
        #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("published").path))
    }

    @Test func refusesWhenTheBuildHasErrors() throws {
        let report = try Self.report(deploy: ["rsync:published"], brokenBrief)
        let result = try Self.deploy(report, [])
        #expect(result.status == 1)
        #expect(result.errorLines.contains { $0.contains("'atlantis'") && $0.hasSuffix("[unknown-reference]") }, "\(result.errors)")
        #expect(result.errorLines.last == "deploy refused: the build has 1 error; nothing was published")
        #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("published").path))
    }

    @Test func withoutATargetItSaysWhereToNameOne() throws {
        let result = try Self.deploy(try Self.report(), [])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("no deploy target: name one (") && result.errors.contains("deploy: in Content/site.yaml"), "\(result.errors)")
    }

    @Test(arguments: ["ftp://example.org/site", "Public", "git:", "s3://"])
    func aTargetThatIsNoTargetIsBadUsage(_ target: String) throws {
        let report = try Self.report()
        let result = try Self.deploy(report, [target])
        #expect(result.status == 2)
        #expect(result.errors.contains("'\(target)' is not a deploy target; write "), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("Public").path), "nothing is built")
    }

    /// Targets are published in order; when one fails the command says which and exits 1, and the
    /// targets before it keep what they received.
    @Test(.requires(.rsync, .git)) func aFailingTargetStopsTheDeployAfterEarlierTargetsPublished() throws {
        let report = try Self.report()
        let missing = try temporaryFolder("remotes").appendingPathComponent("missing.git")
        let result = try Self.deploy(report, ["rsync:first", "git:\(missing.path)#pages", "rsync:never"])
        #expect(result.status == 1)
        #expect(result.errorLines.contains { $0.hasPrefix("deploy to git:\(missing.path)#pages failed: ") }, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: report.appendingPathComponent("first/countries/belarus/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("never").path))
        #expect(!result.output.contains("published to"))
    }

    /// `--endpoint` points s3:// targets at another S3-compatible host; a `{target, endpoint}` in
    /// site.yaml names its own, which `--endpoint` does not replace.
    @Test(.requires(.aws, .moto)) func s3TargetsReachTheirEndpoint() async throws {
        let server = try await LocalS3Server()
        defer { server.stop() }
        try server.aws(["s3api", "create-bucket", "--bucket", "reports"])

        let onCommandLine = try Self.report()
        let first = try Self.deploy(onCommandLine, ["s3://reports/cli", "--endpoint", server.endpoint], environment: LocalS3Server.credentials)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.split(separator: "\n").last == "published to s3://reports/cli")
        #expect(try server.keys("reports", prefix: "cli/").contains("cli/countries/belarus/index.html"))

        let inSiteYAML = try Self.report(deploy: ["target: s3://reports/yaml\n    endpoint: \(server.endpoint)"])
        let dead = "http://127.0.0.1:9"
        let second = try Self.deploy(inSiteYAML, ["--endpoint", dead], environment: LocalS3Server.credentials)
        #expect(second.status == 0, "\(second.errors)")
        #expect(try server.keys("reports", prefix: "yaml/").contains("yaml/countries/belarus/index.html"))

        // One attempt: the AWS CLI would otherwise retry a refused connection several times.
        let unreachable = try Self.deploy(onCommandLine, ["s3://reports/cli", "--endpoint", dead],
                                          environment: LocalS3Server.credentials.merging(["AWS_MAX_ATTEMPTS": "1"]) { $1 })
        #expect(unreachable.status == 1)
        #expect(unreachable.errorLines.contains { $0.hasPrefix("deploy to s3://reports/cli failed: ") }, "\(unreachable.errors)")
    }
}
