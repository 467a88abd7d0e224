import Pipeline
import Content
import Foundation
import TestSupport
import Testing
@testable import Publish

/// `dossier deploy` as a whole: build first, refuse on errors, targets from site.yaml. Only the
/// test that publishes needs rsync; the others stop before any target is reached.
@Suite struct PublisherTests {
    /// A copy of the bundled report with `siteYAML` appended to its site.yaml.
    func report(appending siteYAML: String = "") throws -> URL {
        let report = try Fixture.folder("report")
        for part in ["Content", "Templates"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(part), to: report.appendingPathComponent(part))
        }
        let siteFile = report.appendingPathComponent("Content/site.yaml")
        try (String(contentsOf: siteFile, encoding: .utf8) + siteYAML).write(to: siteFile, atomically: true, encoding: .utf8)
        return report
    }

    @Test(.requires(.rsync)) func publishesToTheTargetsOfSiteYAML() throws {
        let report = try report(appending: "deploy:\n  - rsync:published\n")
        let publisher = Publisher(options: BuildOptions(source: report), output: report.appendingPathComponent("Public"))
        let outcome = publisher.publish(to: [], dryRun: false) { _, _ in }
        #expect(outcome.failure == nil, "\(outcome.build.diagnostics.filter { $0.severity == .error })")
        #expect(outcome.targets == [.rsync(destination: "published")])
        let published = try Fixture.contents(of: report.appendingPathComponent("published"))
        #expect(published == (try Fixture.contents(of: report.appendingPathComponent("Public"))))
        #expect(published["report/index.html"] != nil && published["sitemap.xml"] != nil)
    }

    @Test func refusesWhenTheBuildHasErrors() throws {
        let report = try report()
        let brief = report.appendingPathComponent("Content/countries/belarus.md")
        try (String(contentsOf: brief, encoding: .utf8) + "\nSee [nowhere](country:atlantis).\n").write(to: brief, atomically: true, encoding: .utf8)
        let publisher = Publisher(options: BuildOptions(source: report), output: report.appendingPathComponent("Public"))
        var logged: [String] = []
        let outcome = publisher.publish(to: [.rsync(destination: "published")], dryRun: false) { logged.append($1) }
        #expect(outcome.failure == .buildFailed)
        #expect(outcome.build.diagnostics.contains { $0.code == .unknownReference })
        #expect(logged.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: report.appendingPathComponent("published").path))
    }

    @Test func saysSoWhenNoTargetIsGiven() throws {
        let report = try report()
        let outcome = Publisher(options: BuildOptions(source: report), output: report.appendingPathComponent("Public"))
            .publish(to: [], dryRun: true) { _, _ in }
        #expect(outcome.failure == .noTarget, "\(outcome.build.diagnostics.filter { $0.severity == .error })")
    }

    @Test func aBadTargetInSiteYAMLIsAnErrorAtItsPosition() throws {
        let report = try report(appending: "deploy:\n  - rsync:ok\n  - ftp://example.org/site\n")
        let result = ContentLoader(root: report, kinds: PageKinds.documentKinds).load()
        let problem = try #require(result.diagnostics.first { $0.code == .invalidDeployTarget })
        let lines = try String(contentsOf: report.appendingPathComponent("Content/site.yaml"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(problem.location.file == "Content/site.yaml")
        #expect(lines[problem.location.line - 1].contains("ftp://example.org/site"))
        #expect(problem.location.column == 5)
    }
}

/// How targets are written.
@Suite struct DeployTargetTests {
    @Test func parsesEachForm() {
        #expect(DeployTarget("git:origin#gh-pages") == .git(remote: "origin", branch: "gh-pages"))
        #expect(DeployTarget("git:git@github.com:me/site.git") == .git(remote: "git@github.com:me/site.git", branch: "gh-pages"))
        #expect(DeployTarget("git:https://example.org/r.git#pages") == .git(remote: "https://example.org/r.git", branch: "pages"))
        #expect(DeployTarget("rsync:deploy@host:/var/www/") == .rsync(destination: "deploy@host:/var/www/"))
        #expect(DeployTarget("s3://bucket") == .s3(bucket: "bucket", prefix: "", endpoint: nil))
        #expect(DeployTarget("s3://bucket/a/b/", endpoint: "http://127.0.0.1:9000") == .s3(bucket: "bucket", prefix: "a/b", endpoint: "http://127.0.0.1:9000"))
        for bad in ["", "git:", "git:origin#", "rsync:", "s3://", "ftp://host/x", "Public"] {
            #expect(DeployTarget(bad) == nil, "\(bad)")
        }
        #expect(DeployTarget("s3://bucket/a")!.description == "s3://bucket/a")
    }

    @Test func localDestinationsAreTakenFromTheReportFolder() {
        let source = URL(fileURLWithPath: "/work/report")
        #expect(Location.resolve("out/site", from: source) == "/work/report/out/site")
        #expect(Location.resolve("/srv/www", from: source) == "/srv/www")
        #expect(Location.resolve("deploy@host:/srv/www", from: source) == "deploy@host:/srv/www")
        #expect(Location.resolve("host:www", from: source) == "host:www")
    }
}
