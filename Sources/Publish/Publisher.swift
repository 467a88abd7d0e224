import Pipeline
import Content
import Foundation

/// `dossier deploy`: builds the site, and only when the build has no errors publishes it to each target.
public struct Publisher: Sendable {
    /// How the site is built before it is published.
    public var options: BuildOptions
    /// The folder the site is built into and published from.
    public var output: URL
    /// Applied to S3 targets that name no endpoint of their own.
    public var endpoint: String?

    /// A publisher that builds with `options` into `output`.
    public init(options: BuildOptions, output: URL, endpoint: String? = nil) {
        self.options = options
        self.output = output
        self.endpoint = endpoint
    }

    /// What a publish run did.
    public struct Outcome: Sendable {
        /// The build that came first.
        public var build: BuildResult
        /// The targets published to (or checked, in a dry run), in order.
        public var targets: [DeployTarget]
        /// Why publishing stopped, if it did: the build failed, no target was given, or a target failed.
        public var failure: Failure?
    }

    /// Why a publish run stopped.
    public enum Failure: Sendable, Equatable {
        /// The build has errors; nothing was published.
        case buildFailed
        /// Neither the command line nor `site.yaml` names a target.
        case noTarget
        /// Publishing to a target failed; earlier targets were published.
        case deployFailed(DeployTarget, String)
    }

    /// Builds, then publishes to `targets` (or, when empty, to `site.yaml`'s `deploy:` targets).
    public func publish(to targets: [DeployTarget], dryRun: Bool, log: (DeployTarget, String) -> Void) -> Outcome {
        let build = Builder(writingInto: output).run(options)
        guard build.succeeded, let site = build.content?.site else {
            return Outcome(build: build, targets: [], failure: .buildFailed)
        }
        let chosen = (targets.isEmpty ? site.deploy : targets).map(withEndpoint)
        guard !chosen.isEmpty else { return Outcome(build: build, targets: [], failure: .noTarget) }
        for target in chosen {
            do {
                try target.deployer(source: options.source).deploy(output, dryRun: dryRun) { log(target, $0) }
            } catch {
                return Outcome(build: build, targets: chosen, failure: .deployFailed(target, error.description))
            }
        }
        return Outcome(build: build, targets: chosen, failure: nil)
    }

    private func withEndpoint(_ target: DeployTarget) -> DeployTarget {
        guard case .s3(let bucket, let prefix, nil) = target, let endpoint else { return target }
        return .s3(bucket: bucket, prefix: prefix, endpoint: endpoint)
    }
}
