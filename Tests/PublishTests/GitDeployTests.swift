import Content
import Foundation
import TestSupport
import Testing
@testable import Publish

/// `git:REMOTE#BRANCH` against a real bare repository, cloned back to compare.
@Suite(.requires(.git)) struct GitDeployTests {
    let git: ExternalTool

    init() throws { git = try Fixture.git() }

    func clone(_ remote: URL, branch: String) throws -> URL {
        let clone = try Fixture.folder("clone").appendingPathComponent("checkout")
        try git.check(["clone", "--quiet", "--branch", branch, remote.path, clone.path])
        return clone
    }

    @Test func theSiteBecomesTheOnlyContentOfTheBranch() throws {
        let remote = try Fixture.folder("remote")
        try git.check(["init", "--quiet", "--bare", remote.path])
        let (source, commit) = try Fixture.sourceRepository()
        try git.check(["-C", source.path, "push", "--quiet", remote.path, "main"])
        let site = try Fixture.site(Fixture.sampleSite)
        let deployer = DeployTarget("git:\(remote.path)#gh-pages")!.deployer(source: source)

        var log: [String] = []
        try deployer.deploy(site, dryRun: false) { log.append($0) }
        #expect(try Fixture.contents(of: try clone(remote, branch: "gh-pages")) == Fixture.sampleSite)
        let message = try git.check(["--git-dir", remote.path, "log", "-1", "--format=%s", "gh-pages"]).lines[0]
        #expect(message.contains("commit \(commit)") && message.contains("Brief on Belarus"))
        #expect(log.last?.hasPrefix("pushed \(Fixture.sampleSite.count) changes to gh-pages") == true)

        // A second deploy commits on top: the page removed is gone, the branch keeps its history.
        var changed = Fixture.sampleSite
        changed["countries/ukraine/index.html"] = nil
        changed["index.html"] = "<!DOCTYPE html><title>Home, revised</title>"
        try FileManager.default.removeItem(at: site.appendingPathComponent("countries/ukraine"))
        try write(["index.html": changed["index.html"]!], into: site)
        var plan: [String] = []
        try deployer.deploy(site, dryRun: true) { plan.append($0) }
        #expect(plan.contains("D\tcountries/ukraine/index.html") && plan.contains("M\tindex.html"))
        #expect(try git.check(["--git-dir", remote.path, "rev-list", "--count", "gh-pages"]).lines == ["1"])
        try deployer.deploy(site, dryRun: false) { _ in }
        #expect(try Fixture.contents(of: try clone(remote, branch: "gh-pages")) == changed)
        #expect(try git.check(["--git-dir", remote.path, "rev-list", "--count", "gh-pages"]).lines == ["2"])

        // Nothing changed: nothing is pushed. The source branch was never touched.
        var last: [String] = []
        try deployer.deploy(site, dryRun: false) { last.append($0) }
        #expect(last.last?.contains("nothing to push") == true)
        #expect(try git.check(["--git-dir", remote.path, "rev-list", "--count", "gh-pages"]).lines == ["2"])
        #expect(try git.check(["--git-dir", remote.path, "rev-parse", "--short=12", "main"]).lines == [commit])
    }

    @Test func aRemoteNameOfTheReportRepositoryIsResolved() throws {
        let remote = try Fixture.folder("named-remote")
        try git.check(["init", "--quiet", "--bare", remote.path])
        let (source, _) = try Fixture.sourceRepository()
        try git.check(["-C", source.path, "remote", "add", "publish", remote.path])
        let site = try Fixture.site(["index.html": "<!DOCTYPE html><title>Home</title>"])
        try DeployTarget("git:publish#pages")!.deployer(source: source).deploy(site, dryRun: false) { _ in }
        #expect(try Fixture.contents(of: try clone(remote, branch: "pages")) == ["index.html": "<!DOCTYPE html><title>Home</title>"])
    }

    @Test func anUnreachableRemoteIsAClearError() throws {
        let site = try Fixture.site(["index.html": "x"])
        let source = try Fixture.folder("no-repo")
        let error = #expect(throws: DeployError.self) {
            try DeployTarget("git:\(source.path)/missing.git#gh-pages")!.deployer(source: source).deploy(site, dryRun: false) { _ in }
        }
        // Clear: it names the remote and says what git found there.
        #expect(error?.description.contains("\(source.path)/missing.git") == true, "\(String(describing: error))")
        #expect(error?.description.contains("does not appear to be a git repository") == true, "\(String(describing: error))")
    }
}
