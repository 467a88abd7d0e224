import ArgumentParser
import Pipeline
import Content
import Foundation
import Publish

/// `dossier deploy`: builds the site and publishes it to git branches, rsync destinations or S3 buckets.
struct DeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Build the site, then publish it to a git branch, an rsync destination or an S3 bucket.",
        discussion: """
            Targets: git:REMOTE#BRANCH (the site becomes the only content of BRANCH, default gh-pages; REMOTE is a \
            remote of the report's repository, a URL or a path), rsync:DEST (a folder or host:path, mirrored with \
            deletes), s3://BUCKET[/prefix] (synced with the AWS CLI; --endpoint for other S3-compatible hosts). \
            Without targets on the command line, the deploy: list of site.yaml is used. Nothing is published \
            when the build has errors.
            """)

    @Argument(help: ArgumentHelp("Where to publish; default: site.yaml's deploy: list.", valueName: "target"))
    var targets: [String] = []

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("The S3 endpoint for s3:// targets that name none (MinIO, R2, a local server).", valueName: "url"))
    var endpoint: String?

    @Flag(help: "List what would change on each target, and change nothing.")
    var dryRun = false

    @Flag(help: "Also print the whole report into the site as report.pdf (with headless Chromium), linked from the overview and /report/, and publish it with the site.")
    var pdf = false

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        for target in targets where DeployTarget(target) == nil {
            throw ValidationError("'\(target)' is not a deploy target; write \(DeployTarget.syntax)")
        }
    }

    func run() throws {
        try output.check(source: source)
        var options = site.buildOptions(source: source.url)
        if pdf { options.printedEdition = try PrintedEditionOption.step(for: "deploy") }
        let publisher = Publisher(options: options, output: output.url, endpoint: endpoint)
        let outcome = publisher.publish(to: targets.compactMap { DeployTarget($0) }, dryRun: dryRun) { target, line in
            print("\(target): \(line)")
        }
        diagnostics.printer(root: source.url).print(outcome.build.diagnostics)
        switch outcome.failure {
        case nil:
            let verb = dryRun ? "checked" : "published to"
            print("\(verb) \(outcome.targets.map(\.description).joined(separator: ", "))")
        case .buildFailed:
            let errors = outcome.build.diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(Data("deploy refused: the build has \(errors) error\(errors == 1 ? "" : "s"); nothing was published\n".utf8))
            throw ExitCode(1)
        case .noTarget:
            FileHandle.standardError.write(Data("no deploy target: name one (\(DeployTarget.syntax)) or list them under deploy: in Content/site.yaml\n".utf8))
            throw ExitCode(2)
        case .deployFailed(let target, let message):
            FileHandle.standardError.write(Data("deploy to \(target) failed: \(message)\n".utf8))
            throw ExitCode(1)
        }
    }
}
